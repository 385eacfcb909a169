/// The `?` screen: every key, in a box over the middle of the screen.
enum HelpOverlay {
    static let entries: [(String, String)] = [
        ("← → h l Tab S-Tab", "previous / next area"),
        ("↑ ↓ k j", "previous / next level"),
        ("Home End g G", "first / last level"),
        ("PgUp PgDn", "move a page"),
        ("Space Enter", "toggle the selected level"),
        ("1-9", "mark that level; 0 clears"),
        ("d", "show / hide details"),
        ("u  Ctrl-R", "undo / redo"),
        ("s  Ctrl-S", "save"),
        ("q Esc Ctrl-C", "quit (asks to save)"),
        ("Ctrl-L", "redraw the screen"),
        ("Ctrl-Z", "suspend (fg resumes)"),
        ("?", "this help; any key closes it"),
    ]

    static func draw(into grid: inout Grid) {
        let keyWidth = entries.map { CharacterWidth.of($0.0) }.max()!
        let lines = entries.map { $0.0 + String(repeating: " ", count: keyWidth - CharacterWidth.of($0.0)) + "  " + $0.1 }
        let innerWidth = min(grid.width - 4, lines.map(CharacterWidth.of).max()! + 2)
        let innerHeight = min(grid.height - 2, lines.count + 2)
        let left = (grid.width - innerWidth - 2) / 2
        let top = (grid.height - innerHeight - 2) / 2
        grid.clear(x: left, y: top, width: innerWidth + 2, height: innerHeight + 2, role: .normal)
        let horizontal = String(repeating: "─", count: innerWidth)
        grid.put("┌" + horizontal + "┐", x: left, y: top, role: .border)
        grid.put(" Keys ", x: left + 2, y: top, role: .title)
        for row in 1...innerHeight {
            grid.put("│", x: left, y: top + row, role: .border)
            grid.put("│", x: left + innerWidth + 1, y: top + row, role: .border)
        }
        grid.put("└" + horizontal + "┘", x: left, y: top + innerHeight + 1, role: .border)
        for (offset, line) in lines.prefix(innerHeight - 2).enumerated() {
            grid.put(line, x: left + 2, y: top + 2 + offset, role: .normal, limit: left + innerWidth + 1)
        }
    }
}
