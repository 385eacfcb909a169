import RubricCore
/// What is drawn: a screen of its own (levels, overview) or a box over one (help,
/// problems), or the notice that the terminal is too small.
///
/// Each screen is a small reducer and a view (`ScreenBehavior`); this enum is the one place
/// that says which is which, so adding a screen means a case here, its type, and its keys in
/// `KeyMap`.
public enum Screen: Equatable, Sendable {
    /// One area's levels, to read and mark.
    case levels
    /// Every area at once, with group subtotals and the total.
    case overview
    /// The marks over time, from the file's git history.
    case history
    /// What the score is worth: the ladder's titles, met or not, and the target to aim for.
    case titles
    /// The keys of the screen below, in a scrolling box.
    case help
    /// What `rubric check` reports about the file, in the same box.
    case problems
    /// The shown area's evidence, in the same box.
    case evidence
    /// Nothing fits: the sizes, and any question pending.
    case tooSmall

    /// Drawn over the screen below it, rather than in its place.
    public var isBox: Bool { self == .help || self == .problems || self == .evidence }

    var behavior: any ScreenBehavior.Type {
        switch self {
        case .levels: LevelsScreen.self
        case .overview: OverviewScreen.self
        case .history: HistoryScreen.self
        case .titles: TitlesScreen.self
        case .help, .problems, .evidence: BoxScreen.self
        case .tooSmall: TooSmallScreen.self
        }
    }
}

/// A screen's reducer and view.
protocol ScreenBehavior {
    /// The keys this screen takes, as the help and the hint line show them.
    static func keys(_ state: AppState) -> KeyTable
    /// What an action of this screen's keys does.
    static func perform(_ action: Action?, in state: inout AppState) -> [Effect]
    /// Draws the screen's body into `area`, returning what a click there can hit.
    static func draw(_ state: AppState, in area: Rect, into grid: inout Grid) -> [Region]
    /// What the title line says after the file's name: the screen's name, or where it is.
    static func title(_ state: AppState) -> String?
}

extension ScreenBehavior {
    /// By default, the shown area's group, where it has one.
    static func title(_ state: AppState) -> String? {
        state.rubric.group(of: state.rubric.areas[state.areaIndex]).map { state.glyphs.text(SafeText.sanitized($0.name)) }
    }
}

/// A question over any screen, answered (or cancelled with Esc) before any other key acts.
public enum Prompt: Equatable, Sendable {
    /// "Save changes? (y)es (n)o (c)ancel", on the way out.
    case quit
    /// The file changed on disk: overwrite, reload or cancel.
    case conflict
    /// Reloading drops the session's changes: asked once more.
    case reload
    /// The file's mode says read-only: overwrite or cancel.
    case readOnly(owner: String?)
    /// The save would write a score line with another maximum than the file states.
    case newMaximum(stated: String, saved: String)
    /// A rescue copy from a session that was hung up on is newer than the file.
    case rescue(RescueCopy)
    /// Remove rescue copies that are no longer wanted?
    case removeRescueCopies(RescueCleanup)
    /// Typing a word to search the levels for.
    case search
}
