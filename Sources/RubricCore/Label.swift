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
        var s = Substring(text.lowercased())
        s = s.trimmingCharacters()
        while let last = s.last, last == ":" { s = s.dropLast() }
        return String(s.trimmingCharacters().filter { $0 != "*" && $0 != "_" })
    }

    /// The label that starts at `start` on a line ending at `end`, skipping `<mark>` tags
    /// first. Nil when the text doesn't start with one.
    static func read(_ bytes: [UInt8], from start: Int, to end: Int) -> Label? {
        var i = start
        while true {
            while i < end, ASCII.isBlank(bytes[i]) { i += 1 }
            guard ASCII.matches(bytes, at: i, Document.openTag, end: end) else { break }
            i += Document.openTag.count
        }
        guard i < end else { return nil }
        if i + 1 < end, (bytes[i] == 0x2A && bytes[i + 1] == 0x2A) || (bytes[i] == 0x5F && bytes[i + 1] == 0x5F) {
            let marker = [bytes[i], bytes[i + 1]]
            guard let close = ASCII.find(marker, in: bytes, from: i + 2, end: end), close > i + 2 else { return nil }
            let text = Substring(ASCII.string(bytes, (i + 2)..<close)).trimmingCharacters()
            var name = text
            while let last = name.last, last == ":" { name = name.dropLast() }
            let trimmed = name.trimmingCharacters()
            return trimmed.isEmpty ? nil : Label(text: String(trimmed), isBold: true)
        }
        // A plain label: a few words and a colon, then a blank or the line's end (not `https:`).
        // `[x]: url` is a link reference definition, not a paragraph.
        guard bytes[i] != 0x5B, let colon = ASCII.find([0x3A], in: bytes, from: i, end: end) else { return nil }
        guard colon + 1 == end || ASCII.isBlank(bytes[colon + 1]) else { return nil }
        let text = Substring(ASCII.string(bytes, i..<colon)).trimmingCharacters()
        let words = text.split(separator: " ").count
        guard words >= 1, words <= 4 else { return nil }
        return Label(text: String(text), isBold: false)
    }
}
