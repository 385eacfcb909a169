import RubricCore

/// One area's levels, to read and mark: the screen the editor opens on.
enum LevelsScreen: ScreenBehavior {
    static func keys(_ state: AppState) -> KeyTable { state.against == nil ? KeyMap.levels : KeyMap.levelsComparing }

    static func perform(_ action: Action?, in state: inout AppState) -> [Effect] {
        guard let action else { return [] }
        let list = layout(state).list
        let id = state.area
        let cursor = state.cursor, count = list.levelLines.count
        // Moves start from what is shown, which the view may have scrolled since.
        state.scrolls[id] = list.scrollKeeping(level: cursor, in: state.scroll(in: id))
        switch action {
        case .previousArea: state.area = state.document.areaIDs[(state.areaIndex + state.areaNames.count - 1) % state.areaNames.count]
        case .nextArea: state.area = state.document.areaIDs[(state.areaIndex + 1) % state.areaNames.count]
        case .up: if !scrollWithinSelected(list, by: -1, in: &state) { state.cursors[id] = max(0, cursor - 1) }
        case .down: if !scrollWithinSelected(list, by: 1, in: &state) { state.cursors[id] = min(count - 1, cursor + 1) }
        case .top: state.cursors[id] = 0
        case .bottom: state.cursors[id] = count - 1
        case .pageUp: state.cursors[id] = max(0, cursor - pageStep(list))
        case .pageDown: state.cursors[id] = min(count - 1, cursor + pageStep(list))
        case .toggle: state.setLevel(state.document.level(of: id) == cursor + 1 ? 0 : cursor + 1, of: id)
        case .markSelected: state.setLevel(cursor + 1, of: id)
        case .details: toggleDetails(in: &state)
        case .overview: state.openOverview()
        // Esc goes back to the overview or the history when the area was opened from it;
        // else it quits.
        case .back: if !state.goBack() { return state.performShared(.quit) ?? [] }
        case .select(let index): state.cursors[id] = min(index, count - 1)
        default: return state.performShared(action) ?? []
        }
        // The list laid out above still holds unless the area or its open details changed.
        let unchanged = state.area == id && action != .details
        keepInView(&state, list: unchanged ? list : nil)
        return []
    }

    /// Keeps the selected level of the shown area fully in view (as much of it as fits),
    /// moving the list as little as possible. `list` is the area's layout when known.
    static func keepInView(_ state: inout AppState, list known: LevelListLayout? = nil) {
        let id = state.area
        let list = known ?? layout(state).list
        state.scrolls[id] = list.scrollKeeping(level: state.cursor, in: state.scroll(in: id))
    }

    private static func pageStep(_ list: LevelListLayout) -> Int { max(1, list.height / 4) }

    /// A level taller than the body is read line by line: ↑ and ↓ scroll through it before
    /// they move to the next level. False when the level is already shown to that end.
    private static func scrollWithinSelected(_ list: LevelListLayout, by step: Int, in state: inout AppState) -> Bool {
        let id = state.area
        let lines = list.levelLines[state.cursor], top = state.scroll(in: id), height = list.height
        guard lines.count > height else { return false }
        let shownToTheEnd = step > 0 ? top + height >= lines.upperBound : top <= lines.lowerBound
        guard !shownToTheEnd else { return false }
        state.scrolls[id] = top + step
        return true
    }

    static func toggleDetails(in state: inout AppState) {
        let level = AppState.LevelID(area: state.area, level: state.cursor)
        guard !state.currentArea.levels[state.cursor].details.isEmpty else {
            state.message = AppState.Message(text: "This level has no details", isError: false)
            return
        }
        if state.expanded.contains(level) { state.expanded.remove(level) } else { state.expanded.insert(level) }
    }
}
