/// A key press, as the terminal backend decodes it.
public enum Key: Equatable, Sendable {
    case up, down, left, right
    case home, end, pageUp, pageDown
    case tab, backTab, enter, escape, backspace
    /// Ctrl with a letter, lower case: `.control("s")` is Ctrl-S.
    case control(Character)
    case character(Character)
}

/// What a key means at a one-letter prompt such as "(y)es (n)o (c)ancel".
enum PromptAnswer: Equatable {
    /// A letter, lower-cased: prompts take either case.
    case letter(Character)
    /// Esc or Ctrl-C: leave the prompt as if never asked.
    case cancel
}

extension Key {
    var promptAnswer: PromptAnswer? {
        switch self {
        case .character(let letter): return .letter(Character(letter.lowercased()))
        case .escape, .control("c"): return .cancel
        default: return nil
        }
    }
}
