import RubricCore

/// A progression as a picture: the total over time, then each area in a strip of its own
/// (small multiples, each on its own scale of levels with a line per level), on one time
/// axis dated at month, quarter or year starts. Steps, not slopes: a level holds until the
/// commit that changes it. Uncommitted changes, dated when the file was last written, are
/// labelled as such.
public struct HistoryChart {
    let name: String
    let history: ScoreHistory

    public init(name: String, history: ScoreHistory) {
        self.name = name
        self.history = history
    }

    private static let width = 760.0, margin = 20.0, labelWidth = 170.0, valueWidth = 50.0
    private static let totalHeight = 150.0, areaHeight = 64.0

    public func svg() -> String {
        let entries = Array(history.entries.reversed())  // oldest first
        let days = entries.map { Self.day($0.date) }
        let first = days.min() ?? 0, last = days.max() ?? 0
        let plotX = Self.margin + Self.labelWidth, plotWidth = Self.width - plotX - Self.valueWidth - Self.margin
        func x(_ day: Int) -> Double { last == first ? plotX + plotWidth / 2 : plotX + plotWidth * Double(day - first) / Double(last - first) }
        let xs = days.map(x)
        var body = SVG.text(SafeText.sanitized(name), x: Self.margin, y: 30, bold: true)
        body += SVG.text("\(entries.count) \(entries.count == 1 ? "change" : "changes") of the marks", x: Self.margin, y: 48, className: "muted")
        // The total, with its scale.
        var y = 64.0
        let maximum = entries.last?.maximum ?? 0
        body += SVG.text("Total", x: Self.margin, y: y + Self.totalHeight / 2 + 4, bold: true)
        body += SVG.rect("track", x: plotX, y: y, width: plotWidth, height: Self.totalHeight, radius: 0)
        for value in [0, maximum / 2, maximum] {
            let lineY = y + Self.totalHeight * (1 - (maximum == 0 ? 0 : Double(value) / Double(maximum)))
            body += "<line class=\"tick\" x1=\"\(SVG.number(plotX))\" y1=\"\(SVG.number(lineY))\" x2=\"\(SVG.number(plotX + plotWidth))\" y2=\"\(SVG.number(lineY))\"/>\n"
            body += SVG.text("\(value)", x: plotX - 6, y: lineY + 4, className: "muted", anchor: "end")
        }
        body += steps(xs, entries.map(\.total), maximum: maximum, top: y, height: Self.totalHeight, end: plotX + plotWidth)
        body += SVG.text("\(entries.last?.total ?? 0)/\(maximum)", x: plotX + plotWidth + 8, y: y + 14, className: "muted")
        if let uncommitted = entries.last, uncommitted.commit == nil, let at = xs.last {
            body += "<line class=\"tick\" stroke-dasharray=\"3 3\" x1=\"\(SVG.number(at))\" y1=\"\(SVG.number(y))\" x2=\"\(SVG.number(at))\" y2=\"\(SVG.number(y + Self.totalHeight))\"/>\n"
            body += SVG.text("uncommitted", x: at - 4, y: y + Self.totalHeight - 6, className: "muted", anchor: "end")
        }
        y += Self.totalHeight + 8
        body += dates(days, x: x, y: y + 12)
        y += 28
        // Each area as the newest entry has it.
        for area in entries.last?.areas ?? [] {
            let levels = entries.map { entry in entry.areas.score(of: area.id)?.level ?? 0 }
            let label = SafeText.sanitized(area.name)
            body += SVG.text(label.count > 24 ? String(label.prefix(23)) + "…" : label, x: plotX - 12, y: y + Self.areaHeight / 2 + 4, anchor: "end")
            let top = y + 8, height = Self.areaHeight - 16
            body += SVG.rect("track", x: plotX, y: y + 3, width: plotWidth, height: Self.areaHeight - 6, radius: 2)
            // A faint line at each level, so a step of one reads as one.
            for level in 1..<max(1, area.maximum) {
                let lineY = SVG.number(top + height * (1 - Double(level) / Double(area.maximum)))
                body += "<line class=\"tick\" x1=\"\(SVG.number(plotX))\" y1=\"\(lineY)\" x2=\"\(SVG.number(plotX + plotWidth))\" y2=\"\(lineY)\"/>\n"
            }
            body += steps(xs, levels, maximum: area.maximum, top: top, height: height, end: plotX + plotWidth)
            body += SVG.text("\(levels.last ?? 0)/\(area.maximum)", x: plotX + plotWidth + 8, y: y + Self.areaHeight / 2 + 4, className: "muted")
            y += Self.areaHeight
        }
        let height = y + 20
        let title = "rubric history: \(SafeText.sanitized(name)), \(entries.first?.total ?? 0) to \(entries.last?.total ?? 0) of \(maximum)"
        return SVG.header(width: Self.width, height: height, title: title) + body + "</svg>\n"
    }

    /// A stepped line through the values, held to the right edge, with a dot at each change.
    private func steps(_ xs: [Double], _ values: [Int], maximum: Int, top: Double, height: Double, end: Double) -> String {
        guard !values.isEmpty else { return "" }
        func y(_ value: Int) -> Double { top + height * (1 - (maximum == 0 ? 0 : Double(value) / Double(maximum))) }
        var points = "\(SVG.number(xs[0])),\(SVG.number(y(values[0])))"
        for index in 1..<values.count {
            points += " \(SVG.number(xs[index])),\(SVG.number(y(values[index - 1]))) \(SVG.number(xs[index])),\(SVG.number(y(values[index])))"
        }
        points += " \(SVG.number(end)),\(SVG.number(y(values[values.count - 1])))"
        var out = "<polyline class=\"line-a\" points=\"\(points)\"/>\n"
        // A dot where the value changes (and where it starts).
        for index in values.indices where index == 0 || values[index] != values[index - 1] {
            out += "<circle class=\"a\" cx=\"\(SVG.number(xs[index]))\" cy=\"\(SVG.number(y(values[index])))\" r=\"2.5\"/>\n"
        }
        return out
    }

    /// Dates under the time axis, at round ones: month starts, else quarter or year starts,
    /// as few as keep at most six; a history within one month has its first and last day.
    private func dates(_ days: [Int], x: (Int) -> Double, y: Double) -> String {
        guard let first = days.min(), let last = days.max() else { return "" }
        let marks = Self.roundDates(from: first, to: last)
        var out = ""
        for day in marks {
            let anchor = marks.count == 1 ? "middle" : day == first ? "start" : day == last ? "end" : "middle"
            out += "<line class=\"tick\" x1=\"\(SVG.number(x(day)))\" y1=\"\(SVG.number(y - 20))\" x2=\"\(SVG.number(x(day)))\" y2=\"\(SVG.number(y - 14))\"/>\n"
            out += SVG.text(Self.date(day), x: x(day), y: y, className: "muted", anchor: anchor)
        }
        return out
    }

    /// The first days of months, quarters or years between two days, at most six of them.
    static func roundDates(from first: Int, to last: Int) -> [Int] {
        guard first < last else { return [first] }
        let (startYear, startMonth) = monthOf(first)
        for step in [1, 3, 6, 12, 24, 60] {
            var marks: [Int] = []
            // From the first step-aligned month start on or after `first`.
            var month = startYear * 12 + (startMonth - 1)
            while month % step != 0 { month += 1 }
            while true {
                let monthNumber = month % 12 + 1
                let day = Self.day("\(month / 12)-\(monthNumber < 10 ? "0" : "")\(monthNumber)-01")
                if day < first { month += step; continue }
                if day > last { break }
                marks.append(day)
                month += step
            }
            if marks.count <= 6 { return marks.count < 2 ? [first, last] : marks }
        }
        return [first, last]
    }

    /// The year and month (1-12) of a day count.
    private static func monthOf(_ day: Int) -> (Int, Int) {
        let parts = date(day).split(separator: "-").compactMap { Int($0) }
        return (parts[0], parts[1])
    }

    /// Days since 1970-01-01 of an ISO 8601 date's day (its first ten characters).
    static func day(_ date: String) -> Int {
        let parts = date.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return 0 }
        // Howard Hinnant's days_from_civil.
        let (y0, m, d) = (parts[0], parts[1], parts[2])
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The ISO date of a day count.
    static func date(_ days: Int) -> String {
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(y)-\(two(m))-\(two(d))"
    }
}
