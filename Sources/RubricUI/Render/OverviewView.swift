import RubricCore
import RubricStyle

/// The overview drawn: a row per group and per area, and the total, scrolled so the
/// selected area shows.
extension OverviewScreen {
    enum Row: Equatable {
        case group(Int)
        case area(Int)
        case total
    }

    /// The rows in order: each group's heading before its first area, the total last.
    static func rows(_ rubric: Rubric) -> [Row] {
        var rows: [Row] = [], group: Int?
        for (index, area) in rubric.areas.enumerated() {
            if let own = area.group, own != group { rows.append(.group(own)) }
            group = area.group
            rows.append(.area(index))
        }
        return rows + [.total]
    }

    /// The first row to show so that `selected` is in view, moving as little as possible
    /// from `wanted`, and showing the group heading above an area when it fits.
    static func top(rows count: Int, selected: Int, wanted: Int, height: Int) -> Int {
        // The last area brings the total (the row after it) into view with it.
        let lastShown = selected == count - 2 ? count - 1 : selected
        return Scrolling.top(revealing: max(0, selected - 1)...lastShown, near: wanted, height: height, count: count)
    }

    /// The file's introduction at the head of the overview, in at most a quarter of the body
    /// (three lines at most, the last cut with an ellipsis), and where the rows go below it.
    static func split(_ state: AppState, body: Rect) -> (intro: [String], rows: Rect) {
        guard !state.introduction.isEmpty else { return ([], body) }
        let width = max(1, min(body.width - 2, LevelListLayout.readableWidth))
        // A short screen keeps its rows for the areas.
        let room = body.height >= 8 ? min(3, body.height / 4) : 0
        guard room > 0 else { return ([], body) }
        // Wrapped only as far as it shows (and one line more, to know that more follows):
        // this runs at every key in the overview, and an introduction may be long.
        var wrapped: [String] = []
        for paragraph in state.introduction where wrapped.count <= room { wrapped += TextWrap.lines(paragraph, width: width) }
        var intro = Array(wrapped.prefix(room))
        if wrapped.count > room, let last = intro.popLast() {
            intro.append(TextWrap.truncated(last, width: width, ellipsis: state.glyphs.ellipsis))
        }
        let used = intro.count + 1
        return (intro, Rect(x: body.x, y: body.y + used, width: body.width, height: body.height - used))
    }

    static func draw(_ state: AppState, in whole: Rect, into grid: inout Grid) -> [Region] {
        let rubric = state.rubric, document = state.document, glyphs = state.glyphs
        let (intro, body) = split(state, body: whole)
        for (offset, line) in intro.enumerated() { grid.put(" " + line, x: whole.x, y: whole.y + offset, role: .description) }
        let rows = rows(rubric)
        let selectedIndex = document.position(of: state.selectedArea) ?? 0
        let selectedRow = rows.firstIndex(of: .area(selectedIndex)) ?? 0
        let top = top(rows: rows.count, selected: selectedRow, wanted: state.overviewScroll, height: body.height)
        // Room for the selection mark, and under a group heading, an indent.
        let indent = rubric.groups.isEmpty ? 2 : 3
        let shownRows = rows[top..<min(rows.count, top + body.height)]
        // From every area, so the columns stay put while the rows scroll.
        let nameWidth = min(24, state.areaNames.lazy.map(CharacterWidth.of).max() ?? 0)
        let barCells = min(10, rubric.areas.map(\.maximum).max() ?? 0)
        let digits = String(rubric.areas.map(\.maximum).max() ?? 0).count
        // With a target, the level it asks of each area below it: "→3".
        let required = state.requiredLevels
        // With evidence in the file (or being written), how many pieces each area has: "2✎",
        // and a dash where there are none, so those areas stand out.
        let showsEvidence = rubric.evidence != nil || !document.evidence.isEmpty
        var regions: [Region] = []
        for (offset, row) in shownRows.enumerated() {
            let y = body.y + offset
            switch row {
            case .group(let group):
                let areas = rubric.areas.indices.filter { rubric.areas[$0].group == group }
                let total = areas.reduce(0) { $0 + document.level(of: document.areaIDs[$1]) }
                let maximum = areas.reduce(0) { $0 + rubric.areas[$1].maximum }
                let name = glyphs.text(SafeText.sanitized(rubric.groups[group].name))
                let theirs = state.against.map { against in
                    " " + glyphs.otherMarked + "\(areas.reduce(0) { $0 + (against.level(of: document.areaIDs[$1]) ?? 0) })/\(maximum)"
                } ?? ""
                let x = grid.put(" " + TextWrap.fitted(name, width: body.width - 12, glyphs: glyphs), x: body.x, y: y, role: .scoreText)
                grid.put("  \(total)/\(maximum)\(theirs)", x: x, y: y, role: .scoreText)
            case .area(let index):
                let id = document.areaIDs[index], area = rubric.areas[index]
                let level = document.level(of: id)
                let selected = index == selectedIndex
                func role(_ normal: Role) -> Role { selected ? .selectedRow : normal }
                if selected { grid.fill(x: body.x, y: y, width: body.width, role: .selectedRow) }
                if selected { grid.put(glyphs.selection, x: body.x, y: y, role: .selectedRow) }
                var x = body.x + indent
                grid.put(TextWrap.fitted(state.areaNames[index], width: nameWidth, glyphs: glyphs), x: x, y: y, role: role(.levelText))
                x += nameWidth + 2
                let filled = area.maximum == 0 ? 0 : (barCells * level + area.maximum / 2) / area.maximum
                x = grid.put(String(repeating: glyphs.barFilled, count: filled), x: x, y: y, role: role(.scoreFilled))
                x = grid.put(String(repeating: glyphs.barEmpty, count: barCells - filled), x: x, y: y, role: role(.scoreEmpty))
                // With a second assessment: "2/5 ◆3/5", flagged before the name where they differ.
                let other = state.against.map { against in " " + glyphs.otherMarked + (against.level(of: id).map(String.init) ?? "-") + "/\(area.maximum)" }
                let count = "\(level)/\(area.maximum)\(other ?? "")"
                let countWidth = digits * 2 + 1 + (state.against == nil ? 0 : digits * 2 + 2 + CharacterWidth.of(glyphs.otherMarked))
                x = grid.put("  " + String(repeating: " ", count: max(0, countWidth - CharacterWidth.of(count))) + count, x: x, y: y, role: role(.scoreText))
                if let required {
                    let aim = required[index] > level ? " \(glyphs.towards)\(required[index])" : ""
                    let aimWidth = 1 + CharacterWidth.of(glyphs.towards) + digits
                    x = grid.put(aim + String(repeating: " ", count: max(0, aimWidth - CharacterWidth.of(aim))), x: x, y: y, role: role(.target))
                }
                if showsEvidence {
                    let count = document.evidenceText(of: id).map(Rubric.evidenceCount) ?? 0
                    let shown = count > 0 ? "\(count)\(glyphs.evidence)" : "-"
                    x = grid.put("  " + String(repeating: " ", count: max(0, 2 + CharacterWidth.of(glyphs.evidence) - CharacterWidth.of(shown))) + shown,
                                 x: x, y: y, role: role(count > 0 ? .scoreText : .modified))
                }
                if state.differs(id) { grid.put(glyphs.differs, x: body.x + 1, y: y, role: role(.otherMark)) }
                let words = levelWords(state, area: index, level: level)
                grid.put("  " + TextWrap.fitted(words, width: body.right - x - 3, glyphs: glyphs), x: x, y: y,
                         role: role(level > 0 ? .markedLevel : .description), limit: body.right - 1)
                regions.append(Region(rect: Rect(x: body.x, y: y, width: body.width, height: 1), target: .overviewRow(id)))
            case .total:
                let total = document.total, maximum = document.maximum
                let theirs = state.against.map { "   \(glyphs.otherMarked)\($0.total)/\($0.maximum)  \(Rubric.percent(total: $0.total, maximum: $0.maximum))%" } ?? ""
                let title = document.titleIndex.map { "  \(glyphs.dot) " + glyphs.text(SafeText.sanitized(rubric.titles[$0].name)) } ?? ""
                grid.put(" Total  \(total)/\(maximum)  \(Rubric.percent(total: total, maximum: maximum))%\(title)\(theirs)", x: body.x, y: y, role: .scoreText,
                         limit: body.right - 1)
            }
        }
        if top > 0 { grid.put(glyphs.moreAbove, x: body.right - 1, y: body.y, role: .border) }
        if top + body.height < rows.count { grid.put(glyphs.moreBelow, x: body.right - 1, y: body.bottom - 1, role: .border) }
        return regions
    }

    /// What the marked level says, in a few words: its name where the ladder names levels,
    /// else its text's beginning.
    private static func levelWords(_ state: AppState, area index: Int, level: Int) -> String {
        guard level > 0 else { return "not marked" }
        let rubricLevel = state.rubric.areas[index].levels[level - 1]
        if let name = rubricLevel.name { return state.glyphs.text(SafeText.sanitized(name)) }
        let shown = MarkupText.level(state.rubric.text(of: rubricLevel)).text
        return state.glyphs.text(shown.split(whereSeparator: \.isNewline).first.map(String.init) ?? "")
    }
}
