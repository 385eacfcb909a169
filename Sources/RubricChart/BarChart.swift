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
        let rows: [(group: String?, name: String, a: Int?, b: Int?, maximum: Int)] = comparison.map { comparison in
            comparison.rows.map { ($0.group, $0.name, $0.a, $0.b, $0.maximum) }
        } ?? a.rubric.areas.map { (a.rubric.group(of: $0)?.name, $0.name, $0.currentLevel, nil, $0.maximum) }
        let labels = rows.map { SafeText.sanitized($0.name) }
        let labelWidth = min(240, max(80, labels.map { SVG.textWidth($0) }.max() ?? 0)) + 12
        let valueWidth = b == nil ? 44.0 : 76.0
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
            body += area(label: fitted(labels[index], labelWidth - 12), row: (row.a, row.b, row.maximum), y: y,
                         trackX: trackX, trackWidth: trackWidth)
            y += Self.rowHeight
        }
        y += 12
        body += totals(y: y, comparison: comparison)
        let height = y + 26
        let title = "rubric: \(SafeText.sanitized(a.name)) \(a.rubric.total)/\(a.rubric.maximum)"
            + (b.map { ", \(SafeText.sanitized($0.name)) \($0.rubric.total)/\($0.rubric.maximum)" } ?? "")
        return SVG.header(width: Self.width, height: height, title: title) + heading() + body + "</svg>\n"
    }

    /// The names at the top: the file alone, or both with their keys.
    private func heading() -> String {
        guard let b else {
            return SVG.text(SafeText.sanitized(a.name), x: Self.margin, y: 30, bold: true)
        }
        var out = SVG.rect("a", x: Self.margin, y: 20, width: 14, height: Self.barHeight)
        out += SVG.text(SafeText.sanitized(a.name), x: Self.margin + 20, y: 31, bold: true)
        let second = Self.margin + 40 + SVG.textWidth(SafeText.sanitized(a.name))
        out += SVG.rect("b", x: second, y: 19, width: 14, height: Self.barHeight + 2)
        out += SVG.text(SafeText.sanitized(b.name), x: second + 20, y: 31, bold: true)
        return out
    }

    /// One area: its name, a track with a tick per level, A's bar, B's outline, the levels.
    private func area(label: String, row: (a: Int?, b: Int?, maximum: Int), y: Double, trackX: Double, trackWidth: Double) -> String {
        let step = row.maximum > 0 ? trackWidth / Double(row.maximum) : 0
        let barY = y + (Self.rowHeight - Self.barHeight) / 2 - 4
        var out = SVG.text(label, x: trackX - 12, y: barY + 10.5, anchor: "end")
        out += SVG.rect("track", x: trackX, y: barY, width: trackWidth, height: Self.barHeight)
        for level in 1..<max(1, row.maximum) {
            let x = SVG.number(trackX + step * Double(level))
            out += "<line class=\"tick\" x1=\"\(x)\" y1=\"\(SVG.number(barY))\" x2=\"\(x)\" y2=\"\(SVG.number(barY + Self.barHeight))\"/>\n"
        }
        if let level = row.a, level > 0 { out += SVG.rect("a", x: trackX, y: barY, width: step * Double(level), height: Self.barHeight) }
        if b != nil, let level = row.b, level > 0 {
            out += SVG.rect("b", x: trackX, y: barY - 2, width: step * Double(level), height: Self.barHeight + 4)
        }
        let value = b == nil ? "\(row.a ?? 0)/\(row.maximum)" : "\(row.a.map(String.init) ?? "–") · \(row.b.map(String.init) ?? "–") /\(row.maximum)"
        out += SVG.text(value, x: trackX + trackWidth + 10, y: barY + 10.5, className: "muted")
        return out
    }

    private func totals(y: Double, comparison: Comparison?) -> String {
        func total(_ side: Side) -> String {
            "\(SafeText.sanitized(side.name)) \(side.rubric.total)/\(side.rubric.maximum) (\(Rubric.percent(total: side.rubric.total, maximum: side.rubric.maximum))%)"
        }
        var text = "Total: " + total(a)
        if let b { text += " · " + total(b) }
        if let comparison {
            let differing = comparison.rows.filter { !$0.agrees }.count
            text += differing == 0 ? " · they agree" : " · \(differing) of \(comparison.rows.count) areas differ"
        }
        return SVG.text(text, x: Self.margin, y: y + 4, bold: true)
    }

    private func fitted(_ label: String, _ width: Double) -> String {
        var shown = label
        while SVG.textWidth(shown) > width, shown.count > 2 { shown = String(shown.dropLast(2)) + "…" }
        return shown
    }
}
