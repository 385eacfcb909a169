import RubricStyle


/// Text in columns for the reports (`score`, `compare`, `history`): padded to a width, or
/// cut with an ellipsis to fit one. Widths are terminal cells, as the editor counts them,
/// so a CJK name or an emoji (two cells) keeps the columns after it in line.
public enum Columns {
    public static func width(_ s: String) -> Int { CharacterWidth.of(s) }

    public static func pad(_ s: String, _ width: Int, left: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - Self.width(s)))
        return left ? fill + s : s + fill
    }

    public static func fit(_ s: String, _ width: Int) -> String {
        Self.width(s) <= width ? s : TextWrap.truncated(s, width: width, ellipsis: "…")
    }

    /// A column heading for a name: its first letters, after any leading emoji, number or
    /// punctuation (`👩‍💼 Leadership` is `Lea`).
    public static func abbreviation(_ name: String, cells: Int) -> String { Abbreviation.of(name, cells: cells) }
}
