/// Every symbol the screen draws that is not text from the file, in two sets: Unicode for a
/// UTF-8 locale, ASCII for any other (`LC_ALL=C`, many containers and minimal SSH sessions),
/// where ncursesw can't show anything else, as htop and mc do.
public struct Glyphs: Equatable, Sendable {
    /// Whether only ASCII reaches the terminal: the renderer then draws `?` for any other
    /// character, file text included.
    public let isASCII: Bool
    public let marked: String
    public let unmarked: String
    /// In the gutter of the selected level's first line, beside the row highlight.
    public let selection: String
    public let barFilled: String
    public let barEmpty: String
    public let tabSeparator: String
    public let moreLeft: String
    public let moreRight: String
    public let moreAbove: String
    public let moreBelow: String
    public let ellipsis: String
    public let dot: String
    public let times: String
    public let detailsClosed: String
    public let detailsOpen: String
    public let unsaved: String
    /// The level the other assessment (`--against`) marks, in a column of its own.
    public let otherMarked: String
    /// An area where the two assessments differ, in the tabs and the overview.
    public let differs: String
    /// The level the target title asks of the area, where it is above the marked one; as wide
    /// as `unmarked`, in its place.
    public let required: String
    /// From a level or a title to the one aimed for.
    public let towards: String
    /// Beside a count of evidence, in the overview.
    public let evidence: String
    /// Box drawing: horizontal, vertical, and the corners clockwise from the top left.
    public let horizontal: String
    public let vertical: String
    public let corners: (String, String, String, String)

    public static let unicode = Glyphs(
        isASCII: false, marked: "●", unmarked: "○", selection: "▌", barFilled: "█", barEmpty: "░",
        tabSeparator: "│", moreLeft: "◀", moreRight: "▶", moreAbove: "▲", moreBelow: "▼", ellipsis: "…",
        dot: "·", times: "×", detailsClosed: "▸", detailsOpen: "▾", unsaved: "●", otherMarked: "◆", differs: "≠", required: "◎", towards: "→", evidence: "✎",
        horizontal: "─", vertical: "│", corners: ("┌", "┐", "┘", "└"))

    public static let ascii = Glyphs(
        isASCII: true, marked: "[x]", unmarked: "[ ]", selection: ">", barFilled: "#", barEmpty: "-",
        tabSeparator: "|", moreLeft: "<", moreRight: ">", moreAbove: "^", moreBelow: "v", ellipsis: "~",
        dot: "-", times: "x", detailsClosed: "+", detailsOpen: "-", unsaved: "*", otherMarked: "<>", differs: "!", required: "[T]", towards: "->", evidence: "e",
        horizontal: "-", vertical: "|", corners: ("+", "+", "+", "+"))

    /// A level here and the other assessment's, as the tabs show them: "2 ◆3" ("2 <>3" in
    /// ASCII). The other's carries its own symbol, as in its column and the legend, so the
    /// pair never reads as a fraction or a separator between tabs.
    public func pair(_ mine: String, _ theirs: String) -> String { "\(mine) \(otherMarked)\(theirs)" }

    /// Text for this set: unchanged in Unicode; in ASCII, `?` for each character ASCII lacks.
    public func text(_ text: String) -> String {
        guard isASCII, !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
        return String(text.map { $0.isASCII ? $0 : "?" })
    }

    public static func == (a: Glyphs, b: Glyphs) -> Bool { a.isASCII == b.isASCII }
}
