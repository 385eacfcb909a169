import RubricStyle

import RubricCore

/// What a key, a click or the wheel asks a screen to do: each input becomes one of these
/// (a click perhaps several), and only the screens' `perform` acts on them.
public enum Action: Equatable, Sendable {
    case previousArea, nextArea
    /// Movement: through the levels, the overview's areas, or the lines of a box.
    case up, down, top, bottom, pageUp, pageDown
    case toggle, markSelected
    /// The digit keys in the key map (one binding for ten keys); a digit pressed becomes
    /// `mark(N)`.
    case markNumber
    /// Mark level N of the selected area (0 clears it).
    case mark(Int)
    /// Select a level of the shown area by its index (from 0), as a click on it does.
    case select(index: Int)
    /// Show an area's levels, as a click on its tab or overview row does.
    case openArea(AreaID)
    case details
    /// The overview: open it, open the selected area from it, go back from it.
    case overview, open, back
    /// The history screen: compare with the selected revision.
    case compare
    /// The history screen.
    case history
    /// The titles screen; there, making the selected title the target, or clearing it.
    case titles, setTarget, clearTarget
    /// The shown area's evidence: in a box, and in the person's own editor.
    case showEvidence, editEvidence
    /// The team screen: mark a person to compare with, read the files again.
    case markToCompare, reload
    case search, nextMatch, previousMatch
    /// With a second assessment: the next or previous area where the two differ, and
    /// taking its level.
    case nextDifference, previousDifference, takeOther, stopComparing
    case undo, redo, save, quit, help, problems, redraw, suspend
    /// At a question: one of its answers, by its letter; or putting it off.
    case answer(Character), cancel
    /// While a search is typed: go to the first match, or take back a character.
    case go, erase
}

/// Text that differs between the Unicode and the ASCII glyph sets (arrows, mostly).
public struct GlyphText: Sendable, ExpressibleByStringLiteral {
    public let unicode: String
    public let ascii: String

    public init(_ unicode: String, ascii: String) { self.unicode = unicode; self.ascii = ascii }
    public init(stringLiteral value: String) { self.init(value, ascii: value) }

    public func text(_ glyphs: Glyphs) -> String { glyphs.isASCII ? ascii : unicode }
}

/// One line of the key map: the keys, the action, and how the help and the hint line name it.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    /// How the help lists the keys.
    public let label: GlyphText
    public let action: Action
    public let description: String
    /// The hint line's short form, or nil for keys only the help lists.
    public let hint: GlyphText?
}

/// One screen's keys, and which of their hints matter most.
public struct KeyTable: Sendable {
    public let bindings: [KeyBinding]
    /// The hint texts, most important first: a narrow screen drops them from the end, whole.
    private let unicodeHints: [String]
    private let asciiHints: [String]

    /// `closing` is a last hint for a screen that closes on keys it doesn't list.
    init(_ bindings: [KeyBinding], hintOrder: [Action], closing: String? = nil) {
        self.bindings = bindings
        func hints(_ glyphs: Glyphs) -> [String] {
            hintOrder.compactMap { action in bindings.first { $0.action == action }?.hint?.text(glyphs) } + (closing.map { [$0] } ?? [])
        }
        // Worked out once: the hint line is drawn at every frame.
        unicodeHints = hints(.unicode)
        asciiHints = hints(.ascii)
    }

    /// The action a key means on this screen; a digit bound to `markNumber` is `mark(N)`.
    public func action(for key: Key) -> Action? {
        let action = bindings.first { $0.keys.contains(key) }?.action
        if action == .markNumber, case .character(let digit) = key, let level = Int(String(digit)) { return .mark(level) }
        return action
    }
    public func hints(_ glyphs: Glyphs) -> [String] { glyphs.isASCII ? asciiHints : unicodeHints }
}

/// Every screen's keys: the one table that the reducers, the help box and the hint line
/// all read, as lazygit's and tig's key maps are.
public enum KeyMap {
    public static let levels = KeyTable(levelBindings,
        hintOrder: [.quit, .save, .toggle, .help, .nextArea, .down, .overview, .search, .markNumber, .undo, .titles, .showEvidence, .editEvidence, .details, .problems])

    /// The same keys with a second assessment open, whose keys then come first in the hints.
    public static let levelsComparing = KeyTable(levelBindings,
        hintOrder: [.quit, .save, .toggle, .nextDifference, .takeOther, .stopComparing, .help, .nextArea, .down, .overview, .search, .undo])

    private static let levelBindings: [KeyBinding] = [
        bind([.left, .backTab, .character("h")], GlyphText("← h S-Tab", ascii: "Left h S-Tab"), .previousArea, "previous area (wraps around)"),
        bind([.right, .tab, .character("l")], GlyphText("→ l Tab", ascii: "Right l Tab"), .nextArea, "next area (wraps around)",
             hint: GlyphText("←→ area", ascii: "Left/Right area")),
    ] + movement(["previous level", "next level", "first level", "last level"], hint: "level") + [
        bind([.character(" ")], "Space", .toggle, "mark the selected level, or clear it when it is the marked one",
             hint: "Space toggle"),
        bind([.enter], "Enter", .markSelected, "mark the selected level (never clears)"),
        markNumber("mark that level of the area; 0 clears the area"),
        bind([.character("d")], "d", .details, "show or hide the selected level's details", hint: "d details"),
        bind([.character("o")], "o", .overview, "overview: every area at once", hint: "o overview"),
    ] + shared + [
        bind([.character("q"), .control("c")], "q Ctrl-C", .quit, "quit (asks first when there are unsaved changes)", hint: "q quit"),
        bind([.escape], "Esc", .back, "back to the overview or the history the area was opened from; else quit"),
    ]

    public static let overview = KeyTable(overviewBindings, hintOrder: [.quit, .open, .back, .save, .help, .down, .search, .markNumber, .undo, .titles, .showEvidence, .problems])

    /// With a second assessment open, its keys come first in the hints.
    public static let overviewComparing = KeyTable(overviewBindings,
        hintOrder: [.quit, .open, .back, .nextDifference, .takeOther, .stopComparing, .save, .help, .down, .search, .undo])

    private static let overviewBindings: [KeyBinding] = movement(["previous area", "next area", "first area", "last area"], hint: "area") + [
        bind([.enter, .right, .character("l")], GlyphText("Enter → l", ascii: "Enter Right l"), .open, "open the selected area's levels",
             hint: "Enter open"),
        markNumber("mark that level of the selected area; 0 clears it"),
        bind([.character("o"), .escape, .left, .character("h")], GlyphText("o Esc ← h", ascii: "o Esc Left h"), .back,
             "back to the levels of the area that was shown", hint: "Esc back"),
    ] + shared + [
        bind([.character("q"), .control("c")], "q Ctrl-C", .quit, "quit (asks first when there are unsaved changes)", hint: "q quit"),
    ]

    /// The keys of the help and problems boxes: the movement keys scroll there, and the
    /// terminal's own keys act; any other key closes the box.
    public static let box = KeyTable(movement(["scroll up", "scroll down", "to the top", "to the end"], hint: "scroll") + [
        bind([.control("l")], "Ctrl-L", .redraw, "redraw the screen"),
        bind([.control("z")], "Ctrl-Z", .suspend, "suspend (fg brings it back)"),
    ], hintOrder: [.down], closing: "any other key closes")

    /// While the terminal is too small, keys that would change marks unseen do nothing.
    public static let tooSmall = KeyTable(
        levels.bindings.filter { [.quit, .back, .redraw].contains($0.action) }, hintOrder: [])

    /// What the mouse does on the full screens, for the help box after their keys.
    public static let mouse = (label: "Mouse", text: "click a tab to open its area, a level to select it, its number or mark to toggle it, "
        + "an overview row to open it, a details line to open it; the wheel moves as the arrows do (--no-mouse leaves the mouse to the terminal)")

    /// A question's keys: each answer's letter, in either case, and Esc or Ctrl-C to put it
    /// off. The hint line lists them, as every screen's.
    public static func prompt(_ prompt: Prompt) -> KeyTable {
        guard prompt != .search else { return searchTyping }
        let answers = prompt.answers.map { letter, meaning in
            bind([.character(letter), .character(Character(letter.uppercased()))], GlyphText(stringLiteral: String(letter)), .answer(letter), meaning,
                 hint: GlyphText(stringLiteral: "\(letter) \(meaning)"))
        }
        let table = answers + [bind([.escape, .control("c")], "Esc", .cancel, "put the question off", hint: "Esc cancel")]
        return KeyTable(table, hintOrder: prompt.answers.map { .answer($0.letter) } + [.cancel])
    }

    /// While a search is typed, the keys that aren't text.
    private static let searchTyping = KeyTable([
        bind([.enter], "Enter", .go, "go to the first match from the selected level on", hint: "Enter go"),
        bind([.escape, .control("c")], "Esc", .cancel, "cancel the search", hint: "Esc cancel"),
        bind([.backspace], "Backspace", .erase, "take back a character", hint: "Backspace erase"),
    ], hintOrder: [.go, .cancel, .erase])

    /// The history screen's keys.
    public static let history = KeyTable(movement(["newer entry", "older entry", "newest", "oldest"], hint: "entry") + [
        bind([.enter], "Enter", .compare, "show that revision's marks beside the current ones", hint: "Enter compare"),
        bind([.escape, .character("H"), .left, .character("h")], GlyphText("Esc H ← h", ascii: "Esc H Left h"), .back,
             "back to the levels", hint: "Esc back"),
    ] + shared.filter { $0.action != .history } + [
        bind([.character("q"), .control("c")], "q Ctrl-C", .quit, "quit (asks first when there are unsaved changes)", hint: "q quit"),
    ], hintOrder: [.quit, .compare, .back, .down, .help])

    /// The titles screen's keys.
    public static let titles = KeyTable(movement(["previous title", "next title", "lowest title", "highest title"], hint: "title") + [
        bind([.enter], "Enter", .setTarget, "make the selected title the target (saved with the next save; u undoes it)", hint: "Enter target"),
        bind([.character("c"), .backspace], "c Backspace", .clearTarget, "clear the target", hint: "c clear target"),
        bind([.escape, .character("t"), .left, .character("h")], GlyphText("Esc t ← h", ascii: "Esc t Left h"), .back,
             "back to the screen the titles were opened from", hint: "Esc back"),
    ] + shared.filter { [.undo, .redo, .save, .help, .problems, .redraw, .suspend].contains($0.action) } + [
        bind([.character("q"), .control("c")], "q Ctrl-C", .quit, "quit (asks first when there are unsaved changes)", hint: "q quit"),
    ], hintOrder: [.quit, .setTarget, .clearTarget, .back, .down, .save, .undo, .help])

    /// The team screen's keys (`rubric FOLDER`).
    public static let team = KeyTable(movement(["previous person", "next person", "first person", "last person"], hint: "person") + [
        bind([.left, .character("h")], GlyphText("← h", ascii: "Left h"), .previousArea, "show the areas to the left"),
        bind([.right, .character("l")], GlyphText("→ l", ascii: "Right l"), .nextArea, "show the areas to the right", hint: GlyphText("←→ areas", ascii: "Left/Right areas")),
        bind([.enter], "Enter", .open, "open the selected person's file in the editor (quitting it comes back here)", hint: "Enter open"),
        bind([.character("c")], "c", .markToCompare, "mark the selected person: Enter on another opens them against this one (c again unmarks)",
             hint: "c compare"),
        bind([.character("r")], "r", .reload, "read the files again", hint: "r reread"),
        bind([.control("l")], "Ctrl-L", .redraw, "redraw the screen"),
        bind([.control("z")], "Ctrl-Z", .suspend, "suspend (fg brings it back)"),
        bind([.character("q"), .escape, .control("c")], "q Esc Ctrl-C", .quit, "quit", hint: "q quit"),
    ], hintOrder: [.quit, .open, .markToCompare, .down, .nextArea, .reload])

    /// Keys every full screen takes.
    private static let shared: [KeyBinding] = [
        bind([.character("H")], "H", .history, "the marks over time, from the file's git history", hint: "H history"),
        bind([.character("t")], "t", .titles, "titles: what the score is worth, and the target to aim for", hint: "t titles"),
        bind([.character("e")], "e", .showEvidence, "the area's evidence, in a box (beside the level at 120 columns and more)", hint: "e evidence"),
        bind([.character("E")], "E", .editEvidence, "edit the area's evidence in your editor ($VISUAL, else $EDITOR, else vi); saved with the next save",
             hint: "E edit evidence"),
        bind([.character("/")], "/", .search, "search the levels of every area; Enter goes to the first match", hint: "/ search"),
        bind([.character("n")], "n", .nextMatch, "next match of the last search"),
        bind([.character("N")], "N", .previousMatch, "previous match"),
        bind([.character("]")], "]", .nextDifference, "with --against: the next area where the two assessments differ", hint: "] [ differ"),
        bind([.character("[")], "[", .previousDifference, "with --against: the previous area where they differ"),
        bind([.character("=")], "=", .takeOther, "with --against: take the other's level for this area (undo takes it back)",
             hint: "= take theirs"),
        bind([.character("x")], "x", .stopComparing, "stop comparing: hide the other assessment (--against, or a revision from the history)",
             hint: "x stop comparing"),
        bind([.character("u")], "u", .undo, "undo", hint: "u undo"),
        bind([.control("r")], "Ctrl-R", .redo, "redo"),
        bind([.character("s"), .control("s")], "s Ctrl-S", .save, "save", hint: "s save"),
        bind([.character("?")], "?", .help, "this help", hint: "? help"),
        bind([.character("!")], "!", .problems, "the problems 'rubric check' finds in the file", hint: "! problems"),
        bind([.control("l")], "Ctrl-L", .redraw, "redraw the screen"),
        bind([.control("z")], "Ctrl-Z", .suspend, "suspend (fg brings it back)"),
    ]

    /// The same six movement keys on every screen that moves through something; `words`
    /// say what ↑ ↓ Home End do there, `hint` what ↑↓ moves through.
    private static func movement(_ words: [String], hint: String) -> [KeyBinding] {
        [
            bind([.up, .character("k")], GlyphText("↑ k", ascii: "Up k"), .up, words[0]),
            bind([.down, .character("j")], GlyphText("↓ j", ascii: "Down j"), .down, words[1],
                 hint: GlyphText("↑↓ \(hint)", ascii: "Up/Down \(hint)")),
            bind([.home, .character("g")], "Home g", .top, words[2]),
            bind([.end, .character("G")], "End G", .bottom, words[3]),
            bind([.pageUp], "PgUp", .pageUp, "a page up"),
            bind([.pageDown], "PgDn", .pageDown, "a page down"),
        ]
    }

    private static func markNumber(_ description: String) -> KeyBinding {
        bind((0...9).map { .character(Character(String($0))) }, "1-9 0", .markNumber, description, hint: "1-9 mark")
    }

    private static func bind(_ keys: [Key], _ label: GlyphText, _ action: Action, _ description: String,
                             hint: GlyphText? = nil) -> KeyBinding {
        KeyBinding(keys: keys, label: label, action: action, description: description, hint: hint)
    }
}
