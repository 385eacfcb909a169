/// Finds the `## Score` section and its `N/M` line: the same in every layout.
enum ScoreSectionReader {
    /// Whether a heading is the score section's: `##`, titled Score in any case.
    static func isScoreHeading(_ kind: LineKind, in document: ClassifiedLines) -> Bool {
        guard case .heading(let heading) = kind, heading.level == 2 else { return false }
        return document.string(heading.text).lowercased() == "score"
    }

    /// The first score section (a second one is kept as text), running to the next heading
    /// of its depth or shallower.
    static func read(_ document: ClassifiedLines) -> ScoreSection? {
        guard let heading = document.kinds.indices.first(where: { isScoreHeading(document.kinds[$0], in: document) }) else { return nil }
        var lastContent = heading
        var scoreLine: ScoreSection.ScoreLine?
        var targetLine: ScoreSection.TargetLine?
        var otherTargets: [Int] = []
        for index in (heading + 1)..<document.lines.count {
            let kind = document.kinds[index]
            if case .heading(let heading) = kind, heading.level <= 2 { break }
            if kind == .blank { continue }
            lastContent = index
            // An `N/M` inside a comment is the person's note, not the score.
            guard case .text = kind, document.comment(containing: document.lines[index].start) == nil else { continue }
            if scoreLine == nil, let line = self.scoreLine(at: index, in: document) {
                scoreLine = line
            } else if let target = self.targetLine(at: index, in: document) {
                if targetLine == nil { targetLine = target } else { otherTargets.append(index) }
            }
        }
        return ScoreSection(headingLineIndex: heading, scoreLine: scoreLine, lastContentLineIndex: lastContent, targetLine: targetLine,
                            otherTargetLineIndices: otherTargets)
    }

    /// A line that begins with the plain label `Target:`.
    private static func targetLine(at index: Int, in document: ClassifiedLines) -> ScoreSection.TargetLine? {
        let line = document.lines[index], bytes = document.bytes
        guard let label = Label.read(bytes, from: line.start, to: line.contentEnd), !label.isBold, label.key == "target",
              let colon = ASCII.find([UInt8(ascii: ":")], in: bytes, from: line.start, end: line.contentEnd) else { return nil }
        let name = Substring(ASCII.string(bytes, (colon + 1)..<line.contentEnd)).trimmingCharacters()
        return .init(lineIndex: index, nameRange: (colon + 1)..<line.contentEnd, name: String(name))
    }

    /// Reads `N/M`, blanks allowed around the numbers, then nothing or `·` and any text.
    private static func scoreLine(at index: Int, in document: ClassifiedLines) -> ScoreSection.ScoreLine? {
        let bytes = document.bytes
        let line = document.lines[index]
        var i = line.start
        func skipBlanks() { while i < line.contentEnd, ASCII.isBlank(bytes[i]) { i += 1 } }
        func number() -> Int? {
            let start = i
            var value = 0
            while i < line.contentEnd, ASCII.isDigit(bytes[i]), i - start < 18 {
                value = value * 10 + Int(bytes[i] - 0x30)
                i += 1
            }
            return i > start ? value : nil
        }
        skipBlanks()
        let valueStart = i
        guard let total = number() else { return nil }
        skipBlanks()
        guard i < line.contentEnd, bytes[i] == 0x2F else { return nil }
        i += 1
        skipBlanks()
        guard let maximum = number() else { return nil }
        let numbersEnd = i
        skipBlanks()
        var statedTitle: String?
        if i + 1 < line.contentEnd, bytes[i] == 0xC2, bytes[i + 1] == 0xB7 {  // ·
            statedTitle = String(Substring(ASCII.string(bytes, (i + 2)..<line.contentEnd)).trimmingCharacters())
        } else if i != line.contentEnd {
            return nil
        }
        return .init(lineIndex: index, valueRange: valueStart..<line.contentEnd, numbersEnd: numbersEnd, total: total, maximum: maximum,
                     statedTitle: statedTitle)
    }
}
