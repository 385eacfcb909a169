import RubricStyle

/// The box over a screen that lists its keys (`?`) or the file's problems (`!`). The
/// movement keys scroll it; any other key closes it.
enum BoxScreen: ScreenBehavior {
    static func keys(_ state: AppState) -> KeyTable { KeyMap.box }

    static func perform(_ action: Action?, in state: inout AppState) -> [Effect] {
        let panel = BoxLayout(state: state)
        let page = max(1, panel.visibleRows - 1)
        let wanted: Int
        switch action {
        case .up: wanted = state.boxScroll - 1
        case .down: wanted = state.boxScroll + 1
        case .pageUp: wanted = state.boxScroll - page
        case .pageDown: wanted = state.boxScroll + page
        case .top: wanted = 0
        case .bottom: wanted = Int.max / 2
        case .redraw: return [.redraw]
        case .suspend: return [.suspend]
        default:
            state.screens.removeLast()
            return []
        }
        state.boxScroll = panel.clamped(scroll: wanted)
        return []
    }

    static func draw(_ state: AppState, in body: Rect, into grid: inout Grid) -> [Region] {
        BoxLayout(state: state).draw(into: &grid, scroll: state.boxScroll, glyphs: state.glyphs)
        return []
    }
}

/// Too small to draw the levels: keys that would change marks unseen do nothing, and only
/// quitting and redrawing act (resizes always do).
enum TooSmallScreen: ScreenBehavior {
    static func keys(_ state: AppState) -> KeyTable { KeyMap.tooSmall }

    static func perform(_ action: Action?, in state: inout AppState) -> [Effect] {
        switch action {
        // Esc in an area opened from the overview or the history goes back there, as at full size.
        case .back where state.goBack():
            return []
        case .quit, .back: return state.performShared(.quit) ?? []
        case .redraw: return [.redraw]
        default: return []
        }
    }

    /// What the size is and what it needs, and any question pending, wrapped to fit.
    static func draw(_ state: AppState, in body: Rect, into grid: inout Grid) -> [Region] {
        let minimum = ScreenLayout.minimum, times = state.glyphs.times
        var lines = ["Terminal too small:", "\(grid.width)\(times)\(grid.height), needs \(minimum.width)\(times)\(minimum.height)"]
        if let prompt = state.promptText {
            lines += TextWrap.lines(prompt, width: grid.width)
        } else {
            lines.append(state.isModified ? "q quits (asks to save)" : "q quits")
        }
        let top = max(0, (grid.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let x = max(0, (grid.width - CharacterWidth.of(line)) / 2)
            let role: Role = offset == 0 ? .error : offset >= 2 && state.prompt != nil ? .message : .normal
            grid.put(line, x: x, y: top + offset, role: role)
        }
        return []
    }
}
