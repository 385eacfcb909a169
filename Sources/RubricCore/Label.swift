/// A label at the start of a paragraph or list item: `**Mastery**`, `__Mastery__:` (bold),
/// or `Impact:` (plain: at most four words before a colon and a blank or the line's end).
/// Layouts use labels to name levels (bullets) and areas (headings).
struct Label: Equatable {
    /// As written, without emphasis, surrounding blanks or a trailing colon.
    let text: String
    let isBold: Bool

    /// The form labels are compared in: no case, emphasis, surrounding blanks or colon.
    var key: String { Label.key(text) }

    static func key(_ text: String) -> String {
        // On bytes: this runs for every entry of a ladder. Only non-ASCII text pays for
        // Unicode lowercasing.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var ascii = true
        for byte in text.utf8 where byte != UInt8(ascii: "*") && byte != UInt8(ascii: "_") {
            if byte >= 0x80 { ascii = false }
            bytes.append(ASCII.lower(byte))
        }
        while let last = bytes.last, ASCII.isBlank(last) || last == UInt8(ascii: ":") { bytes.removeLast() }
        let start = bytes.firstIndex { !ASCII.isBlank($0) } ?? bytes.endIndex
        let key = String(decoding: bytes[start...], as: UTF8.self)
        return ascii ? key : key.lowercased()
    }

    /// The label that starts at `start` on a line ending at `end`, skipping `<mark>` tags
    /// first. Nil when the text doesn't start with one.
    static func read(_ bytes: [UInt8], from start: Int, to end: Int) -> Label? {
        var i = start
        while true {
            while i < end, ASCII.isBlank(bytes[i]) { i += 1 }
            guard ASCII.matches(bytes, at: i, ClassifiedLines.openTag, end: end) else { break }
            i += ClassifiedLines.openTag.count
        }
        guard i < end else { return nil }
        if i + 1 < end, (bytes[i] == 0x2A && bytes[i + 1] == 0x2A) || (bytes[i] == 0x5F && bytes[i + 1] == 0x5F) {
            let marker = [bytes[i], bytes[i + 1]]
            guard let close = ASCII.find(marker, in: bytes, from: i + 2, end: end), close > i + 2 else { return nil }
            return trimmed(bytes, (i + 2)..<close).map { Label(text: $0, isBold: true) }
        }
        // A plain label: a few words and a colon, then a blank or the line's end (not `https:`).
        // `[x]: url` is a link reference definition, not a paragraph.
        guard bytes[i] != 0x5B, let colon = ASCII.find([0x3A], in: bytes, from: i, end: end) else { return nil }
        // A mark may close right after the colon (`<mark>Impact:</mark>`): still a label.
        var after = colon + 1
        if ASCII.matches(bytes, at: after, ClassifiedLines.closeTag, end: end) { after += ClassifiedLines.closeTag.count }
        guard after == end || ASCII.isBlank(bytes[after]) else { return nil }
        var words = 0, inWord = false
        for byte in bytes[i..<colon] {
            if ASCII.isBlank(byte) { inWord = false } else if !inWord { inWord = true; words += 1 }
        }
        guard words >= 1, words <= 4 else { return nil }
        return trimmed(bytes, i..<colon).map { Label(text: $0, isBold: false) }
    }

    /// The text of a byte range without surrounding blanks or trailing colons, or nil if
    /// nothing is left.
    private static func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> String? {
        var start = range.lowerBound, end = range.upperBound
        while start < end, ASCII.isBlank(bytes[start]) { start += 1 }
        while end > start, ASCII.isBlank(bytes[end - 1]) || bytes[end - 1] == UInt8(ascii: ":") { end -= 1 }
        return start < end ? ASCII.string(bytes, start..<end) : nil
    }
}
