import CNcursesw
import RubricUI
import RubricStyle

/// Each role's ncurses attributes and colour pair, set up once from the theme for what the
/// terminal can show.
struct StyleTable {
    struct Style {
        let attributes: attr_t
        let pair: Int16
        /// What a blank in this style shows: its background colour, or nil when it shows
        /// more (reversed, underlined) and so looks like no other style's blank.
        var blank: Int? = nil
    }

    private var styles: [Role: Style] = [:]

    /// Uses `theme`, or `monochrome` when the terminal has no colours.
    init(theme chosen: Theme, monochrome: Theme) {
        var depth = ColorDepth.none
        if has_colors() {
            _ = start_color()
            _ = use_default_colors()
            // Direct-colour terminfo entries (xterm-direct) say so with the RGB flag.
            let direct = tigetflag("RGB") > 0 || rubric_colors() >= 0x100_0000
            depth = ColorDepth(colors: Int(rubric_colors()), directColor: direct)
        }
        let theme = depth == .none ? monochrome : chosen
        // A handful at most, so a list: looked up only here, once per role.
        var pairs: [Pair] = []
        for role in Role.allCases {
            let style = theme.style(role)
            var attributes = rubric_a_normal()
            for modifier in style.modifiers { attributes |= Self.attribute(modifier) }
            var pair: Int16 = 0
            let foreground = Self.colorNumber(style.foreground, depth: depth)
            let background = Self.colorNumber(style.background, depth: depth)
            if depth != .none, foreground != -1 || background != -1 {
                let key = Pair(foreground: foreground, background: background)
                if let existing = pairs.firstIndex(of: key) {
                    pair = Int16(existing + 1)
                } else if pairs.count + 1 < Int(rubric_color_pairs()) {
                    pairs.append(key)
                    pair = Int16(pairs.count)
                    _ = init_extended_pair(Int32(pair), Int32(foreground), Int32(background))
                }
            }
            let showsMore = style.modifiers.contains(.reverse) || style.modifiers.contains(.underline)
            styles[role] = Style(attributes: attributes, pair: pair, blank: showsMore ? nil : depth == .none ? -1 : background)
        }
    }

    func style(for role: Role) -> Style { styles[role] ?? Style(attributes: rubric_a_normal(), pair: 0) }

    /// Whether a blank in `role` looks the same as a blank in `other` (bold and the text's
    /// colour don't show on a blank): the blank can be written in `other`'s style, so that
    /// "2 ● Text" in one style is one run for the terminal, not three.
    func blanksLookAlike(_ role: Role, _ other: Role) -> Bool {
        guard let blank = style(for: role).blank else { return false }
        return blank == style(for: other).blank
    }

    /// Whether a blank in `role` looks like an erased cell: no attributes, the default colours.
    func looksErased(_ role: Role) -> Bool {
        let style = style(for: role)
        return style.attributes == rubric_a_normal() && style.pair == 0
    }

    /// The number ncurses wants for a colour: a palette index, or with direct colour the
    /// packed 0xRRGGBB value (below 8 the ANSI colours, as xterm-direct defines). -1 is the
    /// terminal's default.
    static func colorNumber(_ color: ThemeColor, depth: ColorDepth) -> Int {
        guard depth == .direct else { return depth.paletteIndex(color) ?? -1 }
        switch color {
        case .terminalDefault: return -1
        case .indexed(let index) where index < 8: return index
        case .indexed(let index):
            let (r, g, b) = Palette.rgb(of: index)
            return max(8, r << 16 | g << 8 | b)
        case .rgb(let r, let g, let b): return max(8, r << 16 | g << 8 | b)
        }
    }

    private struct Pair: Equatable {
        let foreground: Int
        let background: Int
    }

    private static func attribute(_ modifier: Modifier) -> attr_t {
        switch modifier {
        case .bold: return rubric_a_bold()
        case .dim: return rubric_a_dim()
        case .underline: return rubric_a_underline()
        case .reverse: return rubric_a_reverse()
        case .italic: return rubric_a_italic()
        }
    }
}
