import RubricCore
import RubricStyle

/// Draws a state into a grid of any size. Pure: the same state and size give the same grid.
///
/// The frame's parts each draw into a rectangle: the title, the tabs, the screens (the
/// bottom one in the body, a box over it), the score bar, the message or question, and
/// the hints. The parts a click can hit report their regions.
public enum Renderer {
    public static func render(_ state: AppState) -> Grid { frame(state).grid }

    public static func frame(_ state: AppState) -> Frame {
        var grid = Grid(width: state.size.width, height: state.size.height, asciiOnly: state.glyphs.isASCII)
        let layout = ScreenLayout(size: state.size)
        if layout.isTooSmall {
            _ = TooSmallScreen.draw(state, in: Rect(x: 0, y: 0, width: grid.width, height: grid.height), into: &grid)
            return Frame(grid: grid, regions: [])
        }
        var regions = [drawTitle(state, layout, &grid)]
        regions += TabBar.draw(state, row: layout.tabRow, into: &grid)
        grid.put(String(repeating: state.glyphs.horizontal, count: grid.width), x: 0, y: layout.borderRow, role: .border)
        // The screen on top of the stack fills the body; one under it (the overview under
        // an area opened from it) waits there for Esc.
        if let shown = state.screens.last(where: { !$0.isBox }) {
            regions += shown.behavior.draw(state, in: layout.body, into: &grid)
        }
        ScoreBar.draw(state, row: layout.scoreRow, into: &grid)
        drawMessage(state, layout, &grid)
        drawHints(state, layout, &grid)
        // A box goes over everything, centred on the whole screen; a click anywhere closes it.
        for screen in state.screens where screen.isBox {
            _ = screen.behavior.draw(state, in: Rect(x: 0, y: 0, width: grid.width, height: grid.height), into: &grid)
            regions = []
        }
        return Frame(grid: grid, regions: regions)
    }

    /// The title line; its "? help" is a region that opens the help.
    private static func drawTitle(_ state: AppState, _ layout: ScreenLayout, _ grid: inout Grid) -> Region {
        grid.fill(x: 0, y: layout.titleRow, width: grid.width, role: .title)
        let help = "? help "
        let right = grid.width - CharacterWidth.of(help)
        let dot = state.glyphs.dot
        var title = " rubric \(dot) \(state.fileName)\(state.isReadOnly ? " [read-only]" : "")"
        if let said = (state.screens.last { !$0.isBox } ?? .levels).behavior.title(state) { title += " \(dot) \(said)" }
        if CharacterWidth.of(title) > right - 1 { title = TextWrap.truncated(title, width: right - 1, ellipsis: state.glyphs.ellipsis) }
        grid.put(title, x: 0, y: layout.titleRow, role: .title, limit: right)
        grid.put(help, x: right, y: layout.titleRow, role: .title)
        return Region(rect: Rect(x: right, y: layout.titleRow, width: CharacterWidth.of(help), height: 1), target: .help)
    }

    /// The prompt or message on the line above the hints. A question that doesn't fit wraps
    /// upward over the score bar and the body, so that none of its choices is ever cut off;
    /// a message keeps to its line.
    private static func drawMessage(_ state: AppState, _ layout: ScreenLayout, _ grid: inout Grid) {
        let width = max(1, grid.width - 2)
        let lines: ArraySlice<String>, role: Role
        if let prompt = state.promptText {
            lines = TextWrap.lines(prompt, width: width).suffix(layout.messageRow - layout.bodyTop + 1)
            role = .message
        } else if let message = state.message {
            lines = [TextWrap.fitted(message.text, width: width, glyphs: state.glyphs)]
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
        let hints = (state.prompt.map(KeyMap.prompt) ?? state.screen.behavior.keys(state)).hints(state.glyphs)
        for hint in hints {
            let width = CharacterWidth.of(hint)
            guard x + width <= grid.width else { break }
            grid.put(hint, x: x, y: layout.hintRow, role: .keyHint)
            x += width + 2
        }
    }
}
