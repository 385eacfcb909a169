import RubricCore

/// The score of every area as text, JSON or CSV, for `rubric score`.
public enum ScoreReport {
    public enum Format: String, CaseIterable, Sendable { case text, json, csv }

    public static func render(_ rubric: Rubric, as format: Format) -> String {
        switch format {
        case .text: return text(rubric)
        case .json: return json(rubric)
        case .csv: return csv(rubric)
        }
    }

    /// A bar with one block per level: filled up to the current level.
    static func bar(level: Int, maximum: Int) -> String {
        String(repeating: "█", count: level) + String(repeating: "░", count: max(0, maximum - level))
    }

    private static func text(_ rubric: Rubric) -> String {
        // Each cell measured once: a large file has tens of thousands of rows.
        typealias Cell = (text: String, width: Int)
        func cell(_ text: String) -> Cell { (text, Columns.width(text)) }
        let rows = rubric.areas.map { area in
            let level = area.currentLevel
            return (group: cell(SafeText.sanitized(rubric.group(of: area)?.name ?? "")), name: cell(SafeText.sanitized(area.name)),
                    score: cell("\(level)/\(area.maximum)"),
                    bar: bar(level: level, maximum: area.maximum) + (area.currentLevelName.map { "  " + SafeText.sanitized($0) } ?? "")
                        + (rubric.points == nil ? "" : "  \(points(rubric.worth(ofLevel: level)))"))
        }
        let groupWidth = rows.map(\.group.width).max() ?? 0
        let nameWidth = rows.map(\.name.width).max() ?? 0
        let levelWidth = rows.map(\.score.width).max() ?? 0
        func spaces(_ count: Int) -> String { String(repeating: " ", count: max(0, count)) }
        var out = ""
        for row in rows {
            if groupWidth > 0 { out += row.group.text + spaces(groupWidth - row.group.width + 2) }
            out += row.name.text + spaces(nameWidth - row.name.width + 2) + spaces(levelWidth - row.score.width) + row.score.text + "  " + row.bar + "\n"
        }
        let percent = Rubric.percent(total: rubric.total, maximum: rubric.maximum)
        let title = rubric.currentTitle.map { " · " + SafeText.sanitized($0.name) } ?? ""
        out += "Total \(rubric.total)/\(rubric.maximum)\(rubric.points == nil ? "" : " points") (\(percent)%)\(title)\n"
        out += TitlesReport.targetLines(rubric).map { $0 + "\n" }.joined()
        return out
    }

    static func points(_ count: Int) -> String { "\(count) \(count == 1 ? "point" : "points")" }

    private static func json(_ rubric: Rubric) -> String {
        let areas = rubric.areas.map { area in
            let group = rubric.group(of: area).map { jsonString($0.name) } ?? "null"
            let levelName = area.currentLevelName.map(jsonString) ?? "null"
            let points = rubric.points == nil ? "" : ",\"points\":\(rubric.worth(ofLevel: area.currentLevel))"
            return "{\"group\":\(group),\"name\":\(jsonString(area.name)),\"level\":\(area.currentLevel),\"max\":\(area.maximum),\"levelName\":\(levelName)\(points)}"
        }
        let levels = rubric.currentLevels
        let gap = rubric.targetTitleIndex.map { TitlesReport.gapJSON(rubric, to: $0, levels: levels) } ?? "null"
        return "{\"layout\":\"\(rubric.layout.rawValue)\",\"total\":\(rubric.total),\"max\":\(rubric.maximum),"
            + "\"title\":\(TitlesReport.titleJSON(rubric, rubric.titleIndex(levels: levels))),\"target\":\(TitlesReport.targetJSON(rubric)),\"gap\":\(gap),"
            + "\"areas\":[\(areas.joined(separator: ","))]}\n"
    }

    private static func csv(_ rubric: Rubric) -> String {
        // The columns JSON has, one row per area: the layout, the title and the target are
        // repeated on every row; points are empty without a points= declaration.
        var out = "group,name,level,max,levelName,layout,points,title,target\n"
        let whole = ",\(csvField(rubric.currentTitle?.name ?? "")),\(csvField(rubric.scoreSection?.targetLine?.name ?? ""))\n"
        for area in rubric.areas {
            out += "\(csvField(rubric.group(of: area)?.name ?? "")),\(csvField(area.name)),\(area.currentLevel),\(area.maximum),"
                + "\(csvField(area.currentLevelName ?? "")),\(rubric.layout.rawValue),\(rubric.points == nil ? "" : String(rubric.worth(ofLevel: area.currentLevel)))"
                + whole
        }
        return out
    }

    static func jsonString(_ s: String) -> String {
        // Most names need no escaping: checked on the bytes, the common case is one copy.
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C }) { return "\"" + s + "\"" }
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                || (0x2028...0x2029).contains(scalar.value):
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so spreadsheets don't run it.
    static func csvField(_ s: String) -> String {
        var field = SafeText.sanitized(s)
        if let first = field.first, "=+-@".contains(first) { field = "'" + field }
        guard field.contains(where: { ",\"".contains($0) }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
