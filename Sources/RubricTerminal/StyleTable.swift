import CNcursesw
import RubricUI

/// Each role's ncurses attributes and colour pair, set up once from the theme for what the
/// terminal can show.
struct StyleTable {
    struct Style {
        let attributes: attr_t
        let pair: Int16
    }

    private var styles: [Role: Style] = [:]

    init(theme: Theme) {
        var depth = ColorDepth.none
        if has_colors() {
            _ = start_color()
            _ = use_default_colors()
            depth = ColorDepth(colors: Int(rubric_colors()), directColor: false)
        }
        var pairs: [Pair: Int16] = [:]
        for role in Role.allCases {
            let style = theme.style(role)
            var attributes = rubric_a_normal()
            for modifier in style.modifiers { attributes |= Self.attribute(modifier) }
            var pair: Int16 = 0
            let foreground = depth.paletteIndex(style.foreground) ?? -1
            let background = depth.paletteIndex(style.background) ?? -1
            if depth != .none, foreground != -1 || background != -1 {
                let key = Pair(foreground: foreground, background: background)
                if let existing = pairs[key] {
                    pair = existing
                } else if pairs.count + 1 < Int(rubric_color_pairs()) {
                    pair = Int16(pairs.count + 1)
                    _ = init_pair(pair, Int16(foreground), Int16(background))
                    pairs[key] = pair
                }
            }
            styles[role] = Style(attributes: attributes, pair: pair)
        }
    }

    func style(for role: Role) -> Style { styles[role] ?? Style(attributes: rubric_a_normal(), pair: 0) }

    private struct Pair: Hashable {
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
