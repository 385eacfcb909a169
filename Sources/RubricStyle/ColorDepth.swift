/// How many colours a terminal can show, and how a theme colour is brought down to them.
public enum ColorDepth: Equatable, Sendable {
    case none
    case eight
    case sixteen
    case indexed256
    case direct

    public init(colors: Int, directColor: Bool) {
        switch colors {
        case _ where directColor: self = .direct
        case 256...: self = .indexed256
        case 16..<256: self = .sixteen
        case 8..<16: self = .eight
        default: self = .none
        }
    }

    /// The palette index for a colour at this depth (nil for the terminal's default).
    /// `#rrggbb` maps to the nearest of the 256 (cube and greys), else of the 16 or 8.
    public func paletteIndex(_ color: ThemeColor) -> Int? {
        switch color {
        case .terminalDefault:
            return nil
        case .indexed(let index):
            switch self {
            case .none: return nil
            case .eight: return index < 8 ? index : (index < 16 ? index - 8 : Palette.nearest(Palette.rgb(of: index), among: 8))
            case .sixteen: return index < 16 ? index : Palette.nearest(Palette.rgb(of: index), among: 16)
            case .indexed256, .direct: return index
            }
        case .rgb(let r, let g, let b):
            switch self {
            case .none: return nil
            case .eight: return Palette.nearest((r, g, b), among: 8)
            case .sixteen: return Palette.nearest((r, g, b), among: 16)
            case .indexed256, .direct: return Palette.nearest256((r, g, b))
            }
        }
    }
}

/// The xterm palette, for finding the nearest colour.
public enum Palette {
    /// The usual xterm values of the 16 ANSI colours.
    static let ansi: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
    static let cubeLevels = [0, 95, 135, 175, 215, 255]

    public static func rgb(of index: Int) -> (Int, Int, Int) {
        switch index {
        case 0..<16: return ansi[index]
        case 16..<232:
            let i = index - 16
            return (cubeLevels[i / 36], cubeLevels[(i / 6) % 6], cubeLevels[i % 6])
        default:
            let grey = 8 + (index - 232) * 10
            return (grey, grey, grey)
        }
    }

    static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let dr = a.0 - b.0, dg = a.1 - b.1, db = a.2 - b.2
        return dr * dr + dg * dg + db * db
    }

    public static func nearest(_ color: (Int, Int, Int), among count: Int) -> Int {
        (0..<count).min { distance(rgb(of: $0), color) < distance(rgb(of: $1), color) }!
    }

    /// The nearest of the cube and the grey ramp (16–255), as xterm's own mapping does.
    public static func nearest256(_ color: (Int, Int, Int)) -> Int {
        func cubeStep(_ v: Int) -> Int { v < 48 ? 0 : (v < 115 ? 1 : (v - 35) / 40) }
        let (r, g, b) = (cubeStep(color.0), cubeStep(color.1), cubeStep(color.2))
        let cube = 16 + 36 * r + 6 * g + b
        let average = (color.0 + color.1 + color.2) / 3
        let greyIndex = average > 238 ? 23 : max(0, (average - 3) / 10)
        let grey = 232 + greyIndex
        return distance(rgb(of: grey), color) < distance(rgb(of: cube), color) ? grey : cube
    }
}
