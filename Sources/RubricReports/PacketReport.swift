import RubricCore

/// The promotion case as one markdown document for the people who decide (`rubric packet`):
/// who and when, the score and title, the target and its gap, then each area with its level,
/// that level's text, what the target asks and the evidence; the areas without evidence last.
public enum PacketReport {
    public struct Options: Sendable {
        /// The person, from the file's name.
        public let person: String
        /// The day written, `YYYY-MM-DD`.
        public let date: String
        /// The title aimed for, overriding the file's target; nil for the file's.
        public let target: Int?
        /// A chart to link, written beside the document.
        public let chart: String?

        public init(person: String, date: String, target: Int?, chart: String?) {
            self.person = person; self.date = date; self.target = target; self.chart = chart
        }
    }

    public static func render(_ rubric: Rubric, _ options: Options) -> String {
        let levels = rubric.currentLevels
        let target = options.target ?? rubric.targetTitleIndex
        let required = target.flatMap { rubric.levelsRequired(by: $0, from: levels) }
        var out = "# Promotion case: \(heading(options.person))\n\n\(options.date)\n\n"
        let title = rubric.currentTitle.map { " · " + heading($0.name) } ?? ""
        out += "**Score:** \(rubric.total)/\(rubric.maximum) (\(Rubric.percent(total: rubric.total, maximum: rubric.maximum))%)\(title)\n\n"
        if let target {
            let name = heading(rubric.titles[target].name)
            let gaps = rubric.gap(to: target, levels: levels).filter { !$0.met }
            if gaps.isEmpty {
                out += "**Target:** \(name), met.\n\n"
            } else {
                out += "**Target:** \(name), \(rubric.distance(to: target, levels: levels) ?? "never met"):\n\n"
                for gap in gaps { out += "- \(heading(gap.requirement.text)): \(rubric.missing(gap).map(heading).joined(separator: ", "))\n" }
                out += "\n"
            }
        }
        if let chart = options.chart { out += "![The assessment as a chart](\(chart))\n\n" }
        if let notes = rubric.evidenceNotes { out += EvidenceReport.safeLines(notes) + "\n\n" }
        let without = rubric.areas.indices.filter { rubric.evidenceText(ofArea: $0) == nil }
        for index in rubric.areas.indices where !without.contains(index) {
            out += "## \(heading(rubric.areas[index].name))\n\n" + area(rubric, index, required: required?[index])
            out += "**Evidence:**\n\n" + EvidenceReport.safeLines(rubric.evidenceText(ofArea: index) ?? "") + "\n\n"
        }
        if !without.isEmpty {
            out += "## Areas without evidence\n\n"
            for index in without { out += "### \(heading(rubric.areas[index].name))\n\n" + area(rubric, index, required: required?[index]) }
        }
        return out
    }

    /// An area's level and its text, and what the target asks where it asks more.
    private static func area(_ rubric: Rubric, _ index: Int, required: Int?) -> String {
        let area = rubric.areas[index]
        var out = "**Level:** \(area.currentLevel) of \(area.maximum)\n\n"
        if area.currentLevel > 0 { out += quote(rubric.quoted(area.levels[area.currentLevel - 1])) }
        if let required, required > area.currentLevel {
            out += "**The target asks:** level \(required)\n\n" + quote(rubric.quoted(area.levels[required - 1]))
        }
        return out
    }

    private static func quote(_ text: String) -> String {
        text.split(separator: "\n").map { "> " + SafeText.sanitized(String($0)) }.joined(separator: "\n") + "\n\n"
    }

    /// File text on a line of its own in the document: safe, on one line.
    static func heading(_ text: String) -> String { SafeText.sanitized(text).replacingOccurrences(of: "\u{240A}", with: " ") }
}
