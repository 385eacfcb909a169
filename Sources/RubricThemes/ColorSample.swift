import RubricStyle

/// A one-line sample of a theme in its own colours, for `rubric themes`: SGR escape
/// sequences for a terminal, at the depth it has.
public enum ColorSample {
    /// The sample, as many of its parts as fit in `width` columns (whole parts only), drawn
    /// with `glyphs` (ASCII outside a UTF-8 locale).
    public static func line(_ theme: Theme, depth: ColorDepth, width: Int, glyphs: Glyphs = .unicode) -> String {
        let parts: [(Role, String)] = [
            (.title, " Title "), (.activeTab, " Tab 2/5 "), (.tab, " Tab "), (.selectedRow, " selected "),
            (.markIndicator, " \(glyphs.marked) "), (.markedLevel, "marked "), (.levelText, "level "),
            (.scoreFilled, String(repeating: glyphs.barFilled, count: 4)), (.scoreEmpty, String(repeating: glyphs.barEmpty, count: 3)),
            (.modified, " unsaved "), (.error, " error "),
        ]
        var used = 0
        var line = ""
        for (role, text) in parts {
            used += CharacterWidth.of(text)
            guard used <= width else { break }
            line += sgr(theme.style(role), depth: depth) + text + "\u{1B}[0m"
        }
        return line
    }

    static func sgr(_ style: RoleStyle, depth: ColorDepth) -> String {
        var codes: [String] = ["0"]
        for modifier in Modifier.allCases where style.modifiers.contains(modifier) {
            switch modifier {
            case .bold: codes.append("1")
            case .dim: codes.append("2")
            case .italic: codes.append("3")
            case .underline: codes.append("4")
            case .reverse: codes.append("7")
            }
        }
        codes += color(style.foreground, depth: depth, background: false)
        codes += color(style.background, depth: depth, background: true)
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    private static func color(_ color: ThemeColor, depth: ColorDepth, background: Bool) -> [String] {
        if depth == .direct, case .rgb(let r, let g, let b) = color {
            return [background ? "48" : "38", "2", "\(r)", "\(g)", "\(b)"]
        }
        guard let index = depth.paletteIndex(color) else { return [] }
        switch index {
        case 0..<8: return ["\((background ? 40 : 30) + index)"]
        case 8..<16: return ["\((background ? 100 : 90) + index - 8)"]
        default: return [background ? "48" : "38", "5", "\(index)"]
        }
    }
}
