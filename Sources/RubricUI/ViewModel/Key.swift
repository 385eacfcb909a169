/// A key press, as the terminal backend decodes it.
public enum Key: Equatable, Sendable {
    case up, down, left, right
    case home, end, pageUp, pageDown
    case tab, backTab, enter, escape, backspace
    /// Ctrl with a letter, lower case: `.control("s")` is Ctrl-S.
    case control(Character)
    case character(Character)
}

