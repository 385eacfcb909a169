extension Rubric {
    /// A level's text as written (tags and all), without HTML comments, for display.
    public func text(of level: Level) -> String {
        visibleText(level.byteRange)
    }

    /// The text of an area's description lines, without HTML comments, for display.
    public func descriptionText(of area: Area) -> String {
        area.descriptionLines.map { visibleText(lines[$0].start..<lines[$0].contentEnd) }.joined(separator: "\n")
    }

    /// The bytes of a range minus the HTML comments in it, decoded. Line endings become `\n`.
    func visibleText(_ range: Range<Int>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var i = range.lowerBound
        for comment in commentRanges[commentRanges.firstIndex(endingAfter: range.lowerBound)...] {
            if comment.lowerBound >= range.upperBound { break }
            if comment.lowerBound > i { out += bytes[i..<comment.lowerBound] }
            i = max(i, comment.upperBound)
        }
        if i < range.upperBound { out += bytes[i..<range.upperBound] }
        return String(decoding: out.filter { $0 != 0x0D }, as: UTF8.self)
    }
}
