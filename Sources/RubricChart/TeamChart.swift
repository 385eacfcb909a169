import RubricCore
import RubricReports

/// A team as a picture: a heatmap of people × areas with each level written in its cell,
/// darker for a higher share of the area's levels, then under each area how many people are
/// at each level. Light and dark palettes, as the other charts.
public struct TeamChart {
    let team: Team

    public init(_ team: Team) { self.team = team }

    private static let margin = 20.0, rowHeight = 24.0, headerHeight = 40.0

    public func svg() -> String {
        let names = team.people.map { SafeText.sanitized($0.name) }
        let nameWidth = min(200, max(80, (names.map { SVG.textWidth($0) }.max() ?? 0) + 16))
        let cellWidth = max(40, min(72, (760 - 2 * Self.margin - nameWidth - 70) / Double(max(1, team.columns.count))))
        let width = 2 * Self.margin + nameWidth + cellWidth * Double(team.columns.count) + 70
        let short = TeamReport.headings(team)
        var body = SVG.text("\(team.people.count) \(team.people.count == 1 ? "person" : "people"), \(team.columns.count) areas", x: Self.margin, y: 26, bold: true)
        let gridX = Self.margin + nameWidth, gridY = Self.headerHeight + 8
        for (column, name) in short.enumerated() {
            body += SVG.text(name, x: gridX + cellWidth * (Double(column) + 0.5), y: gridY - 8, anchor: "middle", bold: true)
        }
        body += SVG.text("total", x: gridX + cellWidth * Double(team.columns.count) + 8, y: gridY - 8, className: "muted")
        for (row, person) in team.people.enumerated() {
            let y = gridY + Self.rowHeight * Double(row)
            body += SVG.text(names[row], x: gridX - 10, y: y + 16, anchor: "end")
            for (column, level) in person.levels.enumerated() {
                let x = gridX + cellWidth * Double(column)
                let shade = level.map { Self.shade($0, maximum: team.columns[column].maximum) } ?? 0
                body += SVG.rect("h\(shade)", x: x + 1, y: y + 1, width: cellWidth - 2, height: Self.rowHeight - 2, radius: 2)
                body += SVG.text(level.map(String.init) ?? "–", x: x + cellWidth / 2, y: y + 16, className: shade == 4 ? "on-h4" : "text", anchor: "middle")
            }
            body += SVG.text("\(person.total)/\(person.maximum)", x: gridX + cellWidth * Double(team.columns.count) + 8, y: y + 16, className: "muted")
        }
        // Under each area: how many people are at each level.
        var y = gridY + Self.rowHeight * Double(team.people.count) + 22
        body += SVG.text("How many people are at each level", x: Self.margin, y: y, className: "muted")
        let deepest = team.columns.map(\.maximum).max() ?? 0
        for level in 0...deepest {
            body += SVG.text("level \(level)", x: gridX - 10, y: y + 16 + 16 * Double(level), className: "muted", anchor: "end")
            for column in team.columns.indices {
                let counts = team.spread(of: column).counts
                guard level < counts.count, counts[level] > 0 else { continue }
                body += SVG.text("\(counts[level])", x: gridX + cellWidth * (Double(column) + 0.5), y: y + 16 + 16 * Double(level), anchor: "middle")
            }
        }
        y += 16 * Double(deepest + 1) + 20
        let legend = zip(short, team.columns).map { "\($0) \(SafeText.sanitized($1.name))" }.joined(separator: " · ")
        body += SVG.text(legend, x: Self.margin, y: y, className: "muted")
        let title = "rubric team: \(team.people.count) people × \(team.columns.count) areas"
        return SVG.header(width: max(width, min(1200, SVG.textWidth(legend) + 2 * Self.margin)), height: y + 16, title: title) + body + "</svg>\n"
    }

    /// 1 to 4 by the share of the area's levels reached; 0 for no level.
    static func shade(_ level: Int, maximum: Int) -> Int {
        guard level > 0, maximum > 0 else { return 0 }
        return min(4, 1 + (level * 4 - 1) / maximum)
    }
}
