/// A file's bytes split into lines and classified, with its HTML comments: what every
/// layout reads to decide where the areas, levels and marks are.
struct ClassifiedLines {
    let bytes: [UInt8]
    let lines: [Line]
    let kinds: [LineKind]
    /// Byte ranges of HTML comments, sorted.
    let commentRanges: [Range<Int>]
    /// A UTF-8 byte order mark's length (3) or 0: the first line's text starts after it.
    let byteOrderMarkLength: Int
    /// The `## Score` section, which no layout reads as areas, and the lines it covers.
    private(set) var scoreSection: ScoreSection?
    private(set) var scoreLines: ClosedRange<Int>?

    init(bytes: [UInt8], lines: [Line], kinds: [LineKind], commentRanges: [Range<Int>], byteOrderMarkLength: Int) {
        self.bytes = bytes
        self.lines = lines
        self.kinds = kinds
        self.commentRanges = commentRanges
        self.byteOrderMarkLength = byteOrderMarkLength
        scoreSection = ScoreSectionReader.read(self)
        scoreLines = scoreSection.map { $0.headingLineIndex...$0.lastContentLineIndex }
    }

    /// Where a line's text starts: after the byte order mark on the first line.
    func textStart(of index: Int) -> Int { lines[index].start + (index == 0 ? byteOrderMarkLength : 0) }

    /// Whether a line belongs to the score section.
    func isScoreLine(_ index: Int) -> Bool { scoreLines?.contains(index) == true }

    /// The comment (its whole range) that holds a byte offset, if any.
    func comment(containing offset: Int) -> Range<Int>? { commentRanges.range(containing: offset) }

    static let openTag = Array("<mark>".utf8)
    static let closeTag = Array("</mark>".utf8)

    /// The mark tags between two offsets, skipping fenced code and HTML comments.
    func markTags(from start: Int, to end: Int, lines range: ClosedRange<Int>) -> [MarkTag] {
        var tags: [MarkTag] = []
        for index in range where kinds[index] != .code {
            let line = lines[index]
            var i = max(start, line.start)
            let stop = min(end, line.contentEnd)
            while i < stop {
                guard let lt = ASCII.find([0x3C], in: bytes, from: i, end: stop) else { break }
                let isOpen = ASCII.matches(bytes, at: lt, Self.openTag, end: stop)
                let isClose = !isOpen && ASCII.matches(bytes, at: lt, Self.closeTag, end: stop)
                if (isOpen || isClose) && comment(containing: lt) == nil {
                    let length = isOpen ? Self.openTag.count : Self.closeTag.count
                    tags.append(MarkTag(range: lt..<lt + length, isOpening: isOpen))
                    i = lt + length
                } else {
                    i = lt + 1
                }
            }
        }
        return tags
    }

    /// A heading's text as a person reads it.
    func string(_ range: Range<Int>) -> String { ASCII.string(bytes, range) }
}

extension [Range<Int>] {
    /// In sorted, disjoint ranges: the index of the first that ends after `offset`.
    func firstIndex(endingAfter offset: Int) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if self[mid].upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// In sorted, disjoint ranges: the one that holds `offset`, if any.
    func range(containing offset: Int) -> Range<Int>? {
        let index = firstIndex(endingAfter: offset)
        return index < count && self[index].contains(offset) ? self[index] : nil
    }
}
