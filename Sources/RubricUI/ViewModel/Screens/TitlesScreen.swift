import RubricCore

/// What the score is worth: the ladder's titles, lowest first, met ones ticked, the current
/// title and the target marked, and what the selected one still takes. Enter makes it the
/// target, an undoable change that the next save writes; `c` clears the target.
enum TitlesScreen: ScreenBehavior {
    static func keys(_ state: AppState) -> KeyTable { KeyMap.titles }
    static func title(_ state: AppState) -> String? { "titles" }

    static func perform(_ action: Action?, in state: inout AppState) -> [Effect] {
        guard let action else { return [] }
        let titles = state.rubric.titles
        func select(_ index: Int) {
            state.titlesSelection = min(max(0, index), max(0, titles.count - 1))
            keepInView(&state)
        }
        switch action {
        case .up: select(state.titlesSelection - 1)
        case .down: select(state.titlesSelection + 1)
        case .top: select(0)
        case .bottom: select(titles.count - 1)
        case .pageUp: select(state.titlesSelection - max(1, listHeight(state) - 1))
        case .pageDown: select(state.titlesSelection + max(1, listHeight(state) - 1))
        case .select(let index): select(index)
        case .setTarget:
            guard state.titlesSelection < titles.count else { return [] }
            let name = titles[state.titlesSelection].name
            if !state.document.setTarget(name) { state.message = AppState.Message(text: "\(state.glyphs.text(SafeText.sanitized(name))) is already the target", isError: false) }
        case .clearTarget:
            if !state.document.setTarget(nil) { state.message = AppState.Message(text: "No target to clear", isError: false) }
        case .back: state.screens.removeLast()
        default: return state.performShared(action) ?? []
        }
        return []
    }

    /// Keeps the selected title's row in view.
    static func keepInView(_ state: inout AppState) {
        let selected = state.titlesSelection
        state.titlesScroll = Scrolling.top(revealing: selected...selected, near: state.titlesScroll, height: listHeight(state),
                                           count: state.rubric.titles.count)
    }
}

extension AppState {
    /// Opens the titles screen over the one shown, with the target selected (else the title
    /// the marks meet).
    mutating func openTitles() {
        titlesSelection = document.targetIndex ?? document.titleIndex ?? 0
        titlesScroll = 0
        screens.append(.titles)
        TitlesScreen.keepInView(&self)
    }

    /// The least level each area must reach for the target title, where there is one that
    /// can be met.
    public var requiredLevels: [Int]? {
        document.targetIndex.flatMap { rubric.levelsRequired(by: $0, from: document.levels) }
    }
}
