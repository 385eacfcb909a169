import RubricCore

/// A ladder on its way to the lists layout: areas in order, each with its levels' text and
/// the level the person is at. `markdown` writes it as the example's layout, score included.
public struct ImportedLadder: Equatable, Sendable {
    public struct Area: Equatable, Sendable {
        public var group: String?
        public var name: String
        /// Each level's text in markdown, first line first; never empty.
        public var levels: [String]
        public var current: Int
        /// Prose about the area, written between its heading and its levels.
        public var description: String = ""
    }

    public var title: String?
    /// Where it came from, for the line under the title.
    public var source: String
    /// The ladder's own introduction, written before its first area.
    public var introduction: String = ""
    public var areas: [Area]
    /// Each area's evidence (by the area's position), and the evidence block's general notes:
    /// written in an evidence block before the score.
    public var evidence: [Int: String] = [:]
    public var evidenceNotes: String = ""
    /// What the source holds that the new file doesn't, one phrase each, for the person
    /// to be told (a conversion that drops text without a word loses work).
    public var notCarried: [String] = []

    /// The text a level gets when the ladder sets no expectation there, so that level N
    /// means the same in every area.
    public static let noExpectation = "No expectation is set at this level."

    /// The ladder in the lists layout: `#` groups, `##` areas, numbered levels with the
    /// current one marked, and the score. `rubric check` finds nothing to report in it.
    public func markdown() -> String {
        var out = ""
        if let title { out += "**\(Self.oneLine(title))**\n\n" }
        out += "Imported from \(source) by `rubric import`.\n"
        let introduction = Self.trimmedLines(self.introduction)
        if !introduction.isEmpty { out += "\n" + Self.prose(introduction) + "\n" }
        var group: String?
        for area in areas {
            if let areaGroup = area.group, areaGroup != group {
                out += "\n# \(Self.headingText(areaGroup))\n"
                group = areaGroup
            }
            out += "\n## \(Self.headingText(area.name))\n\n"
            let description = Self.trimmedLines(area.description)
            if !description.isEmpty { out += Self.prose(description) + "\n\n" }
            for (index, text) in area.levels.enumerated() {
                let lines = Self.levelLines(text.isEmpty ? Self.noExpectation : text)
                let first = index + 1 == area.current ? "<mark>" + lines[0] : lines[0]
                let marked = index + 1 == area.current && lines.count == 1 ? first + "</mark>" : first
                out += "\(index + 1). " + marked + "\n"
                for (offset, line) in lines.dropFirst().enumerated() {
                    let closing = index + 1 == area.current && offset == lines.count - 2 ? "</mark>" : ""
                    out += (line.isEmpty ? "" : "   " + line + closing) + "\n"
                }
            }
        }
        if !evidence.isEmpty || !evidenceNotes.isEmpty {
            out += "\n## Evidence\n<!-- rubric: evidence -->\n"
            if !evidenceNotes.isEmpty { out += "\n" + evidenceNotes + "\n" }
            for (index, area) in areas.enumerated() {
                guard let text = evidence[index] else { continue }
                // Two areas of one name are told apart by their groups, as the format names them.
                let shared = areas.filter { Self.reading($0.name).lowercased() == Self.reading(area.name).lowercased() }.count > 1
                let name = shared ? (area.group.map { $0 + " / " } ?? "") + area.name : area.name
                out += "\n### \(Self.headingText(name))\n\n" + text + "\n"
            }
        }
        let total = areas.reduce(0) { $0 + $1.current }
        let maximum = areas.reduce(0) { $0 + $1.levels.count }
        out += "\n## Score\n\n\(Rubric.scoreText(total: total, maximum: maximum))\n"
        return out
    }

    /// Text written as prose in the lists layout, so that it reads back as prose: a line
    /// that would start a heading, a numbered list (levels!), a table row, a code block or a
    /// comment is escaped as markdown allows, and a mark tag is shown, not obeyed. A heading
    /// in the source becomes a bold line.
    static func prose(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { raw -> String in
            var line = String(raw.drop { $0 == " " || $0 == "\t" })
            line = line.replacing(/<(\/?mark)>/.ignoresCase()) { "&lt;\($0.output.1)>" }.replacing("<!--", with: "&lt;!--")
            if let heading = line.firstMatch(of: /^#{1,6}[ \t]+(.*?)[ \t#]*$/) { return "**\(heading.output.1)**" }
            if let item = line.firstMatch(of: /^(\d{1,9})([.)])(.*)$/) { return "\(item.output.1)\\\(item.output.2)\(item.output.3)" }
            if line.hasPrefix("|") || line.hasPrefix("#") || line.hasPrefix("```") || line.hasPrefix("~~~") { return "\\" + line }
            return line
        }.joined(separator: "\n")
    }

    /// Text without blank lines at its start and end.
    static func trimmedLines(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let isBlank: (Substring) -> Bool = { $0.allSatisfy(\.isWhitespace) }
        return lines.drop(while: isBlank).reversed().drop(while: isBlank).reversed().joined(separator: "\n")
    }

    /// A heading's text must stay on one line.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }).joined(separator: " ")
    }

    /// A name written as a heading that reads back as the name: on one line, no comment or
    /// mark tag opened, no closing run of `#`s taken off it.
    static func headingText(_ text: String) -> String {
        // A mark tag in a heading highlights nothing a person reads: it goes.
        var line = inline(oneLine(text).replacing(/<\/?mark>/.ignoresCase(), with: ""))
        if line.hasSuffix("#") { line = String(line.dropLast()) + "\\#" }
        return line
    }

    /// Text within a line that markdown must not read as a comment or a mark.
    static func inline(_ text: String) -> String {
        text.replacing(/<(\/?mark)>/.ignoresCase()) { "&lt;\($0.output.1)>" }.replacing("<!--", with: "&lt;!--")
    }

    /// A level's text as the lines of a list item that read back as the text: no comment or mark
    /// tag opened, no line that would start a heading or a fenced code block (which would end
    /// the level or hide what follows), no lone CR; a blank line stays blank.
    static func levelLines(_ text: String) -> [String] {
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }.map { raw -> String in
            let line = inline(String(raw).replacing("\r", with: ""))
            let indent = line.prefix { $0 == " " || $0 == "\t" }
            let rest = line.dropFirst(indent.count)
            return rest.hasPrefix("#") || rest.hasPrefix("```") || rest.hasPrefix("~~~") ? indent + "\\" + rest : line
        }
        // Blank lines around the text would part the mark from it, or `1.` from its text.
        let isBlank: (String) -> Bool = { $0.allSatisfy { $0 == " " || $0 == "\t" } }
        let kept = Array(lines.drop(while: isBlank).reversed().drop(while: isBlank).reversed())
        return kept.isEmpty ? [noExpectation] : kept
    }
}
