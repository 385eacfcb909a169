import RubricCore

/// Turns a level's markdown into plain text: `<mark>` tags go, `<details>` blocks become a
/// summary and a body, soft line breaks join, list items and paragraphs keep their breaks.
enum MarkupText {
    static func level(_ raw: String) -> DisplayLevel {
        var rest = Substring(raw)
        guard let open = rest.rangeIgnoringCase(of: "<details") else {
            return DisplayLevel(text: plain(raw), details: [])
        }
        let text = plain(String(rest[..<open.lowerBound]))
        var details: [DisplayDetails] = []
        rest = rest[open.lowerBound...]
        while let start = rest.rangeIgnoringCase(of: "<details") {
            var block = rest[start.upperBound...]
            if let close = block.firstIndex(of: ">") { block = block[block.index(after: close)...] }
            let end = block.rangeIgnoringCase(of: "</details>")
            let inner = end.map { block[..<$0.lowerBound] } ?? block
            rest = end.map { block[$0.upperBound...] } ?? ""
            var summary = "Details"
            var body = inner
            if let summaryOpen = inner.rangeIgnoringCase(of: "<summary>") {
                let afterOpen = inner[summaryOpen.upperBound...]
                if let summaryClose = afterOpen.rangeIgnoringCase(of: "</summary>") {
                    summary = plain(String(afterOpen[..<summaryClose.lowerBound]))
                    body = afterOpen[summaryClose.upperBound...]
                }
            }
            details.append(DisplayDetails(summary: summary, body: plain(String(body))))
        }
        let trailing = plain(String(rest))
        return DisplayLevel(text: trailing.isEmpty ? text : text + " " + trailing, details: details)
    }

    /// Description text as paragraphs: blank lines separate them, other lines keep their breaks
    /// only where they start a list item, a quote or a table row.
    static func paragraphs(_ raw: String) -> [String] {
        plain(raw).split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    /// Markup a reader doesn't see: tags, bold markers, and the backslash of an escaped pipe
    /// (a table cell's `\|`).
    private static let tags = ["<mark>", "</mark>", "<summary>", "</summary>", "</details>", "<br>", "<br/>", "<br />", "**", "__", "\\"]
        .map { Array($0.utf8) }

    /// Removes the known tags, joins soft-wrapped lines, and sanitizes.
    static func plain(_ raw: String) -> String {
        let text = removingTags(raw)
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty {
                if lines.last != "" { lines.append("") }
            } else if let last = lines.last, !last.isEmpty, !startsBlock(trimmed) {
                lines[lines.count - 1] = last + " " + trimmed
            } else {
                lines.append(String(trimmed))
            }
        }
        while lines.last == "" { lines.removeLast() }
        while lines.first == "" { lines.removeFirst() }
        return lines.map { SafeText.sanitized($0).trimmingTrailingSpaces() }.joined(separator: "\n")
    }

    /// `raw` without the known tags, in any case, found in one pass over its bytes. A tag is
    /// ASCII, so cutting one out leaves valid UTF-8. A backslash goes only before a pipe.
    private static func removingTags(_ raw: String) -> String {
        let bytes = Array(raw.utf8)
        guard bytes.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "\\") }) else { return raw }
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        var index = 0
        scan: while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<") || bytes[index] == UInt8(ascii: "*") || bytes[index] == UInt8(ascii: "_")
                || (bytes[index] == UInt8(ascii: "\\") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "|")) {
                for tag in tags where ASCII.matches(bytes, at: index, tag, end: bytes.count) {
                    index += tag.count
                    continue scan
                }
            }
            kept.append(bytes[index])
            index += 1
        }
        return String(decoding: kept, as: UTF8.self)
    }

    private static func startsBlock(_ line: Substring) -> Bool {
        if let first = line.first, "-*+>|".contains(first) { return true }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        return !digits.isEmpty && [".", ")"].contains(line.dropFirst(digits.count).first)
    }
}

extension Substring {
    /// The first occurrence of an ASCII `target`, ignoring ASCII case. Matches start on an
    /// ASCII byte, so the indices are character boundaries.
    func rangeIgnoringCase(of target: String) -> Range<String.Index>? {
        let pattern = Array(target.lowercased().utf8)
        let bytes = utf8
        var start = bytes.startIndex
        while start != bytes.endIndex {
            var i = start, k = 0
            while k < pattern.count, i != bytes.endIndex, ASCII.lower(bytes[i]) == pattern[k] {
                bytes.formIndex(after: &i)
                k += 1
            }
            if k == pattern.count { return start..<i }
            bytes.formIndex(after: &start)
        }
        return nil
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
