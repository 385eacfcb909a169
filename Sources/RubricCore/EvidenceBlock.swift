/// The evidence block read: its subsections, the area each names, and where each body is.
///
/// Only positions are kept, as for levels: an area's evidence is the subsection's bytes, and a
/// change of it is a splice (see `Rubric.bytes(withLevels:target:evidence:)`).
public struct EvidenceBlock: Sendable {
    public struct Section: Sendable {
        public let headingLineIndex: Int
        /// The heading's text as written.
        public let title: String
        /// The area the heading names; nil when it names none, or one an earlier section names.
        public let areaIndex: Int?
        /// Every byte after the heading line's ending, to the next heading of its depth or
        /// shallower, or the end of the block.
        public let body: Range<Int>
    }

    public let block: Block
    /// The subsections' heading depth: one deeper than the block's heading.
    public let depth: Int
    /// The general notes: after the declaration's line, before the first subsection.
    public let notes: Range<Int>
    public let sections: [Section]
    /// Subsections that name no area, and second ones for an area, for `rubric check`.
    let problems: [Diagnostic]

    /// The first section naming an area.
    public func section(ofArea index: Int) -> Section? { sections.first { $0.areaIndex == index } }

    static func read(_ block: Block, in document: ClassifiedLines, names: AreaNames) -> EvidenceBlock {
        guard case .heading(let heading) = document.kinds[block.headingLineIndex] else { preconditionFailure("a block is under a heading") }
        let depth = heading.level + 1
        let end = block.lineIndices.upperBound
        let endByte = end < document.lines.count ? document.lines[end].start : document.bytes.count
        let headings = ((block.declarationLineIndex + 1)..<end).filter { index in
            if case .heading(let inner) = document.kinds[index], inner.level == depth { true } else { false }
        }
        var sections: [Section] = [], problems: [Diagnostic] = [], named: [Int: Int] = [:]
        for (position, index) in headings.enumerated() {
            guard case .heading(let inner) = document.kinds[index] else { continue }
            let title = document.string(inner.text)
            let bodyEnd = position + 1 < headings.count ? document.lines[headings[position + 1]].start : endByte
            var areaIndex: Int?
            switch names.index(named: PlainText.of(title)) {
            case .success(let area):
                if let first = named[area] {
                    problems.append(Diagnostic(line: index + 1, message: "a second evidence section for area '\(names.areas[area].name)' (the first, at line \(first + 1), counts)"))
                } else {
                    named[area] = index
                    areaIndex = area
                }
            case .failure:
                problems.append(Diagnostic(line: index + 1, message: "evidence for '\(title)' names no area"))
            }
            sections.append(Section(headingLineIndex: index, title: title, areaIndex: areaIndex,
                                    body: min(document.lines[index].end, bodyEnd)..<bodyEnd))
        }
        let notesStart = document.lines[block.declarationLineIndex].end
        let notesEnd = headings.first.map { document.lines[$0].start } ?? endByte
        return EvidenceBlock(block: block, depth: depth, notes: notesStart..<max(notesStart, notesEnd), sections: sections, problems: problems)
    }
}

extension Rubric {
    /// An area's evidence as written, without the blank lines around it; nil when it has none.
    public func evidenceText(ofArea index: Int) -> String? {
        guard let body = evidence?.section(ofArea: index)?.body else { return nil }
        let text = EvidenceText.lines(ASCII.string(bytes, body)).joined(separator: "\n")
        return text.isEmpty ? nil : text
    }

    /// The block's general notes, without the blank lines around them; nil when there are none.
    public var evidenceNotes: String? {
        guard let notes = evidence?.notes else { return nil }
        let text = EvidenceText.lines(ASCII.string(bytes, notes)).joined(separator: "\n")
        return text.isEmpty ? nil : text
    }

    /// How many pieces of evidence an area has: its bullet items, else its paragraphs.
    public func evidenceCount(ofArea index: Int) -> Int {
        evidenceText(ofArea: index).map(EvidenceText.count) ?? 0
    }

    /// Evidence text as the file will hold it: without the blank lines around it, `\n` between lines.
    public static func normalizedEvidence(_ text: String) -> String { EvidenceText.lines(text).joined(separator: "\n") }

    /// How many pieces of evidence a text holds: its bullet items, else its paragraphs.
    public static func evidenceCount(_ text: String) -> Int { EvidenceText.count(text) }
}

/// Evidence text as lines, and counted.
enum EvidenceText {
    /// The lines, without line endings, without the blank lines before the first and after the last.
    static func lines(_ text: String) -> [String] {
        // "\r\n" is one Character: split on either ending.
        var lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }.map { line in
            line.last == "\r" ? String(line.dropLast()) : String(line)
        }
        while let first = lines.first, first.allSatisfy({ $0 == " " || $0 == "\t" }) { lines.removeFirst() }
        while let last = lines.last, last.allSatisfy({ $0 == " " || $0 == "\t" }) { lines.removeLast() }
        return lines
    }

    /// Top-level bullet items (`-`, `*`, `+`, indented at most three spaces), else paragraphs.
    static func count(_ text: String) -> Int {
        let lines = Self.lines(text)
        let bullets = lines.filter { line in
            let indent = line.prefix { $0 == " " }.count
            let rest = line.dropFirst(indent)
            return indent <= 3 && ["-", "*", "+"].contains(rest.first) && (rest.count == 1 || rest.dropFirst().first == " ")
        }.count
        if bullets > 0 { return bullets }
        var paragraphs = 0, inParagraph = false
        for line in lines {
            let blank = line.allSatisfy { $0 == " " || $0 == "\t" }
            if !blank, !inParagraph { paragraphs += 1 }
            inParagraph = !blank
        }
        return paragraphs
    }
}
