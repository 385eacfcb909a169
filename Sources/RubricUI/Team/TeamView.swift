import RubricCore
import RubricStyle

/// The team screen drawn: a title, the matrix (a row per person, a column per area headed by
/// its abbreviation, the total and the title), each level in a style by how far up the area
/// it is, then per area the median and how many people are at each level, and the hints.
public enum TeamView {
    public static func render(_ state: TeamState) -> Grid {
        let size = state.size, glyphs = state.glyphs, team = state.team
        var grid = Grid(width: size.width, height: size.height, asciiOnly: glyphs.isASCII)
        guard size.width >= ScreenLayout.minimum.width, size.height >= ScreenLayout.minimum.height else {
            grid.put("Terminal too small", x: 0, y: 0, role: .error)
            return grid
        }
        grid.fill(x: 0, y: 0, width: size.width, role: .title)
        let count = "\(team.people.count) \(team.people.count == 1 ? "person" : "people")"
        grid.put(" rubric \(glyphs.dot) team \(glyphs.dot) \(count) \(glyphs.dot) \(glyphs.text(SafeText.sanitized(state.place)))", x: 0, y: 0, role: .title,
                 limit: size.width)
        let headings = Abbreviation.distinct(team.columns.map { SafeText.sanitized($0.name) }).map(glyphs.text)
        let names = team.people.map { glyphs.text(SafeText.sanitized($0.name)) }
        let nameWidth = min(24, max(6, names.map(CharacterWidth.of).max() ?? 6))
        let cell = max(3, headings.map(CharacterWidth.of).max() ?? 3) + 1
        let titled = team.people.contains { $0.title != nil }
        // The area columns that fit after the names, the total and (if any) a short title.
        let fixed = 2 + nameWidth + 8 + (titled ? 14 : 0)
        let first = min(state.firstColumn, team.columns.count)
        let shown = max(1, min(team.columns.count - first, (size.width - fixed) / cell))
        let columns = Array(first..<min(team.columns.count, first + shown))
        var x = grid.put("  " + String(repeating: " ", count: nameWidth), x: 0, y: 1, role: .normal)
        for column in columns { x = grid.put(pad(headings[column], cell), x: x, y: 1, role: .scoreText) }
        x = grid.put("   total", x: x, y: 1, role: .scoreText)
        if titled { grid.put("  title", x: x, y: 1, role: .scoreText) }
        if state.firstColumn > 0 { grid.put(glyphs.moreLeft, x: nameWidth + 1, y: 1, role: .border) }
        if columns.last.map({ $0 < team.columns.count - 1 }) == true { grid.put(glyphs.moreRight, x: size.width - 1, y: 1, role: .border) }
        let height = matrixHeight(state)
        for offset in 0..<height {
            let index = state.firstRow + offset
            guard team.people.indices.contains(index) else { break }
            let person = team.people[index], y = 2 + offset, selected = index == state.row
            func role(_ normal: Role) -> Role { selected ? .selectedRow : normal }
            if selected {
                grid.fill(x: 0, y: y, width: size.width, role: .selectedRow)
                grid.put(glyphs.selection, x: 0, y: y, role: .selectedRow)
            }
            if index == state.marked { grid.put(glyphs.otherMarked, x: 1, y: y, role: role(.otherMark)) }
            var x = grid.put(pad(TextWrap.fitted(names[index], width: nameWidth, glyphs: glyphs), nameWidth), x: 2, y: y, role: role(.levelText))
            for column in columns {
                let level = person.levels[column]
                x = grid.put(pad(level.map(String.init) ?? "-", cell), x: x, y: y, role: role(levelRole(level, maximum: team.columns[column].maximum)))
            }
            x = grid.put(pad("\(person.total)/\(person.maximum)", 8), x: x, y: y, role: role(.scoreText))
            if titled { grid.put("  " + glyphs.text(SafeText.sanitized(person.title ?? "-")), x: x, y: y, role: role(.description), limit: size.width) }
        }
        if state.firstRow > 0 { grid.put(glyphs.moreAbove, x: size.width - 1, y: 2, role: .border) }
        if state.firstRow + height < team.people.count { grid.put(glyphs.moreBelow, x: size.width - 1, y: 1 + height, role: .border) }
        // Per area: the median and the spread.
        let spreadTop = 2 + height + 1
        for (offset, column) in team.columns.indices.dropFirst(state.firstColumn).prefix(max(0, size.height - 2 - spreadTop)).enumerated() {
            let counts = team.spread(of: column).counts, medianText = team.medianText(of: column)
            let spread = counts.enumerated().filter { $0.element > 0 }.map { "\($0.element) at \($0.offset)" }.joined(separator: ", ")
            let name = glyphs.text(SafeText.sanitized(team.columns[column].name))
            grid.put(" \(pad(headings[column], cell))\(name): median \(medianText); \(spread)", x: 0, y: spreadTop + offset, role: .description, limit: size.width)
        }
        if let message = state.message { grid.put(" " + glyphs.text(message), x: 0, y: size.height - 2, role: .message, limit: size.width) }
        grid.fill(x: 0, y: size.height - 1, width: size.width, role: .keyHint)
        var hintX = 1
        for hint in KeyMap.team.hints(glyphs) {
            let width = CharacterWidth.of(hint)
            guard hintX + width < size.width else { break }
            grid.put(hint, x: hintX, y: size.height - 1, role: .keyHint)
            hintX += width + 2
        }
        return grid
    }

    /// The rows the matrix gets: the body less a third for the spread, when the team is taller.
    static func matrixHeight(_ state: TeamState) -> Int {
        let body = max(1, state.size.height - 4)
        let spread = min(state.team.columns.count + 1, body / 3)
        return max(1, min(state.team.people.count, body - spread))
    }

    /// A level's style by how far up its area it is: missing or 0 muted, the top bold.
    private static func levelRole(_ level: Int?, maximum: Int) -> Role {
        guard let level, level > 0, maximum > 0 else { return .description }
        let share = Double(level) / Double(maximum)
        return share < 0.35 ? .levelText : share < 0.6 ? .details : share < 0.9 ? .markedLevel : .scoreFilled
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - CharacterWidth.of(text)))
    }
}
