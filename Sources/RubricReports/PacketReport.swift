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
        /// A chart to link, written beside the document, and what it shows.
        public let chart: String?
        public let chartDescription: String

        public init(person: String, date: String, target: Int?, chart: String?, chartDescription: String = "The assessment as a chart") {
            self.person = person; self.date = date; self.target = target; self.chart = chart; self.chartDescription = chartDescription
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
        if let chart = options.chart { out += "![\(options.chartDescription)](\(chart))\n\n" }
        if let notes = rubric.evidenceNotes { out += "**Notes:**\n\n" + EvidenceReport.safeLines(notes) + "\n\n" }
        // The areas a "K areas at N" requirement may be met with: each one's choice is shared.
        var either: [Int: Alternative] = [:]
        // What each area must reach whatever the others do: every area's level, its own.
        var own = levels
        for requirement in target.map({ rubric.titles[$0].requirements }) ?? [] {
            switch requirement.rule {
            case .everyArea(let level): own = own.map { max($0, level) }
            case .area(let index, let level): own[index] = max(own[index], level)
            default: break
            }
        }
        if let target {
            for gap in rubric.gap(to: target, levels: levels) where gap.moreAreas > 0 {
                for step in gap.steps {
                    let others = gap.steps.filter { $0.areaIndex != step.areaIndex }.map { heading(rubric.areas[$0.areaIndex].name) }
                    either[step.areaIndex] = Alternative(level: step.required, others: others, requirement: heading(gap.requirement.text))
                }
            }
        }
        let without = rubric.areas.indices.filter { rubric.evidenceText(ofArea: $0) == nil }
        for index in rubric.areas.indices where !without.contains(index) {
            out += "## \(heading(rubric.areas[index].name))\n\n" + area(rubric, index, required: required?[index], own: own[index], either: either[index])
            out += "**Evidence:**\n\n" + EvidenceReport.safeLines(rubric.evidenceText(ofArea: index) ?? "") + "\n\n"
        }
        if !without.isEmpty {
            out += "## Areas without evidence\n\n"
            for index in without { out += "### \(heading(rubric.areas[index].name))\n\n" + area(rubric, index, required: required?[index], own: own[index], either: either[index]) }
        }
        return out
    }

    /// An area's level and its text, and what the target asks where it asks more.
    /// Where a requirement counts areas, any of several may meet it.
    private struct Alternative {
        let level: Int
        let others: [String]
        let requirement: String
    }

    private static func area(_ rubric: Rubric, _ index: Int, required: Int?, own: Int, either: Alternative?) -> String {
        let area = rubric.areas[index]
        var out = "**Level:** \(area.currentLevel) of \(area.maximum)\n\n"
        if area.currentLevel > 0 { out += quote(rubric.quoted(area.levels[area.currentLevel - 1])) }
        // Where other areas may meet the requirement instead, it says so.
        if let either, own < either.level {
            let others = either.others.isEmpty ? "" : " or in " + either.others.joined(separator: ", ")
            out += "**The target asks:** level \(either.level) here\(others) (\(either.requirement))\n\n" + quote(rubric.quoted(area.levels[either.level - 1]))
        } else if let required, required > area.currentLevel {
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
