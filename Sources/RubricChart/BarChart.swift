import RubricCore

/// An assessment as a picture: one horizontal bar per area, its level out of its maximum,
/// grouped as the ladder groups them, with the total; with a second assessment, its level
/// drawn over each bar as an outline, and a legend naming both.
///
/// Horizontal bars because each area is then read on its own line, against a common scale
/// starting at zero, with its name written out beside it: the length is the level, and a
/// gap between the fill and the outline is a disagreement. A radar chart puts the areas on
/// spokes of different directions, makes the shape depend on the order of the areas, and
/// crowds their names beyond a handful.
public struct BarChart {
    public struct Side: Sendable {
        public let name: String
        public let rubric: Rubric
        public init(name: String, rubric: Rubric) { self.name = name; self.rubric = rubric }
    }

    let a: Side
    let b: Side?

    public init(_ a: Side, against b: Side? = nil) {
        self.a = a
        self.b = b
    }

    private static let width = 760.0, margin = 20.0, rowHeight = 26.0, barHeight = 12.0

    public func svg() -> String {
        let comparison = b.map { Comparison(a.rubric, $0.rubric) }
        func levelName(_ side: Side?, _ index: Int?) -> String? {
            guard let side, let index else { return nil }
            return side.rubric.areas[index].currentLevelName.map(SafeText.sanitized)
        }
        // The level A's target asks of each area, where A has a target title.
        let required = a.rubric.targetTitleIndex.flatMap { a.rubric.levelsRequired(by: $0, from: a.rubric.currentLevels) }
        let rows: [(group: String?, name: String, row: Bar)] = comparison.map { comparison in
            comparison.rows.map {
                ($0.group, $0.name, Bar(a: $0.a, b: $0.b, maximumA: $0.maximumA, maximumB: $0.maximumB,
                                        nameA: levelName(a, $0.indexA), nameB: levelName(b, $0.indexB),
                                        required: $0.indexA.flatMap { index in required?[index] }))
            }
        } ?? a.rubric.areas.indices.map { index in
            let area = a.rubric.areas[index]
            return (a.rubric.group(of: area)?.name, area.name, Bar(a: area.currentLevel, b: nil, maximumA: area.maximum, maximumB: nil,
                                                              nameA: area.currentLevelName.map(SafeText.sanitized), nameB: nil, required: required?[index]))
        }
        let labels = rows.map { SafeText.sanitized($0.name) }
        let labelWidth = min(240, max(80, labels.map { SVG.textWidth($0) }.max() ?? 0)) + 12
        // As wide as the widest value (a level's name takes room), leaving the track at least half.
        let values = rows.map { value($0.row) }
        let valueWidth = min((Self.width - labelWidth) / 2, max(44, (values.map { SVG.textWidth($0) }.max() ?? 0) + 14))
        let trackX = Self.margin + labelWidth, trackWidth = Self.width - trackX - valueWidth - Self.margin
        var body = "", y = 42.0
        var group: String?? = .none
        for (index, row) in rows.enumerated() {
            if row.group != group {
                group = row.group
                if let name = row.group {
                    y += 8
                    body += SVG.text(SafeText.sanitized(name), x: Self.margin, y: y + 14, bold: true)
                    y += Self.rowHeight
                }
            }
            body += area(label: fitted(labels[index], labelWidth - 12), row: row.row, value: fitted(values[index], valueWidth - 14), y: y,
                         trackX: trackX, trackWidth: trackWidth)
            y += Self.rowHeight
        }
        y += 12
        let totalLines = totals(comparison: comparison)
        for line in totalLines {
            body += SVG.text(line, x: Self.margin, y: y + 4, bold: true)
            y += 20
        }
        let height = y + 6
        let title = "rubric: \(SafeText.sanitized(a.name)) \(a.rubric.total)/\(a.rubric.maximum)"
            + (b.map { ", \(SafeText.sanitized($0.name)) \($0.rubric.total)/\($0.rubric.maximum)" } ?? "")
        return SVG.header(width: Self.width, height: height, title: title) + heading() + body + "</svg>\n"
    }

    /// A name as the chart shows it, in at most about a third of its width: a long path
    /// keeps its end, where the names differ.
    private func shown(_ side: Side) -> String {
        var name = SafeText.sanitized(side.name)
        guard SVG.textWidth(name) > Self.width / 2 - 60 else { return name }
        while SVG.textWidth("…" + name) > Self.width / 2 - 60, name.count > 2 { name.removeFirst() }
        return "…" + name
    }

    /// The names at the top: the file alone, or both with their keys.
    private func heading() -> String {
        guard let b else {
            return SVG.text(shown(a), x: Self.margin, y: 30, bold: true)
        }
        var out = SVG.rect("a", x: Self.margin, y: 20, width: 14, height: Self.barHeight)
        out += SVG.text(shown(a), x: Self.margin + 20, y: 31, bold: true)
        let second = Self.margin + 40 + SVG.textWidth(shown(a))
        out += SVG.rect("b", x: second, y: 19, width: 14, height: Self.barHeight + 2)
        out += SVG.text(shown(b), x: second + 20, y: 31, bold: true)
        return out
    }

    /// One area's levels on each side, and how many levels each side gives it.
    struct Bar {
        let a: Int?, b: Int?, maximumA: Int?, maximumB: Int?
        /// The level's name on each side, where the ladder names its levels.
        let nameA: String?, nameB: String?
        /// The level A's target title asks of the area: a mark across the track there.
        let required: Int?
        /// The scale: the larger number of levels, so that neither bar leaves the track.
        var scale: Int { max(maximumA ?? 0, maximumB ?? 0) }
    }

    /// One area: its name, a track with a tick per level, A's bar, B's outline, the levels.
    private func area(label: String, row: Bar, value: String, y: Double, trackX: Double, trackWidth: Double) -> String {
        let step = row.scale > 0 ? trackWidth / Double(row.scale) : 0
        let barY = y + (Self.rowHeight - Self.barHeight) / 2 - 4
        var out = SVG.text(label, x: trackX - 12, y: barY + 10.5, anchor: "end")
        out += SVG.rect("track", x: trackX, y: barY, width: trackWidth, height: Self.barHeight)
        for level in 1..<max(1, row.scale) {
            let x = SVG.number(trackX + step * Double(level))
            out += "<line class=\"tick\" x1=\"\(x)\" y1=\"\(SVG.number(barY))\" x2=\"\(x)\" y2=\"\(SVG.number(barY + Self.barHeight))\"/>\n"
        }
        if let level = row.a, level > 0 { out += SVG.rect("a", x: trackX, y: barY, width: step * Double(level), height: Self.barHeight) }
        if b != nil, let level = row.b, level > 0 {
            out += SVG.rect("b", x: trackX, y: barY - 2, width: step * Double(level), height: Self.barHeight + 4)
        }
        if let required = row.required, required > 0 {
            let x = SVG.number(trackX + step * Double(required))
            out += "<line class=\"target\" x1=\"\(x)\" y1=\"\(SVG.number(barY - 4))\" x2=\"\(x)\" y2=\"\(SVG.number(barY + Self.barHeight + 4))\"/>\n"
        }
        out += SVG.text(value, x: trackX + trackWidth + 10, y: barY + 10.5, className: "muted")
        return out
    }

    /// An area's value beside its bar: "2/5", or the level's name where the ladder names
    /// levels ("3/4 Senior (P3)"); with a second assessment both, "2/5 · 3/5".
    private func value(_ row: Bar) -> String {
        func side(_ level: Int?, _ maximum: Int?, _ name: String?) -> String {
            guard let level else { return "–" }
            return "\(level)/\(maximum ?? 0)" + (name.map { " " + $0 } ?? "")
        }
        let first = side(row.a, row.maximumA, row.nameA)
        return b == nil ? first : first + " · " + side(row.b, row.maximumB, row.nameB)
    }

    /// The totals: one line, or with a second assessment a line each and what differs.
    private func totals(comparison: Comparison?) -> [String] {
        func total(_ side: Side) -> String {
            "\(shown(side)) \(side.rubric.total)/\(side.rubric.maximum) (\(Rubric.percent(total: side.rubric.total, maximum: side.rubric.maximum))%)"
                + (side.rubric.currentTitle.map { " · " + SafeText.sanitized($0.name) } ?? "")
        }
        let rubric = a.rubric
        let target = rubric.targetTitleIndex.map { index in
            let name = SafeText.sanitized(rubric.titles[index].name)
            let distance = rubric.distance(to: index, levels: rubric.currentLevels)
            return "Target: \(name), " + (distance.map { $0 + " (the orange marks)" } ?? "met")
        }
        guard let b, let comparison else { return ["Total: " + total(a)] + (target.map { [$0] } ?? []) }
        let differing = comparison.rows.filter { !$0.agrees }.count
        return ["Total: " + total(a), "Total: " + total(b)] + (target.map { [$0] } ?? []) + [
                differing == 0 ? "The two agree in every area." : "\(differing) of \(comparison.rows.count) areas differ."]
    }

    private func fitted(_ label: String, _ width: Double) -> String {
        var shown = label
        while SVG.textWidth(shown) > width, shown.count > 2 { shown = String(shown.dropLast(2)) + "…" }
        return shown
    }
}
