/// A change to an area's evidence.
public enum EvidenceChange: Equatable, Sendable {
    /// The area's evidence becomes this text; empty text removes its section.
    case replace(area: Int, text: String)
    /// `- TEXT` as a line of its own after the area's evidence (`rubric note`).
    case note(area: Int, text: String)
}

/// Writing evidence back, by the format's rules: an area's section body replaced, a section
/// added in the ladder's order, or the block created before the score section. Every other
/// byte is the original one.
extension Rubric {
    /// The bytes with the evidence changed, then the marks and the target as
    /// `bytes(withLevels:target:)` writes them. Refused when the file would not read back with
    /// the same areas and the evidence as written (a heading as shallow as the section's own
    /// would end it early).
    public func bytes(withLevels levels: [Int], target: TargetChange = .keep, evidence: [EvidenceChange]) throws(RubricError) -> [UInt8] {
        var staged = self
        for change in evidence {
            let (area, expected) = staged.expectedEvidence(after: change)
            let bytes = Splice.apply(staged.evidenceSplices(change), to: staged.bytes)
            guard let reread = try? Rubric(bytes: bytes), reread.areaIDs == areaIDs, reread.declarationProblems.count == staged.declarationProblems.count,
                  (reread.evidenceText(ofArea: area) ?? "") == expected else {
                throw .evidenceNotKept(area: areas[area].name, depth: staged.evidence?.depth ?? 3)
            }
            staged = reread
        }
        return staged.bytes(withLevels: levels, target: target)
    }

    /// The area a change is to, and its evidence once written.
    private func expectedEvidence(after change: EvidenceChange) -> (Int, String) {
        switch change {
        case .replace(let area, let text):
            return (area, EvidenceText.lines(text).joined(separator: "\n"))
        case .note(let area, let text):
            return (area, [evidenceText(ofArea: area), "- " + text].compactMap { $0 }.joined(separator: "\n"))
        }
    }

    private func evidenceSplices(_ change: EvidenceChange) -> [Splice] {
        let eol = lineEnding.bytes
        switch change {
        case .note(let area, let text):
            // After the evidence's last non-blank line; with none, as a first text.
            guard let body = evidence?.section(ofArea: area)?.body,
                  let last = lines.indices.last(where: { lines[$0].start >= body.lowerBound && lines[$0].start < body.upperBound
                                                     && !lines[$0].isBlank(in: bytes) }) else {
                return evidenceSplices(.replace(area: area, text: "- " + text))
            }
            let line = lines[last], item = Array("- \(text)".utf8)
            return line.hasEnding ? [Splice(range: line.end..<line.end, replacement: item + eol)]
                : [Splice(range: line.contentEnd..<line.contentEnd, replacement: eol + item)]
        case .replace(let area, let text):
            let textLines = EvidenceText.lines(text).map { Array($0.utf8) }
            if let section = evidence?.section(ofArea: area) {
                let heading = lines[section.headingLineIndex]
                if textLines.isEmpty { return [Splice(range: heading.start..<section.body.upperBound, replacement: [])] }
                // A heading that ends the file without a line ending gets one first.
                let start: [UInt8] = heading.hasEnding ? [] : eol
                return [Splice(range: section.body, replacement: start + body(textLines, endsFile: section.body.upperBound == bytes.count))]
            }
            guard !textLines.isEmpty else { return [] }
            return [newSection(area: area, textLines)]
        }
    }

    /// A section body: a line ending, the text's lines each with its own, and a blank line;
    /// where the body ends the file, it stops after the last line's ending (none where the
    /// file had no final newline).
    private func body(_ textLines: [[UInt8]], endsFile: Bool) -> [UInt8] {
        let eol = lineEnding.bytes
        if endsFile {
            let finalNewline = lines.last?.hasEnding ?? false
            return eol + Array(textLines.joined(separator: eol)) + (finalNewline ? eol : [])
        }
        return eol + textLines.flatMap { $0 + eol } + eol
    }

    /// `### NAME` and its body, where the format puts a section the block lacks.
    private func newSection(area: Int, _ textLines: [[UInt8]]) -> Splice {
        let eol = lineEnding.bytes
        let depth = evidence?.depth ?? 3
        let heading = Array(String(repeating: "#", count: depth).utf8) + [ASCII.space] + Array(PlainText.of(nameTellingApart(area)).utf8) + eol
        guard let evidence else { return newBlock(heading: heading, textLines) }
        // Before the section of the first area after this one in the ladder's order.
        if let next = evidence.sections.filter({ ($0.areaIndex ?? -1) > area }).min(by: { $0.areaIndex! < $1.areaIndex! }) {
            let at = lines[next.headingLineIndex].start
            return Splice(range: at..<at, replacement: heading + body(textLines, endsFile: false))
        }
        let end = evidence.block.lineIndices.upperBound
        guard end == lines.count else {
            let at = lines[end].start
            return Splice(range: at..<at, replacement: heading + body(textLines, endsFile: false))
        }
        // At the end of the file: after a line ending, added where the last line lacks one.
        let start: [UInt8] = lines.last?.hasEnding == false ? eol : []
        return Splice(range: bytes.count..<bytes.count, replacement: start + heading + body(textLines, endsFile: true))
    }

    /// The evidence block, created: at the start of the score section's heading, or at the end
    /// of the file after a blank line (the score section a save adds then follows it).
    private func newBlock(heading: [UInt8], _ textLines: [[UInt8]]) -> Splice {
        let eol = lineEnding.bytes
        let opening = Array("## Evidence".utf8) + eol + eol + Array("<!-- rubric: evidence -->".utf8) + eol + eol + heading
        if let score = scoreSection {
            let at = lines[score.headingLineIndex].start
            return Splice(range: at..<at, replacement: opening + body(textLines, endsFile: false))
        }
        var start: [UInt8] = []
        if let last = lines.last {
            if !last.hasEnding { start += eol }
            if !(last.hasEnding && last.isBlank(in: bytes)) { start += eol }
        }
        return Splice(range: bytes.count..<bytes.count, replacement: start + opening + eol + Array(textLines.joined(separator: eol)) + eol)
    }
}

extension Line {
    /// Only blanks on the line.
    func isBlank(in bytes: [UInt8]) -> Bool { bytes[start..<contentEnd].allSatisfy(ASCII.isBlank) }
}
