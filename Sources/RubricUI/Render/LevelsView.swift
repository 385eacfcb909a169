import RubricCore
import RubricStyle

/// The levels screen drawn: the shown area's levels as a list, and at 120 columns or more
/// a reading pane beside it with the selected level in full.
extension LevelsScreen {
    /// Where the list and the pane go, and the list laid out in its part. The reducer asks
    /// for it too (to scroll and page), so both always agree on what fits.
    static func layout(_ state: AppState) -> (list: LevelListLayout, listRect: Rect, pane: Rect?) {
        layout(state, area: state.currentArea)
    }

    /// The same, for the shown area already converted for display.
    static func layout(_ state: AppState, area: DisplayArea) -> (list: LevelListLayout, listRect: Rect, pane: Rect?) {
        let body = ScreenLayout(size: state.size).body
        var listRect = body, pane: Rect?
        if body.width >= ReadingPane.minimumScreenWidth {
            listRect.width = ReadingPane.listWidth(screen: body.width)
            pane = Rect(x: listRect.right + 1, y: body.y, width: body.width - listRect.width - 1, height: body.height)
        }
        let list = LevelListLayout(area: area, id: state.area, expanded: state.expanded,
                                   width: listRect.width, height: listRect.height, glyphs: state.glyphs, otherColumn: state.against != nil)
        return (list, listRect, pane)
    }

    static func draw(_ state: AppState, in body: Rect, into grid: inout Grid) -> [Region] {
        let area = state.currentArea
        let (list, rect, pane) = layout(state, area: area)
        let glyphs = state.glyphs
        let top = list.scrollKeeping(level: state.cursor, in: state.scroll(in: state.area))
        let marked = state.document.level(of: state.area)
        // The level the target asks of this area, shown where it is above the marked one.
        let required = state.requiredLevels.map { $0[state.areaIndex] }.flatMap { $0 > marked ? $0 : nil }
        let wanted = Array(state.search.query.lowercased())
        var regions: [Region] = []
        for row in 0..<rect.height {
            let index = top + row
            guard index < list.lines.count else { break }
            let line = list.lines[index]
            let y = rect.y + row
            let selected = line.level != nil && line.level == state.cursor
            let isMarked = line.level.map { $0 + 1 == marked } ?? false
            // The selected level is highlighted across the whole width, every line of it;
            // the marked one has a style of its own.
            let textRole: Role = switch line.kind {
            case _ where selected: .selectedRow
            case .description: .description
            case .detailsSummary, .detailsBody: .details
            case .levelFirst, .levelMore: isMarked ? .markedLevel : .levelText
            }
            if selected { grid.fill(x: rect.x, y: y, width: rect.width, role: .selectedRow) }
            if let level = line.level {
                let target: HitTarget = line.kind == .detailsSummary ? .details(index: level) : .level(index: level)
                regions.append(Region(rect: Rect(x: rect.x, y: y, width: rect.width, height: 1), target: target))
            }
            if line.kind == .levelFirst, let level = line.level {
                if selected { grid.put(glyphs.selection, x: rect.x, y: y, role: .selectedRow) }
                let number = String(level + 1)
                grid.put(number, x: rect.x + list.markX - 1 - number.count, y: y, role: textRole)
                let isRequired = level + 1 == required
                let indicator = isMarked ? glyphs.marked : isRequired ? glyphs.required : glyphs.unmarked
                grid.put(indicator, x: rect.x + list.markX, y: y, role: selected ? .selectedRow : isRequired ? .target : .markIndicator)
                // The number, the indicator and the blank between: a target wider than one column.
                let markEnd = rect.x + list.markX + CharacterWidth.of(indicator)
                regions.append(Region(rect: Rect(x: rect.x + 1, y: y, width: markEnd - rect.x - 1, height: 1), target: .mark(index: level)))
                if let otherX = list.otherX, state.against?.level(of: state.area) == level + 1 {
                    grid.put(glyphs.otherMarked, x: rect.x + otherX, y: y, role: selected ? .selectedRow : .otherMark)
                }
            }
            let x = rect.x + line.x
            grid.put(line.text, x: x, y: y, role: textRole, limit: rect.right - 1)
            highlight(wanted, in: line.text, x: x, y: y, limit: rect.right - 1, into: &grid)
        }
        // A hint that more lies above or below the visible part.
        if top > 0 { grid.put(glyphs.moreAbove, x: rect.right - 1, y: rect.y, role: .border) }
        if top + rect.height < list.lines.count {
            grid.put(glyphs.moreBelow, x: rect.right - 1, y: rect.bottom - 1, role: .border)
        }
        if let pane {
            for y in pane.y..<pane.bottom { grid.put(glyphs.vertical, x: pane.x - 1, y: y, role: .border) }
            ReadingPane.draw(state, area: area, in: pane, into: &grid)
        }
        return regions
    }

    /// Paints the search's matches in a drawn line.
    static func highlight(_ wanted: [Character], in text: String, x: Int, y: Int, limit: Int, into grid: inout Grid) {
        guard !wanted.isEmpty else { return }
        let characters = Array(text)
        for range in Search.columns(of: wanted, in: text) {
            let start = x + characters[..<range.lowerBound].reduce(0) { $0 + CharacterWidth.of($1) }
            let width = characters[range].reduce(0) { $0 + CharacterWidth.of($1) }
            grid.fill(x: start, y: y, width: min(width, limit - start), role: .searchMatch)
        }
    }
}
