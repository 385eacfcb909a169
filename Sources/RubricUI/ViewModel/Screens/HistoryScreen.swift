import RubricCore

/// The file's past from git: the total and each area over time as sparklines, and the
/// commits that changed the marks. It opens at once and fills in when git has answered
/// (the history is read in the background); Enter shows the selected revision's marks
/// beside the current ones.
enum HistoryScreen: ScreenBehavior {
    static func keys(_ state: AppState) -> KeyTable { KeyMap.history }
    static func title(_ state: AppState) -> String? { "history" }

    static func perform(_ action: Action?, in state: inout AppState) -> [Effect] {
        guard let action else { return [] }
        let count = state.history.entries.count
        func select(_ index: Int) {
            state.historySelection = min(max(0, index), max(0, count - 1))
            state.historyScroll = Scrolling.top(revealing: state.historySelection...state.historySelection, near: state.historyScroll,
                                                height: listHeight(state), count: count)
        }
        switch action {
        case .up: select(state.historySelection - 1)
        case .down: select(state.historySelection + 1)
        case .top: select(0)
        case .bottom: select(count - 1)
        case .pageUp: select(state.historySelection - 10)
        case .pageDown: select(state.historySelection + 10)
        case .compare: state.compareWithSelectedRevision()
        case .back: state.screens = [.levels]
        case .quit: return state.performShared(.quit) ?? []
        default: return state.performShared(action) ?? []
        }
        return []
    }
}

/// The history as far as it is known.
public enum HistoryLoad: Sendable {
    case notAsked
    /// git is running in the background.
    case loading
    case loaded(ScoreHistory)
    case failed(String)

    var entries: [ScoreHistory.Entry] {
        if case .loaded(let history) = self { return history.entries }
        return []
    }
}

extension AppState {
    /// Opens the history screen, asking for the history the first time.
    mutating func openHistory() -> [Effect] {
        screens = [.history]
        guard case .notAsked = history else { return [] }
        history = .loading
        return [.loadHistory]
    }

    /// Shows the selected revision's marks beside the current ones, on the levels screen.
    mutating func compareWithSelectedRevision() {
        let entries = history.entries
        guard entries.indices.contains(historySelection) else { return }
        let entry = entries[historySelection]
        guard entry.commit != nil else {
            message = Message(text: "That row is this file as saved now; choose a commit to compare with", isError: false)
            return
        }
        guard let document = entry.document() else { return }
        let name = "\(entry.shortCommit ?? "uncommitted") \(entry.date.prefix(10))"
        against = OtherAssessment(document, name: glyphs.text(name), matching: rubric)
        // Over the history screen, so that Esc comes back to it.
        screens = [.history, .levels]
        message = Message(text: "Beside \(glyphs.text(name)): ] [ go to the differences, x stops comparing", isError: false)
    }
}
