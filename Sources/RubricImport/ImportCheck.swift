import RubricCore

/// Why an imported ladder is not written: the file it would be does not read back as the
/// ladder that was read.
public struct ImportRefusal: Error, CustomStringConvertible {
    public let description: String
}

extension ImportedLadder {
    /// The markdown, once it is known to read back as this ladder: the same areas in the same
    /// order, with the same level counts, level texts as a person reads them, marks and score.
    /// Never a file the program itself would refuse or read otherwise.
    public func verifiedMarkdown() throws(ImportRefusal) -> String {
        let markdown = markdown()
        let read: Rubric
        do { read = try Rubric(bytes: Array(markdown.utf8)) } catch {
            throw ImportRefusal(description: "the imported file would not read as a ladder (\(error)); nothing written")
        }
        func refuse(_ what: String) -> ImportRefusal {
            ImportRefusal(description: "the imported file would not read back as the same ladder (\(what)); nothing written")
        }
        guard read.areas.count == areas.count else { throw refuse("\(read.areas.count) areas instead of \(areas.count)") }
        for (area, written) in zip(areas, read.areas) {
            let name = Self.reading(area.name)
            guard Self.reading(written.name) == name else { throw refuse("an area named '\(Self.reading(written.name))' instead of '\(name)'") }
            guard written.maximum == area.levels.count else { throw refuse("'\(name)' with \(written.maximum) levels instead of \(area.levels.count)") }
            guard written.currentLevel == area.current else { throw refuse("'\(name)' marked at \(written.currentLevel) instead of \(area.current)") }
            for (index, text) in area.levels.enumerated() {
                let wanted = Self.reading(Self.levelLines(text.isEmpty ? Self.noExpectation : text).joined(separator: "\n"))
                guard Self.reading(read.text(of: written.levels[index])) == wanted else { throw refuse("level \(index + 1) of '\(name)' reads otherwise") }
            }
        }
        for (index, text) in evidence where Self.reading(read.evidenceText(ofArea: index) ?? "") != Self.reading(text) {
            throw refuse("the evidence of '\(Self.reading(areas[index].name))' reads otherwise")
        }
        let total = areas.reduce(0) { $0 + $1.current }, maximum = areas.reduce(0) { $0 + $1.levels.count }
        guard read.total == total, read.maximum == maximum else { throw refuse("a score of \(read.total)/\(read.maximum) instead of \(total)/\(maximum)") }
        return markdown
    }

    /// Text as a person reads it, for comparing: no mark tags, the entities and backslashes
    /// that escape markup undone, every run of blanks and line breaks one space.
    static func reading(_ text: String) -> String {
        var text = text.replacing(/<\/?mark>/.ignoresCase(), with: "")
        text = text.replacing("&lt;", with: "<").replacing("&gt;", with: ">").replacing("&amp;", with: "&")
        text = text.replacing(/\\([!-\/:-@\[-`{-~])/) { String($0.output.1) }
        return text.split { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }.joined(separator: " ")
    }
}
