import RubricCore
import RubricStyle

/// Beside the list on a wide screen: the selected level in full, its details open, and the
/// level above it, so a person weighing a level reads what the next step asks for without
/// opening anything.
enum ReadingPane {
    /// The narrowest screen that gets a pane; narrower screens give the list all the room.
    static let minimumScreenWidth = 120

    /// The list keeps about half the screen, and never more than its readable width needs.
    static func listWidth(screen width: Int) -> Int {
        let readable = LevelListLayout.readableWidth + 10
        return max(60, min(readable, width * 11 / 20))
    }

    static func draw(_ state: AppState, area: DisplayArea, in pane: Rect, into grid: inout Grid) {
        let glyphs = state.glyphs
        guard area.levels.indices.contains(state.cursor), pane.width > 4 else { return }
        let width = pane.width - 2
        var lines: [(text: String, role: Role, indent: Int)] = []
        func add(_ text: String, _ role: Role, indent: Int = 0) {
            for line in TextWrap.lines(text, width: max(1, width - indent)) { lines.append((line, role, indent)) }
        }
        func addLevel(_ index: Int, heading: String) {
            let level = area.levels[index]
            add(heading + (level.name.map { " \(glyphs.dot) \($0)" } ?? ""), .title)
            add(level.text, .levelText)
            for details in level.details {
                add("\(glyphs.detailsOpen) \(details.summary)", .details)
                add(details.body, .details, indent: 2)
            }
        }
        let marked = state.document.level(of: state.area) == state.cursor + 1
        addLevel(state.cursor, heading: "Level \(state.cursor + 1) of \(area.levels.count)\(marked ? " (marked)" : "")")
        if state.cursor + 1 < area.levels.count {
            lines.append(("", .normal, 0))
            addLevel(state.cursor + 1, heading: "Next up: level \(state.cursor + 2)")
        }
        // The area's evidence under the levels: why the mark is where it is.
        lines.append(("", .normal, 0))
        add("Evidence", .title)
        if let evidence = state.document.evidenceText(of: state.area) {
            for line in evidence.split(separator: "\n", omittingEmptySubsequences: false) { add(glyphs.text(SafeText.sanitized(String(line))), .description) }
        } else {
            add("None yet: E writes some in your editor.", .description)
        }
        for (row, line) in lines.prefix(pane.height).enumerated() {
            let y = pane.y + row
            // The last line says when there is more than the pane holds.
            let shown = row == pane.height - 1 && lines.count > pane.height
                ? TextWrap.truncated(line.text, width: width - line.indent, ellipsis: glyphs.ellipsis) : line.text
            grid.put(shown, x: pane.x + 1 + line.indent, y: y, role: line.role, limit: pane.right)
        }
    }
}
