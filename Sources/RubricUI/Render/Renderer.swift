/// Draws a state into a grid of any size. Pure: the same state and size give the same grid.
public enum Renderer {
    public static func render(_ state: AppState) -> Grid {
        var grid = Grid(width: state.size.width, height: state.size.height, asciiOnly: state.glyphs.isASCII)
        let layout = ScreenLayout(size: state.size)
        if layout.isTooSmall {
            drawTooSmall(state, &grid)
            return grid
        }
        drawTitle(state, layout, &grid)
        TabBar.draw(state, row: layout.tabRow, into: &grid)
        grid.put(String(repeating: state.glyphs.horizontal, count: grid.width), x: 0, y: layout.borderRow, role: .border)
        drawBody(state, layout, &grid)
        ScoreBar.draw(state, row: layout.scoreRow, into: &grid)
        drawMessage(state, layout, &grid)
        drawHints(state, layout, &grid)
        if state.mode == .help || state.mode == .problems {
            PanelLayout(state: state).draw(into: &grid, scroll: state.panelScroll, glyphs: state.glyphs)
        }
        return grid
    }

    /// What the size is and what it needs, and any question pending, wrapped to fit.
    private static func drawTooSmall(_ state: AppState, _ grid: inout Grid) {
        let minimum = ScreenLayout.minimum, times = state.glyphs.times
        var lines = ["Terminal too small:", "\(grid.width)\(times)\(grid.height), needs \(minimum.width)\(times)\(minimum.height)"]
        if let prompt = prompt(state) {
            lines += TextWrap.lines(prompt, width: grid.width)
        } else {
            lines.append(state.isModified ? "q quits (asks to save)" : "q quits")
        }
        let top = max(0, (grid.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let x = max(0, (grid.width - CharacterWidth.of(line)) / 2)
            let role: Role = offset == 0 ? .error : offset >= 2 && state.mode.isPrompt ? .message : .normal
            grid.put(line, x: x, y: top + offset, role: role)
        }
    }

    private static func drawTitle(_ state: AppState, _ layout: ScreenLayout, _ grid: inout Grid) {
        grid.fill(x: 0, y: layout.titleRow, width: grid.width, role: .title)
        let help = "? help "
        let right = grid.width - CharacterWidth.of(help)
        let dot = state.glyphs.dot
        var title = " rubric \(dot) \(state.fileName)\(state.isReadOnly ? " [read-only]" : "")"
        if let group = state.currentArea.group { title += " \(dot) \(group)" }
        if CharacterWidth.of(title) > right - 1 { title = TextWrap.truncated(title, width: right - 1, ellipsis: state.glyphs.ellipsis) }
        grid.put(title, x: 0, y: layout.titleRow, role: .title, limit: right)
        grid.put(help, x: right, y: layout.titleRow, role: .title)
    }

    private static func drawBody(_ state: AppState, _ layout: ScreenLayout, _ grid: inout Grid) {
        let list = state.levelList, glyphs = state.glyphs
        let top = state.scrolls[state.areaIndex]
        let marked = state.chosenLevels[state.areaIndex]
        for row in 0..<layout.bodyHeight {
            let index = top + row
            guard index < list.lines.count else { break }
            let line = list.lines[index]
            let y = layout.bodyTop + row
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
            if selected { grid.fill(x: 0, y: y, width: grid.width, role: .selectedRow) }
            if line.kind == .levelFirst, let level = line.level {
                if selected { grid.put(glyphs.selection, x: 0, y: y, role: .selectedRow) }
                let number = String(level + 1)
                grid.put(number, x: list.markX - 1 - number.count, y: y, role: textRole)
                grid.put(isMarked ? glyphs.marked : glyphs.unmarked, x: list.markX, y: y, role: selected ? .selectedRow : .markIndicator)
            }
            grid.put(line.text, x: line.x, y: y, role: textRole, limit: grid.width - 1)
        }
        // A hint that more lies above or below the visible part.
        if top > 0 { grid.put(glyphs.moreAbove, x: grid.width - 1, y: layout.bodyTop, role: .border) }
        if top + layout.bodyHeight < list.lines.count {
            grid.put(glyphs.moreBelow, x: grid.width - 1, y: layout.bodyTop + layout.bodyHeight - 1, role: .border)
        }
    }

    /// The question a prompt asks, or nil on a screen with no prompt.
    static func prompt(_ state: AppState) -> String? {
        switch state.mode {
        case .confirmQuit: return "Save changes? (y)es (n)o (c)ancel"
        case .conflict: return "The file changed on disk. (o)verwrite it, (r)eload it, or (c)ancel?"
        case .confirmReload: return "Reload and drop your unsaved changes? (y)es (n)o"
        case .confirmReadOnly: return "\(state.fileName) is read-only: (o)verwrite (c)ancel"
        case .rescueOffer:
            guard let copy = state.rescue else { return nil }
            let which = copy.count > 1 ? "the newest of \(copy.count) rescue copies" : "newer than the file"
            return "Unsaved marks in \(copy.name) (\(which)): (o)pen (i)gnore"
        case .normal, .help, .problems: return nil
        }
    }

    /// The prompt or message on the line above the hints. A question that doesn't fit wraps
    /// upward over the score bar and the body, so that none of its choices is ever cut off;
    /// a message keeps to its line.
    private static func drawMessage(_ state: AppState, _ layout: ScreenLayout, _ grid: inout Grid) {
        let width = max(1, grid.width - 2)
        let lines: ArraySlice<String>, role: Role
        if let prompt = prompt(state) {
            lines = TextWrap.lines(prompt, width: width).suffix(layout.messageRow - layout.bodyTop + 1)
            role = .message
        } else if let message = state.message {
            let fits = CharacterWidth.of(message.text) <= width
            lines = [fits ? message.text : TextWrap.truncated(message.text, width: width, ellipsis: state.glyphs.ellipsis)]
            role = message.isError ? .error : .message
        } else {
            return
        }
        for (offset, line) in lines.enumerated() {
            let y = layout.messageRow - lines.count + 1 + offset
            grid.clear(x: 0, y: y, width: grid.width, height: 1)
            grid.put(" " + line, x: 0, y: y, role: role)
        }
    }

    /// As many whole hints as fit, the most important first: never half a hint. While a
    /// question is asked, the other keys wait, and the hint line says so.
    private static func drawHints(_ state: AppState, _ layout: ScreenLayout, _ grid: inout Grid) {
        grid.fill(x: 0, y: layout.hintRow, width: grid.width, role: .keyHint)
        var x = 1
        let hints = state.mode.isPrompt ? ["answer the question above", "Esc cancels it"] : KeyMap.hints(state.glyphs)
        for hint in hints {
            let width = CharacterWidth.of(hint)
            guard x + width <= grid.width else { break }
            grid.put(hint, x: x, y: layout.hintRow, role: .keyHint)
            x += width + 2
        }
    }
}
