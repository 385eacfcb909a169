/// Wraps text at word boundaries to a column width, never splitting a wide character.
/// A word longer than the width is broken between characters.
public enum TextWrap {
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            // A list item's continuation lines hang under its text, not under its marker.
            let hang = listMarkerWidth(paragraph)
            guard hang > 0, hang < width / 2 else { result += wrapParagraph(paragraph, width: width); continue }
            let first = wrapParagraph(paragraph, width: width)
            guard first.count > 1 else { result += first; continue }
            // The first line as usual, then the words it left, wrapped in the narrower column.
            let words = paragraph.split(separator: " ")
            let taken = first[0].split(separator: " ").count
            let rest = Substring(words.dropFirst(taken).joined(separator: " "))
            let pad = String(repeating: " ", count: hang)
            result += [first[0]] + wrapParagraph(rest, width: width - hang).map { pad + $0 }
        }
        return result
    }

    /// The columns of a leading list marker with its blank (`- `, `* `, `+ `, `12. `), as the
    /// line is drawn (without the indentation before it); 0 when the line is no list item.
    public static func listMarkerWidth(_ line: Substring) -> Int {
        let rest = line.drop { $0 == " " }
        if let first = rest.first, "-*+".contains(first), rest.dropFirst().first == " " { return 2 }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }.count
        if digits > 0, digits < 4, let after = rest.dropFirst(digits).first, after == "." || after == ")",
           rest.dropFirst(digits + 1).first == " " {
            return digits + 2
        }
        return 0
    }

    private static func wrapParagraph(_ paragraph: Substring, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            var wordWidth = CharacterWidth.of(String(word))
            if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
                line += " " + word
                lineWidth += 1 + wordWidth
                continue
            }
            if lineWidth > 0 { lines.append(line); line = ""; lineWidth = 0 }
            while wordWidth > width {
                let (head, headWidth) = prefix(of: word, fitting: width)
                lines.append(String(head))
                word = word.dropFirst(head.count)
                wordWidth -= headWidth
            }
            line = String(word)
            lineWidth = wordWidth
        }
        lines.append(line)
        return lines
    }

    private static func prefix(of word: Substring, fitting width: Int) -> (Substring, Int) {
        var used = 0
        var end = word.startIndex
        while end != word.endIndex {
            let w = CharacterWidth.of(word[end])
            if used + w > width { break }
            used += w
            end = word.index(after: end)
        }
        if end == word.startIndex { end = word.index(after: end); used = CharacterWidth.of(word[word.startIndex]) }
        return (word[..<end], used)
    }

    /// The text as it is when it fits in `width` columns, else cut with an ellipsis.
    public static func fitted(_ text: String, width: Int, glyphs: Glyphs) -> String {
        guard width > 0 else { return "" }
        return CharacterWidth.of(text) <= width ? text : truncated(text, width: width, ellipsis: glyphs.ellipsis)
    }

    /// `text` cut to leave room for `ellipsis` within `width` columns, and the ellipsis, to
    /// say that more follows (callers decide whether it does).
    public static func truncated(_ text: String, width: Int, ellipsis: String) -> String {
        let room = width - CharacterWidth.of(ellipsis)
        var out = ""
        var used = 0
        for character in text {
            let w = CharacterWidth.of(character)
            if used + w > room { break }
            out.append(character)
            used += w
        }
        return out + ellipsis
    }
}
