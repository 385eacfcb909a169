import RubricCore

/// Every title of a ladder, met or not, with the gap to each unmet one, for `rubric titles`;
/// and the title and target lines that `rubric score` adds after its total.
public enum TitlesReport {
    public enum Format: String, CaseIterable, Sendable { case text, json }

    public static func render(_ rubric: Rubric, as format: Format) -> String {
        switch format {
        case .text: text(rubric)
        case .json: json(rubric)
        }
    }

    private static func text(_ rubric: Rubric) -> String {
        guard !rubric.titles.isEmpty else {
            return "No titles: add a titles block ('rubric help format', \"Titles\") or name the levels.\n"
        }
        let levels = rubric.currentLevels
        let current = rubric.titleIndex(levels: levels), target = rubric.targetTitleIndex
        let names = rubric.titles.map { SafeText.sanitized($0.name) }
        let width = names.map(Columns.width).max() ?? 0
        var out = rubric.titleSource == .levelNames ? "Titles from the level names (each requires every area at its level):\n" : ""
        for (index, name) in names.enumerated() {
            let met = rubric.meets(title: index, levels: levels)
            var notes: [String] = []
            if index == current { notes.append("current title") }
            if index == target { notes.append("target") }
            if !met { notes.append(rubric.distance(to: index, levels: levels) ?? "never met ('rubric check' says why)") }
            out += (met ? "✓ " : "  ") + name
            if !notes.isEmpty { out += String(repeating: " ", count: width - Columns.width(name) + 2) + notes.joined(separator: ", ") }
            out += "\n"
            if !met { out += gapLines(rubric, to: index, levels: levels).map { "    " + $0 + "\n" }.joined() }
        }
        if let name = rubric.scoreSection?.targetLine?.name, target == nil {
            out += "Target '\(SafeText.sanitized(name))' names no title\n"
        }
        return out
    }

    /// One line per unmet requirement: what it asks, then what is missing.
    static func gapLines(_ rubric: Rubric, to index: Int, levels: [Int]) -> [String] {
        rubric.gap(to: index, levels: levels).filter { !$0.met }.map { gap in
            SafeText.sanitized(gap.requirement.text) + ": " + rubric.missing(gap).map(SafeText.sanitized).joined(separator: ", ")
        }
    }

    /// The lines `rubric score` prints after its total: the target, how far it is, and what it
    /// takes; nothing without a target line.
    public static func targetLines(_ rubric: Rubric) -> [String] {
        guard let line = rubric.scoreSection?.targetLine else { return [] }
        guard let index = rubric.targetTitleIndex else {
            return [line.name.isEmpty ? "The Target: line names no title" : "Target \(SafeText.sanitized(line.name)): names no title"]
        }
        let levels = rubric.currentLevels
        let name = SafeText.sanitized(rubric.titles[index].name)
        guard let distance = rubric.distance(to: index, levels: levels) else {
            let met = rubric.meets(title: index, levels: levels)
            return ["Target \(name): " + (met ? "met" : "can never be met ('rubric check' says why)")]
        }
        return ["Target \(name): \(distance)"] + gapLines(rubric, to: index, levels: levels).map { "  " + $0 }
    }

    private static func json(_ rubric: Rubric) -> String {
        let levels = rubric.currentLevels
        let current = rubric.titleIndex(levels: levels), target = rubric.targetTitleIndex
        let titles = rubric.titles.indices.map { index in
            let title = rubric.titles[index]
            let met = rubric.meets(title: index, levels: levels)
            return "{\"name\":\(ScoreReport.jsonString(title.name)),\"met\":\(met),\"current\":\(index == current),\"target\":\(index == target),"
                + "\"gap\":\(gapJSON(rubric, to: index, levels: levels))}"
        }
        let source = switch rubric.titleSource {
        case .none: "null"
        case .block: "\"block\""
        case .levelNames: "\"levelNames\""
        }
        return "{\"source\":\(source),\"title\":\(titleJSON(rubric, current)),\"target\":\(targetJSON(rubric)),\"titles\":[\(titles.joined(separator: ","))]}\n"
    }

    /// `[{"requirement", "met", "missing": [...]}]`, every requirement of the title.
    static func gapJSON(_ rubric: Rubric, to index: Int, levels: [Int]) -> String {
        let gaps = rubric.gap(to: index, levels: levels).map { gap in
            "{\"requirement\":\(ScoreReport.jsonString(gap.requirement.text)),\"met\":\(gap.met),"
                + "\"missing\":[\(rubric.missing(gap).map(ScoreReport.jsonString).joined(separator: ","))]}"
        }
        return "[" + gaps.joined(separator: ",") + "]"
    }

    static func titleJSON(_ rubric: Rubric, _ index: Int?) -> String {
        index.map { ScoreReport.jsonString(rubric.titles[$0].name) } ?? "null"
    }

    /// The target as the file names it (null without a target line).
    static func targetJSON(_ rubric: Rubric) -> String {
        rubric.scoreSection?.targetLine.map { ScoreReport.jsonString($0.name) } ?? "null"
    }
}
