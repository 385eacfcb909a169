import RubricCore
import RubricStyle

/// The history drawn: sparklines of the total and of each area, oldest to newest, then
/// the entries, newest first, the selected one highlighted.
extension HistoryScreen {
    static func draw(_ state: AppState, in body: Rect, into grid: inout Grid) -> [Region] {
        let glyphs = state.glyphs
        func centred(_ text: String, role: Role) {
            grid.put(TextWrap.fitted(text, width: body.width - 2, glyphs: glyphs), x: body.x + 1, y: body.y + 1, role: role)
        }
        switch state.history {
        case .notAsked, .loading:
            centred("Reading the history from git\(glyphs.ellipsis) (keys keep working; Esc goes back)", role: .message)
            return []
        case .failed(let reason):
            centred("No history: \(reason)", role: .error)
            return []
        case .loaded(let history):
            guard !history.entries.isEmpty else {
                centred("No commit has changed the marks yet.", role: .message)
                return []
            }
            return draw(history, state, in: body, into: &grid)
        }
    }

    /// The rows of the sparklines (the total's and each area's): the entries take at most
    /// half the body, or what they need; the sparklines the rest.
    static func sparklineRows(_ history: ScoreHistory, height: Int) -> Int {
        let listRows = min(history.entries.count, height / 2)
        return min((history.entries.first?.areas.count ?? 0) + 1, max(1, height - 1 - listRows))
    }

    /// The rows of the list of entries, under the sparklines and a rule.
    static func listHeight(_ state: AppState) -> Int {
        guard case .loaded(let history) = state.history else { return 1 }
        let height = ScreenLayout(size: state.size).bodyHeight
        return max(1, height - sparklineRows(history, height: height) - 1)
    }

    private static func draw(_ history: ScoreHistory, _ state: AppState, in body: Rect, into grid: inout Grid) -> [Region] {
        let glyphs = state.glyphs, entries = history.entries
        let oldestFirst = Array(entries.reversed())
        let newest = entries[0]
        let lineRows = sparklineRows(history, height: body.height)
        let nameWidth = min(20, max(5, newest.areas.map { CharacterWidth.of(glyphs.text(SafeText.sanitized($0.name))) }.max() ?? 0))
        let lineWidth = max(1, min(oldestFirst.count, body.width - nameWidth - 16))
        func line(_ row: Int, _ name: String, _ values: [Int], low: Int, high: Int, role: Role) {
            let y = body.y + row
            var x = grid.put(" " + TextWrap.fitted(name, width: nameWidth, glyphs: glyphs), x: body.x, y: y, role: role)
            x = max(x, body.x + nameWidth + 3)
            let shown = Array(values.suffix(lineWidth))
            x = grid.put(Sparkline.text(shown, low: low, high: high, ascii: glyphs.isASCII), x: x, y: y, role: .scoreFilled)
            grid.put("  \(values.first ?? 0) \(glyphs.isASCII ? "->" : "→") \(values.last ?? 0)", x: x, y: y, role: .scoreText)
        }
        let totals = oldestFirst.map(\.total)
        line(0, "Total", totals, low: totals.min() ?? 0, high: totals.max() ?? 0, role: .scoreText)
        // Areas that don't fit are said on the last row (when there is one below the total),
        // rather than left out without a sign.
        let hidden = newest.areas.count - (lineRows - 1)
        let shownAreas = newest.areas.prefix(max(0, hidden > 0 ? lineRows - 2 : lineRows - 1))
        if hidden > 0, lineRows >= 2 {
            let more = newest.areas.count - shownAreas.count
            grid.put(" \(glyphs.ellipsis) \(more) more \(more == 1 ? "area" : "areas") (a taller terminal shows them)", x: body.x, y: body.y + lineRows - 1, role: .description)
        }
        for (index, area) in shownAreas.enumerated() {
            let levels = oldestFirst.map { entry in entry.areas.score(of: area.id)?.level ?? 0 }
            line(index + 1, glyphs.text(SafeText.sanitized(area.name)), levels, low: 0, high: area.maximum, role: .levelText)
        }
        let listTop = body.y + lineRows + 1
        grid.put(String(repeating: glyphs.horizontal, count: body.width), x: body.x, y: listTop - 1, role: .border)
        let listHeight = max(1, body.height - lineRows - 1)
        let selected = min(state.historySelection, entries.count - 1)
        // Totals right-aligned in one column, so the subjects after them line up.
        let totalWidth = entries.map { "\($0.total)/\($0.maximum)".count }.max() ?? 0
        // Where the reducer scrolled the list, kept in the list as a resize may need.
        let top = Scrolling.top(near: state.historyScroll, height: listHeight, count: entries.count)
        for (offset, entry) in entries.dropFirst(top).prefix(listHeight).enumerated() {
            let index = top + offset, y = listTop + offset
            let isSelected = index == selected
            if isSelected {
                grid.fill(x: body.x, y: y, width: body.width, role: .selectedRow)
                grid.put(glyphs.selection, x: body.x, y: y, role: .selectedRow)
            }
            let commit = (entry.shortCommit ?? "(work)").padding(7)
            let total = "\(entry.total)/\(entry.maximum)"
            let text = "\(commit)  \(entry.date.prefix(10))  \(String(repeating: " ", count: totalWidth - total.count))\(total)  \(glyphs.text(SafeText.sanitized(entry.subject)))"
            grid.put(TextWrap.fitted(text, width: body.width - 3, glyphs: glyphs), x: body.x + 2, y: y, role: isSelected ? .selectedRow : .levelText)
        }
        if top > 0 { grid.put(glyphs.moreAbove, x: body.right - 1, y: listTop, role: .border) }
        if top + listHeight < entries.count { grid.put(glyphs.moreBelow, x: body.right - 1, y: body.bottom - 1, role: .border) }
        return []
    }
}

extension String {
    fileprivate func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}
