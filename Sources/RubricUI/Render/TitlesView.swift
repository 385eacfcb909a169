import RubricCore
import RubricStyle

/// The titles drawn: one row per title, lowest first (met ones with the mark indicator, the
/// current title and the target named), then under a rule what the selected title asks,
/// requirement by requirement, and what each unmet one still takes.
extension TitlesScreen {
    /// The list's rows: at most half the body, so the gap always has room under it.
    static func listHeight(_ state: AppState) -> Int {
        max(1, min(state.rubric.titles.count, ScreenLayout(size: state.size).bodyHeight / 2))
    }

    static func draw(_ state: AppState, in body: Rect, into grid: inout Grid) -> [Region] {
        let glyphs = state.glyphs, rubric = state.rubric, document = state.document
        guard !rubric.titles.isEmpty else {
            let text = "This ladder has no titles. Add a titles block (rubric help format, \"Titles\"), or name the levels "
                + "(a table's header, level headings): each name is then a title."
            for (row, line) in TextWrap.lines(text, width: max(1, body.width - 2)).prefix(body.height).enumerated() {
                grid.put(line, x: body.x + 1, y: body.y + row, role: .message)
            }
            return []
        }
        let levels = document.levels
        let current = document.titleIndex, target = document.targetIndex
        let names = rubric.titles.map { glyphs.text(SafeText.sanitized($0.name)) }
        let nameWidth = min(32, names.map(CharacterWidth.of).max() ?? 0)
        let height = listHeight(state)
        var regions: [Region] = []
        for row in 0..<height {
            let index = state.titlesScroll + row
            guard index < names.count else { break }
            let y = body.y + row, selected = index == state.titlesSelection
            func role(_ normal: Role) -> Role { selected ? .selectedRow : normal }
            if selected {
                grid.fill(x: body.x, y: y, width: body.width, role: .selectedRow)
                grid.put(glyphs.selection, x: body.x, y: y, role: .selectedRow)
            }
            let met = rubric.meets(title: index, levels: levels)
            var x = grid.put(met ? glyphs.marked : glyphs.unmarked, x: body.x + 2, y: y, role: role(.markIndicator))
            x = grid.put(" " + TextWrap.fitted(names[index], width: nameWidth, glyphs: glyphs), x: x, y: y, role: role(met ? .markedLevel : .levelText))
            var notes: [String] = []
            if index == current { notes.append("current title") }
            if index == target { notes.append("target") }
            if !met { notes.append(rubric.distance(to: index, levels: levels) ?? "never met (! says why)") }
            grid.put(String(repeating: " ", count: body.x + 3 + CharacterWidth.of(glyphs.marked) + nameWidth - x + 2) + notes.joined(separator: ", "),
                     x: x, y: y, role: role(index == target ? .target : .scoreText), limit: body.right - 1)
            regions.append(Region(rect: Rect(x: body.x, y: y, width: body.width, height: 1), target: .title(index: index)))
        }
        if state.titlesScroll > 0 { grid.put(glyphs.moreAbove, x: body.right - 1, y: body.y, role: .border) }
        if state.titlesScroll + height < names.count { grid.put(glyphs.moreBelow, x: body.right - 1, y: body.y + height - 1, role: .border) }
        let ruleY = body.y + height
        guard ruleY < body.bottom else { return regions }
        grid.put(String(repeating: glyphs.horizontal, count: body.width), x: body.x, y: ruleY, role: .border)
        var lines = gapLines(state, title: state.titlesSelection, width: max(1, body.width - 4))
        if let unknown = document.target, target == nil {
            lines.insert(("The target, \(glyphs.text(SafeText.sanitized(unknown))), names no title: Enter sets one of these.", .error), at: 0)
        }
        if rubric.titleSource == .levelNames {
            lines += TextWrap.lines("From the level names: each requires every area at its level.", width: max(1, body.width - 4)).map { ($0, .description) }
        }
        let room = body.bottom - ruleY - 1
        for (row, line) in lines.prefix(room).enumerated() {
            grid.put(line.text, x: body.x + 2, y: ruleY + 1 + row, role: line.role, limit: body.right - 1)
        }
        if lines.count > room, room > 0 { grid.put(glyphs.moreBelow, x: body.right - 1, y: body.bottom - 1, role: .border) }
        return regions
    }

    /// The selected title's requirements, wrapped: each met one with the mark indicator, each
    /// unmet one with what it still takes.
    private static func gapLines(_ state: AppState, title index: Int, width: Int) -> [(text: String, role: Role)] {
        let glyphs = state.glyphs, rubric = state.rubric
        let name = glyphs.text(SafeText.sanitized(rubric.titles[index].name))
        let gaps = rubric.gap(to: index, levels: state.document.levels)
        let heading = gaps.isEmpty ? "\(name): no requirements, always met"
            : gaps.allSatisfy(\.met) ? "\(name): met" : "\(name) still takes:"
        var lines: [(String, Role)] = [(heading, .scoreText)]
        for gap in gaps {
            let missing = rubric.missing(gap, arrow: glyphs.towards).map { glyphs.text(SafeText.sanitized($0)) }
            let text = glyphs.text(SafeText.sanitized(gap.requirement.text)) + (missing.isEmpty ? "" : ": " + missing.joined(separator: ", "))
            for (row, wrapped) in TextWrap.lines(text, width: max(1, width - 2)).enumerated() {
                let prefix = row > 0 ? "  " : (gap.met ? glyphs.marked : glyphs.unmarked) + " "
                lines.append((prefix + wrapped, gap.met ? .levelText : .target))
            }
        }
        return lines
    }
}
