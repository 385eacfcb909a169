import RubricCore
import RubricStyle

/// "Score 15/35 ██████░░░░░░ 43%", and the file's state: new, saved or unsaved; where the
/// ladder has titles, what the score is worth and how far the target is.
enum ScoreBar {
    /// The fewest cells of bar worth drawing: the title's words give way before it does.
    private static let shortestBar = 6

    /// What the marks are worth, longest first, for the bar to take the first that fits:
    /// " · Engineer II → Senior Engineer: 3 to go", then without the target's name, then the
    /// title alone, then nothing. A target met, never met or naming no title says so.
    static func worth(_ state: AppState) -> [String] {
        let document = state.document, rubric = document.rubric
        guard !rubric.titles.isEmpty else { return [""] }
        let glyphs = state.glyphs
        func name(_ index: Int) -> String { glyphs.text(SafeText.sanitized(rubric.titles[index].name)) }
        let title = document.titleIndex.map(name) ?? "no title"
        let levels = document.levels, dot = glyphs.dot, arrow = glyphs.towards
        var candidates: [String] = []
        if let target = document.targetIndex {
            if rubric.meets(title: target, levels: levels) {
                candidates.append(" \(dot) \(title), " + (target == document.titleIndex ? "target met" : "\(name(target)) met"))
            } else if let distance = rubric.distance(to: target, levels: levels) {
                candidates += [" \(dot) \(title) \(arrow) \(name(target)): \(distance)", " \(dot) \(title) \(arrow) \(distance)"]
            } else {
                candidates.append(" \(dot) \(title) \(arrow) \(name(target)): never met (see !)")
            }
        } else if let unknown = document.target {
            candidates.append(" \(dot) \(title) \(arrow) \(glyphs.text(SafeText.sanitized(unknown))): no such title")
        }
        return candidates + [" \(dot) \(title)", ""]
    }

    /// The file's state in words. The bar ends where the widest of them would start, so its
    /// length never depends on which one shows: the fill only moves with the score.
    static func status(_ state: AppState) -> (text: String, role: Role) {
        if state.isModified { return ("\(state.glyphs.unsaved) unsaved", .modified) }
        return (state.isNewFile ? "new" : "saved", .scoreText)
    }

    static func draw(_ state: AppState, row: Int, into grid: inout Grid) {
        let total = state.total, maximum = state.maximum
        let percent = Rubric.percent(total: total, maximum: maximum)
        // The total padded to the maximum's digits, so the bar doesn't shrink at 9 → 10 either.
        let digits = String(total)
        let score = "\(String(repeating: " ", count: max(0, String(maximum).count - digits.count)))\(digits)/\(maximum)"
        let statusWidth = CharacterWidth.of("\(state.glyphs.unsaved) unsaved") + 3
        let maximumPercentWidth = 5  // " 100%"
        let room = grid.width - maximumPercentWidth - statusWidth - shortestBar
        let shownWorth = worth(state).first { CharacterWidth.of(" Score \(score)\($0) ") <= room } ?? ""
        var label = " Score \(score)\(shownWorth) "
        // With a second assessment, the bar is also the legend: each side's symbol, name and
        // total, "● me.md 15/35  ◆ manager.md 18/35"; narrower, without the names, so the
        // bar and the status keep their room.
        if let other = state.against {
            let glyphs = state.glyphs, theirs = "\(other.total)/\(other.maximum)"
            let room = max(4, grid.width / 5)
            let named = " \(glyphs.marked) \(TextWrap.fitted(state.fileName, width: room, glyphs: glyphs)) \(score)  "
                + "\(glyphs.otherMarked) \(TextWrap.fitted(other.name, width: room, glyphs: glyphs)) \(theirs) "
            // The names only where a bar of some length still fits beside them and the status.
            let rest = 5 + CharacterWidth.of("\(glyphs.unsaved) unsaved") + 3 + 8
            label = grid.width >= 60 && CharacterWidth.of(named) + rest <= grid.width ? named
                : " \(glyphs.marked) \(score) \(glyphs.otherMarked) \(theirs) "
        }
        let percentText = " \(percent)%"
        var x = grid.put(label, x: 0, y: row, role: .scoreText)
        let barWidth = max(0, grid.width - x - maximumPercentWidth - statusWidth)
        let filled = maximum == 0 ? 0 : (barWidth * total + maximum / 2) / maximum
        x = grid.put(String(repeating: state.glyphs.barFilled, count: filled), x: x, y: row, role: .scoreFilled)
        x = grid.put(String(repeating: state.glyphs.barEmpty, count: barWidth - filled), x: x, y: row, role: .scoreEmpty)
        x = grid.put(percentText, x: x, y: row, role: .scoreText)
        let (status, role) = status(state)
        grid.put(status, x: grid.width - statusWidth + 2, y: row, role: role)
    }
}
