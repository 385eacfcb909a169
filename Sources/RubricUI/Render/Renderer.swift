/// Draws a state into a grid of any size. Pure: the same state and size give the same grid.
public enum Renderer {
    public static func render(_ state: AppState) -> Grid {
        var grid = Grid(width: state.size.width, height: state.size.height)
        let layout = ScreenLayout(size: state.size)
        if layout.isTooSmall {
            drawTooSmall(&grid)
            return grid
        }
        drawTitle(state, layout, &grid)
        TabBar.draw(state, row: layout.tabRow, into: &grid)
        grid.put(String(repeating: "─", count: grid.width), x: 0, y: layout.borderRow, role: .border)
        drawBody(state, layout, &grid)
        ScoreBar.draw(state, row: layout.scoreRow, into: &grid)
        drawMessage(state, layout, &grid)
        drawHints(state, layout, &grid)
        if state.mode == .help { HelpOverlay.draw(into: &grid) }
        return grid
    }

    private static func drawTooSmall(_ grid: inout Grid) {
        let lines = ["Terminal too small", "need \(ScreenLayout.minimum.width)×\(ScreenLayout.minimum.height)", "q quits"]
        let top = max(0, (grid.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let x = max(0, (grid.width - CharacterWidth.of(line)) / 2)
            grid.put(line, x: x, y: top + offset, role: offset == 0 ? .error : .normal)
        }
    }

    private static func drawTitle(_ state: AppState, _ layout: ScreenLayout, _ grid: inout Grid) {
        grid.fill(x: 0, y: layout.titleRow, width: grid.width, role: .title)
        let help = "? help "
        let right = grid.width - CharacterWidth.of(help)
        var title = " rubric · \(state.fileName)"
        if state.isNewFile { title += " (new)" }
        if let group = state.currentArea.group { title += " · \(group)" }
        if CharacterWidth.of(title) > right - 1 { title = LevelListLayout.truncated(title, width: right - 1) }
        grid.put(title, x: 0, y: layout.titleRow, role: .title, limit: right)
        grid.put(help, x: right, y: layout.titleRow, role: .title)
    }

    private static func drawBody(_ state: AppState, _ layout: ScreenLayout, _ grid: inout Grid) {
        let list = state.levelList
        let top = state.scrolls[state.areaIndex]
        let marked = state.levels[state.areaIndex]
        for row in 0..<layout.bodyHeight {
            let index = top + row
            guard index < list.lines.count else { break }
            let line = list.lines[index]
            let y = layout.bodyTop + row
            let selected = line.level == state.cursor
            let isMarked = line.level.map { $0 + 1 == marked } ?? false
            let textRole: Role = switch line.kind {
            case .description: .description
            case .detailsSummary, .detailsBody: .details
            case .levelFirst, .levelMore: .levelText
            }
            // The selection is a bar in the gutter, not the whole text in reverse: a move then
            // redraws a few cells, not every line of two levels.
            if selected, line.level != nil { grid.put("▌", x: 0, y: y, role: .selectedRow) }
            if line.kind == .levelFirst, let level = line.level {
                let number = String(level + 1)
                let numberX = list.textX - 3 - number.count
                grid.put(number, x: numberX, y: y, role: textRole)
                grid.put(isMarked ? LevelListLayout.markedSymbol : LevelListLayout.unmarkedSymbol,
                         x: list.textX - 2, y: y, role: .markIndicator)
            }
            grid.put(line.text, x: line.x, y: y, role: textRole, limit: grid.width - 1)
        }
        // A hint that more lies above or below the visible part.
        if top > 0 { grid.put("▲", x: grid.width - 1, y: layout.bodyTop, role: .border) }
        if top + layout.bodyHeight < list.lines.count {
            grid.put("▼", x: grid.width - 1, y: layout.bodyTop + layout.bodyHeight - 1, role: .border)
        }
    }

    private static func drawMessage(_ state: AppState, _ layout: ScreenLayout, _ grid: inout Grid) {
        let prompt: String? = switch state.mode {
        case .confirmQuit: "Save changes? (y)es (n)o (c)ancel"
        case .conflict: "The file changed on disk. (o)verwrite it, (r)eload it, or (c)ancel?"
        case .confirmReload: "Reload and drop your unsaved changes? (y)es (n)o"
        case .rescueOffer: "\(state.rescue?.name ?? "A rescue copy") is newer, with unsaved marks: (o)pen them, (i)gnore"
        case .normal, .help: nil
        }
        if let prompt {
            grid.put(" " + prompt, x: 0, y: layout.messageRow, role: .message)
        } else if let message = state.message {
            grid.put(" " + message.text, x: 0, y: layout.messageRow, role: message.isError ? .error : .message)
        }
    }

    static let hints = "←→ area  ↑↓ level  Space toggle  1-9 mark  d details  u undo  s save  q quit"

    private static func drawHints(_ state: AppState, _ layout: ScreenLayout, _ grid: inout Grid) {
        grid.fill(x: 0, y: layout.hintRow, width: grid.width, role: .keyHint)
        var text = " " + hints
        if CharacterWidth.of(text) > grid.width { text = LevelListLayout.truncated(text, width: grid.width) }
        grid.put(text, x: 0, y: layout.hintRow, role: .keyHint)
    }
}
