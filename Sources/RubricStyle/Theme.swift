/// A colour as a theme names it.
public enum ThemeColor: Equatable, Hashable, Sendable {
    /// The terminal's own foreground or background.
    case terminalDefault
    /// An index into the terminal's palette: 0–15 are the ANSI colours, 16–255 the
    /// 6×6×6 cube and the greys.
    case indexed(Int)
    case rgb(red: Int, green: Int, blue: Int)
}

public enum Modifier: String, CaseIterable, Hashable, Sendable {
    case bold, dim, underline, reverse, italic
}

/// How one role looks.
public struct RoleStyle: Equatable, Sendable {
    public var foreground: ThemeColor
    public var background: ThemeColor
    public var modifiers: Set<Modifier>

    public init(foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault, modifiers: Set<Modifier> = []) {
        self.foreground = foreground
        self.background = background
        self.modifiers = modifiers
    }
}

/// A style for every role.
public struct Theme: Equatable, Sendable {
    public var name: String
    public var styles: [Role: RoleStyle]

    public init(name: String, styles: [Role: RoleStyle]) {
        self.name = name
        self.styles = styles
    }

    public func style(_ role: Role) -> RoleStyle { styles[role] ?? RoleStyle() }
}
