/// Text in columns for the reports (`score`, `compare`, `history`): padded to a width, or
/// cut with an ellipsis to fit one. Widths count characters, as the reports' names are.
enum Columns {
    static func pad(_ s: String, _ width: Int, left: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - s.count))
        return left ? fill + s : s + fill
    }

    static func fit(_ s: String, _ width: Int) -> String { s.count <= width ? s : String(s.prefix(width - 1)) + "…" }
}
