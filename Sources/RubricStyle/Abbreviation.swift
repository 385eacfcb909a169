/// Short column headings for names: their first letters, after any leading emoji, number or
/// punctuation (`👩‍💼 Leadership` is `Lea`), in terminal cells.
public enum Abbreviation {
    public static func of(_ name: String, cells: Int) -> String {
        let letters = name.drop { !$0.isLetter }
        var out = "", used = 0
        for character in letters.isEmpty ? Substring(name) : letters {
            used += CharacterWidth.of(character)
            if used > cells { break }
            out.append(character)
        }
        return out
    }

    /// Three cells for each name, more where two would read alike; `A1`, `A2`… as a last resort.
    public static func distinct(_ names: [String]) -> [String] {
        for cells in 3...8 {
            let short = names.map { of($0, cells: cells) }
            if Set(short).count == short.count { return short }
        }
        return names.indices.map { "A\($0 + 1)" }
    }
}
