extension Rubric {
    /// A level's text as written (tags and all), without HTML comments, for display.
    public func text(of level: Level) -> String {
        visibleText(level.byteRange)
    }

    /// The text of an area's description lines, without HTML comments, for display.
    public func descriptionText(of area: Area) -> String {
        area.descriptionLines.map { visibleText(lines[$0].start..<lines[$0].contentEnd) }.joined(separator: "\n")
    }

    /// The file's introduction: the prose before the ladder starts (before its first area's
    /// or level's line), such as the built-in framework's "mark the highest one that
    /// describes your work today". Headings, list items, table rows, code and front matter
    /// are not prose; HTML comments are left out. Paragraphs are separated by a blank line.
    public var introduction: String {
        var paragraphs: [[String]] = [[]], previous: Int?
        for (index, text) in introductionLines {
            if let previous, index != previous + 1, !paragraphs[paragraphs.count - 1].isEmpty { paragraphs.append([]) }
            paragraphs[paragraphs.count - 1].append(text)
            previous = index
        }
        return paragraphs.filter { !$0.isEmpty }.map { $0.joined(separator: "\n") }.joined(separator: "\n\n")
    }

    /// The introduction's lines, with their text: plain text before the ladder, after any
    /// front matter, that is no table row.
    var introductionLines: [(index: Int, text: String)] {
        let frontMatterEnd = FrontMatter.range(in: bytes)?.upperBound ?? 0
        return (0..<ladderStart).compactMap { index in
            let line = lines[index]
            guard line.start >= frontMatterEnd, case .text = kinds[index] else { return nil }
            let text = visibleText(line.start..<line.contentEnd).trimmingBlanks
            guard !text.isEmpty, !text.hasPrefix("|"), text != "---" else { return nil }
            return (index, text)
        }
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

extension String {
    /// Without the blanks (spaces and tabs) at either end.
    var trimmingBlanks: String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return String(text)
    }
}

extension Rubric {
    /// A level as a report quotes it: its name where the layout gives one, then its text
    /// without mark tags or comments, its lines trimmed.
    public func quoted(_ level: Level) -> String {
        var text = Substring(text(of: level)), out = ""
        while let open = text.firstIndex(of: "<") {
            out += text[..<open]
            let tag = text[open...].prefix(7).lowercased()
            let length = tag.hasPrefix("<mark>") ? 6 : tag == "</mark>" ? 7 : 0
            if length == 0 { out.append("<") }
            text = text[open...].dropFirst(max(1, length))
        }
        out += text
        let body = out.split(separator: "\n").map { String($0).trimmingBlanks }.filter { !$0.isEmpty }.joined(separator: "\n")
        guard let name = level.name else { return body }
        return body.isEmpty ? name : name + ": " + body
    }
}
