import RubricCore

/// Every area at once: group, name, a bar of the level out of the maximum, the level's name
/// or first words; group subtotals and the total. Enter opens the selected area's levels.
enum OverviewScreen: ScreenBehavior {
    static func keys(_ state: AppState) -> KeyTable { state.against == nil ? KeyMap.overview : KeyMap.overviewComparing }
    static func title(_ state: AppState) -> String? { "overview" }

    static func perform(_ action: Action?, in state: inout AppState) -> [Effect] {
        guard let action else { return [] }
        let ids = state.document.areaIDs
        let selected = state.document.position(of: state.selectedArea) ?? 0
        let page = max(1, listHeight(state) - 2)
        func select(_ index: Int) { state.overviewSelection = ids[min(max(0, index), ids.count - 1)] }
        switch action {
        case .up: select(selected - 1)
        case .down: select(selected + 1)
        case .top: select(0)
        case .bottom: select(ids.count - 1)
        case .pageUp: select(selected - page)
        case .pageDown: select(selected + page)
        case .open: state.open(area: state.selectedArea); return []
        case .back: state.screens = state.origin + [.levels]; return []
        default: return state.performShared(action) ?? []
        }
        keepInView(&state)
        return []
    }

    /// Keeps the selected area's row in view, moving the rows as little as possible.
    static func keepInView(_ state: inout AppState) {
        let rows = rows(state.rubric)
        let selected = rows.firstIndex(of: .area(state.document.position(of: state.selectedArea) ?? 0)) ?? 0
        state.overviewScroll = top(rows: rows.count, selected: selected, wanted: state.overviewScroll, height: listHeight(state))
    }

    /// The rows' height: the body less the introduction at its head.
    static func listHeight(_ state: AppState) -> Int { split(state, body: ScreenLayout(size: state.size).body).rows.height }
}

extension AppState {
    /// Opens the overview with the shown area selected.
    mutating func openOverview() {
        overviewSelection = area
        screens = origin + [.overview]
        OverviewScreen.keepInView(&self)
    }
}
