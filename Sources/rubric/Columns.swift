import RubricUI
import RubricStyle

#if canImport(Glibc)
import Glibc
#endif

/// Text in columns for the reports (`score`, `compare`, `history`): padded to a width, or
/// cut with an ellipsis to fit one. Widths are terminal cells, as the editor counts them,
/// so a CJK name or an emoji (two cells) keeps the columns after it in line.
enum Columns {
    static func width(_ s: String) -> Int { CharacterWidth.of(s) }

    static func pad(_ s: String, _ width: Int, left: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - Self.width(s)))
        return left ? fill + s : s + fill
    }

    static func fit(_ s: String, _ width: Int) -> String {
        Self.width(s) <= width ? s : TextWrap.truncated(s, width: width, ellipsis: "…")
    }

    /// A column heading for a name: its first letters, after any leading emoji, number or
    /// punctuation (`👩‍💼 Leadership` is `Lea`).
    static func abbreviation(_ name: String, cells: Int) -> String {
        let letters = name.drop { !$0.isLetter }
        var out = "", used = 0
        for character in letters.isEmpty ? Substring(name) : letters {
            used += CharacterWidth.of(character)
            if used > cells { break }
            out.append(character)
        }
        return out
    }

    /// The terminal's width when standard output is one, else 80: what a report is fitted to.
    static func outputWidth() -> Int {
        var size = winsize()
        guard isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}
