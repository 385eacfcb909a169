/// Inline markdown as the words a person reads: what a title is called once its label's
/// emphasis, code spans, links and HTML tags are gone (`**[Staff](https://…)**` is `Staff`).
enum PlainText {
    static func of(_ markdown: String) -> String {
        var out = ""
        var characters = Substring(markdown)
        while let character = characters.first {
            switch character {
            case "<":
                // A tag (`<mark>`, `<br/>`) goes; a lone `<` stays.
                if let close = characters.firstIndex(of: ">"), characters.dropFirst().first.map({ $0.isLetter || $0 == "/" }) == true {
                    characters = characters[characters.index(after: close)...]
                    continue
                }
                out.append(character)
            case "[":
                // A link or an image's text, without its destination.
                if let close = characters.firstIndex(of: "]"), characters[characters.index(after: close)...].first == "(",
                   let end = characters[close...].firstIndex(of: ")") {
                    out += of(String(characters[characters.index(after: characters.startIndex)..<close]))
                    characters = characters[characters.index(after: end)...]
                    continue
                }
                out.append(character)
            case "!" where characters.dropFirst().first == "[":
                break
            case "*", "`":
                break
            case "_":
                // Emphasis, not a snake_case word's underscore.
                let before = out.last, after = characters.dropFirst().first
                if let before, let after, before.isLetter || before.isNumber, after.isLetter || after.isNumber { out.append(character) }
            default:
                out.append(character)
            }
            characters = characters.dropFirst()
        }
        return out.split { $0 == " " || $0 == "\t" }.joined(separator: " ")
    }
}
