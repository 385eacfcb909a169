import RubricCore
import RubricStyle

/// The box over the screen that lists the keys (`?`) or the file's problems (`!`): entries
/// of a short label and a text wrapped beside it, scrolled when they don't all fit.
///
/// The reducer asks it how far the box can scroll, the renderer draws it: both from the
/// same state and size, so they always agree.
struct BoxLayout {
    struct Row {
        let label: String
        let text: String
    }

    let title: String
    let rows: [Row]
    let x: Int, y: Int, width: Int, height: Int
    let labelWidth: Int

    /// The rows the box shows at once.
    var visibleRows: Int { max(0, height - 2) }

    init(state: AppState) {
        let glyphs = state.glyphs
        let entries: [(String, String)]
        switch state.screen {
        case .problems:
            title = "Problems"
            entries = state.problems.map { ("line \($0.line)", glyphs.text(SafeText.sanitized($0.message))) }
        case .evidence:
            let id = state.selectedArea
            title = "Evidence: " + state.areaNames[state.document.position(of: id) ?? 0]
            let text = state.document.evidenceText(of: id)
            entries = text.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map { ("", glyphs.text(SafeText.sanitized(String($0)))) } }
                ?? [("", "No evidence yet: E writes some in your editor, or rubric note adds a line.")]
        default:
            title = "Keys"
            let below = state.screens.dropLast().last ?? .levels
            // The ladder's own guidance first, then the keys of the screen under the box.
            entries = state.introduction.enumerated().map { ($0.offset == 0 ? "This ladder" : "", $0.element) }
                + below.behavior.keys(state).bindings.map { ($0.label.text(glyphs), $0.description) } + [KeyMap.mouse]
        }
        let size = state.size
        let widest = entries.map { CharacterWidth.of($0.0) + 2 + CharacterWidth.of($0.1) }.max() ?? 0
        // As wide as its widest entry, or its title: a box of one short line still says what it is.
        width = max(0, min(size.width - 2, max(widest + 4, CharacterWidth.of(title) + 8), 78))
        let inner = max(1, width - 4)
        // Labels whole, as long as the text beside them keeps a dozen columns.
        labelWidth = min(entries.map { CharacterWidth.of($0.0) }.max() ?? 0, max(1, inner - 14))
        let textWidth = max(1, inner - labelWidth - 2)
        var rows: [Row] = []
        for (label, text) in entries {
            for (index, line) in TextWrap.lines(text, width: textWidth).enumerated() {
                rows.append(Row(label: index == 0 ? label : "", text: line))
            }
        }
        self.rows = rows
        height = max(0, min(size.height, rows.count + 2))
        x = (size.width - width) / 2
        y = (size.height - height) / 2
    }

    func clamped(scroll: Int) -> Int { Scrolling.top(near: scroll, height: visibleRows, count: rows.count) }

    func draw(into grid: inout Grid, scroll wanted: Int, glyphs: Glyphs) {
        guard width >= 4, height >= 3 else { return }
        let scroll = clamped(scroll: wanted)
        let (topLeft, topRight, bottomRight, bottomLeft) = glyphs.corners
        let horizontal = String(repeating: glyphs.horizontal, count: width - 2)
        grid.clear(x: x, y: y, width: width, height: height)
        grid.put(topLeft + horizontal + topRight, x: x, y: y, role: .border)
        grid.put(" \(title) ", x: x + 2, y: y, role: .title, limit: x + width - 1)
        for row in 1..<height - 1 {
            grid.put(glyphs.vertical, x: x, y: y + row, role: .border)
            grid.put(glyphs.vertical, x: x + width - 1, y: y + row, role: .border)
        }
        grid.put(bottomLeft + horizontal + bottomRight, x: x, y: y + height - 1, role: .border)
        let right = x + width - 2
        for (offset, row) in rows.dropFirst(scroll).prefix(visibleRows).enumerated() {
            let line = y + 1 + offset
            grid.put(row.label, x: x + 2, y: line, role: .title, limit: x + 2 + labelWidth)
            grid.put(row.text, x: x + 4 + labelWidth, y: line, role: .normal, limit: right)
        }
        // Where the view is, and how to move it, on the bottom border.
        let footer = rows.count > visibleRows
            ? " \(scroll + 1)-\(scroll + visibleRows) of \(rows.count) \(glyphs.dot) \(glyphs.isASCII ? "Up/Down" : "↑↓") scroll "
            : " any key closes "
        if CharacterWidth.of(footer) <= width - 4 {
            grid.put(footer, x: x + width - 2 - CharacterWidth.of(footer), y: y + height - 1, role: .border)
        }
    }
}
