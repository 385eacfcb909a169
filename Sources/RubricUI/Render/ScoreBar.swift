/// "Score 15/35 ██████░░░░░░ 43%", and whether there are unsaved changes.
enum ScoreBar {
    static func draw(_ state: AppState, row: Int, into grid: inout Grid) {
        let total = state.total, maximum = state.maximum
        let percent = maximum == 0 ? 0 : (total * 200 + maximum) / (2 * maximum)
        let label = " Score \(total)/\(maximum) "
        let percentText = " \(percent)%"
        let status = state.isModified ? "  ● unsaved " : "  saved "
        var x = grid.put(label, x: 0, y: row, role: .scoreText)
        let barWidth = max(0, grid.width - x - CharacterWidth.of(percentText) - CharacterWidth.of(status))
        let filled = maximum == 0 ? 0 : (barWidth * total + maximum / 2) / maximum
        x = grid.put(String(repeating: "█", count: filled), x: x, y: row, role: .scoreFilled)
        x = grid.put(String(repeating: "░", count: barWidth - filled), x: x, y: row, role: .scoreEmpty)
        x = grid.put(percentText, x: x, y: row, role: .scoreText)
        grid.put(status, x: x, y: row, role: state.isModified ? .modified : .scoreText)
    }
}
