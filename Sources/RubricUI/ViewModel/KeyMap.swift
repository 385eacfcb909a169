/// What a key asks the levels screen to do.
public enum Action: Equatable, Sendable {
    case previousArea, nextArea
    /// Movement: through the levels on the levels screen, through the lines in a box.
    case up, down, top, bottom, pageUp, pageDown
    case toggle, markSelected, markNumber
    case details, undo, redo, save, quit, help, problems, redraw, suspend
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

/// The levels screen's keys: the one table that the reducer, the help overlay and the hint
/// line all read, as lazygit's and tig's key maps are.
public enum KeyMap {
    public static let levels: [KeyBinding] = [
        bind([.left, .backTab, .character("h")], GlyphText("← h S-Tab", ascii: "Left h S-Tab"), .previousArea, "previous area (wraps around)"),
        bind([.right, .tab, .character("l")], GlyphText("→ l Tab", ascii: "Right l Tab"), .nextArea, "next area (wraps around)",
             hint: GlyphText("←→ area", ascii: "Left/Right area")),
        bind([.up, .character("k")], GlyphText("↑ k", ascii: "Up k"), .up, "previous level"),
        bind([.down, .character("j")], GlyphText("↓ j", ascii: "Down j"), .down, "next level",
             hint: GlyphText("↑↓ level", ascii: "Up/Down level")),
        bind([.home, .character("g")], "Home g", .top, "first level"),
        bind([.end, .character("G")], "End G", .bottom, "last level"),
        bind([.pageUp], "PgUp", .pageUp, "a page up"),
        bind([.pageDown], "PgDn", .pageDown, "a page down"),
        bind([.character(" ")], "Space", .toggle, "mark the selected level, or clear it when it is the marked one",
             hint: "Space toggle"),
        bind([.enter], "Enter", .markSelected, "mark the selected level (never clears)"),
        bind((0...9).map { .character(Character(String($0))) }, "1-9 0", .markNumber,
             "mark that level of the area; 0 clears the area", hint: "1-9 mark"),
        bind([.character("d")], "d", .details, "show or hide the selected level's details", hint: "d details"),
        bind([.character("u")], "u", .undo, "undo", hint: "u undo"),
        bind([.control("r")], "Ctrl-R", .redo, "redo"),
        bind([.character("s"), .control("s")], "s Ctrl-S", .save, "save", hint: "s save"),
        bind([.character("q"), .escape, .control("c")], "q Esc Ctrl-C", .quit,
             "quit (asks first when there are unsaved changes)", hint: "q quit"),
        bind([.character("?")], "?", .help, "this help", hint: "? help"),
        bind([.character("!")], "!", .problems, "the problems 'rubric check' finds in the file", hint: "! problems"),
        bind([.control("l")], "Ctrl-L", .redraw, "redraw the screen"),
        bind([.control("z")], "Ctrl-Z", .suspend, "suspend (fg brings it back)"),
    ]

    /// The hints, most important first: a narrow screen drops them from the end, whole.
    static let hintPriority: [Action] = [.quit, .save, .toggle, .help, .nextArea, .down, .markNumber, .undo, .details, .problems]

    /// The keys of the help and problems boxes: the same movement keys, which scroll there,
    /// and the terminal's own; any other key closes the box.
    public static let panel = levels.filter { [.up, .down, .top, .bottom, .pageUp, .pageDown, .redraw, .suspend].contains($0.action) }

    /// The action a key means in a table of bindings.
    public static func action(for key: Key, in table: [KeyBinding] = levels) -> Action? {
        table.first { $0.keys.contains(key) }?.action
    }

    /// The hint texts in priority order.
    public static func hints(_ glyphs: Glyphs) -> [String] { glyphs.isASCII ? asciiHints : unicodeHints }

    /// Worked out once: the hint line is drawn at every frame.
    private static let unicodeHints = hintTexts(.unicode)
    private static let asciiHints = hintTexts(.ascii)

    private static func hintTexts(_ glyphs: Glyphs) -> [String] {
        hintPriority.compactMap { action in levels.first { $0.action == action }?.hint?.text(glyphs) }
    }

    private static func bind(_ keys: [Key], _ label: GlyphText, _ action: Action, _ description: String,
                             hint: GlyphText? = nil) -> KeyBinding {
        KeyBinding(keys: keys, label: label, action: action, description: description, hint: hint)
    }
}
