import RubricCore
import RubricStyle

/// A team's assessments as a matrix (text, for the terminal), JSON, CSV or a markdown table
/// (for a calibration document), for `rubric team`.
public enum TeamReport {
    public enum Format: String, CaseIterable, Sendable { case text, json, csv, markdown }

    public struct Options: Sendable {
        /// The terminal's width, for the text (80 when the output is no terminal).
        public var width = 80
        /// Colour each level's cell (a terminal without NO_COLOR).
        public var colour = false
        /// Per person (in the team's order) and column, the change since an earlier revision;
        /// nil without `--since`, or where a side lacks the area.
        public var changes: [[Int?]]?
        public var since: String?
        public init() {}
    }

    public static func render(_ team: Team, as format: Format, _ options: Options = Options()) -> String {
        switch format {
        case .text: text(team, options)
        case .json: json(team, options)
        case .csv: csv(team, options)
        case .markdown: markdown(team, options)
        }
    }

    /// Three letters for each area; more where two areas would read alike.
    public static func headings(_ team: Team) -> [String] { Abbreviation.distinct(team.columns.map { SafeText.sanitized($0.name) }) }

    /// ↑ or ↓ for a change, else `none`.
    private static func arrow(_ change: Int?, none: String = " ") -> String {
        guard let change, change != 0 else { return none }
        return change > 0 ? "↑" : "↓"
    }

    private static func text(_ team: Team, _ options: Options) -> String {
        let headings = headings(team)
        let cell = max(3, headings.map(Columns.width).max() ?? 3)
        let titled = team.people.contains { $0.title != nil }
        let titleWidth = titled ? min(16, team.people.map { Columns.width(SafeText.sanitized($0.title ?? "")) }.max() ?? 0) : 0
        let fixed = team.columns.count * (cell + 1) + 9 + (titled ? titleWidth + 2 : 0)
        let nameWidth = max(6, min(team.people.map { Columns.width(SafeText.sanitized($0.name)) }.max() ?? 6, options.width - fixed))
        var out = Columns.pad("person", nameWidth) + " " + headings.map { Columns.pad($0, cell, left: true) }.joined(separator: " ") + "  total" + (titled ? "  title" : "") + "\n"
        for (row, person) in team.people.enumerated() {
            var line = Columns.pad(Columns.fit(SafeText.sanitized(person.name), nameWidth), nameWidth) + " "
            line += person.levels.enumerated().map { column, level in
                let change = options.changes?[row][column]
                let shown = Columns.pad((level.map(String.init) ?? "-") + arrow(change), cell, left: true)
                guard options.colour, let level else { return shown }
                return colour(level, maximum: team.columns[column].maximum) + shown + "\u{1B}[0m"
            }.joined(separator: " ")
            line += "  " + Columns.pad("\(person.total)/\(person.maximum)", 5, left: true)
            if titled { line += "  " + Columns.fit(SafeText.sanitized(person.title ?? "-"), titleWidth) }
            out += line + "\n"
        }
        out += "\n" + zip(headings, team.columns).map { "\($0) \(SafeText.sanitized($1.name))" }.joined(separator: ", ") + "\n\n"
        let labelWidth = team.columns.map { Columns.width(SafeText.sanitized($0.name)) }.max() ?? 0
        for (column, area) in team.columns.enumerated() {
            let counts = team.spread(of: column).counts, medianText = team.medianText(of: column)
            let spread = counts.enumerated().filter { $0.element > 0 }.map { "at \($0.offset): \($0.element)" }.joined(separator: ", ")
            out += Columns.pad(SafeText.sanitized(area.name), labelWidth) + "  median " + Columns.pad(medianText, 3) + "  " + spread + "\n"
        }
        if titled {
            var tally: [String: Int] = [:], order: [String] = []
            for person in team.people {
                let title = person.title ?? "no title"
                if tally[title] == nil { order.append(title) }
                tally[title, default: 0] += 1
            }
            out += "\nTitles: " + order.map { "\(SafeText.sanitized($0)) \(tally[$0]!)" }.joined(separator: ", ") + "\n"
        }
        if let changes = options.changes, let since = options.since {
            let moved = team.people.indices.compactMap { row -> String? in
                let steps = team.columns.indices.compactMap { column -> String? in
                    guard let change = changes[row][column], change != 0, let level = team.people[row].levels[column] else { return nil }
                    return "\(SafeText.sanitized(team.columns[column].name)) \(level - change) → \(level)"
                }
                return steps.isEmpty ? nil : "  \(SafeText.sanitized(team.people[row].name)): " + steps.joined(separator: ", ")
            }
            out += "\nSince \(SafeText.sanitized(since)): " + (moved.isEmpty ? "nobody moved\n" : "\(moved.count) moved\n" + moved.joined(separator: "\n") + "\n")
        }
        return out
    }

    /// A level's colour on a terminal: dim at 0, then blue, cyan, green and bold green.
    private static func colour(_ level: Int, maximum: Int) -> String {
        guard level > 0, maximum > 0 else { return "\u{1B}[2m" }
        let share = Double(level) / Double(maximum)
        return share < 0.35 ? "\u{1B}[34m" : share < 0.6 ? "\u{1B}[36m" : share < 0.9 ? "\u{1B}[32m" : "\u{1B}[1;32m"
    }

    private static func json(_ team: Team, _ options: Options) -> String {
        let areas = team.columns.map { column in
            "{\"group\":\(column.group.map(ScoreReport.jsonString) ?? "null"),\"name\":\(ScoreReport.jsonString(column.name)),\"max\":\(column.maximum)}"
        }
        let people = team.people.enumerated().map { row, person in
            let levels = person.levels.map { $0.map(String.init) ?? "null" }.joined(separator: ",")
            let changes = options.changes.map { ",\"changes\":[" + $0[row].map { $0.map(String.init) ?? "null" }.joined(separator: ",") + "]" } ?? ""
            return "{\"name\":\(ScoreReport.jsonString(person.name)),\"file\":\(ScoreReport.jsonString(person.file)),\"total\":\(person.total),"
                + "\"max\":\(person.maximum),\"title\":\(person.title.map(ScoreReport.jsonString) ?? "null"),\"levels\":[\(levels)]\(changes)}"
        }
        return "{\"areas\":[\(areas.joined(separator: ","))],\"people\":[\(people.joined(separator: ","))]}\n"
    }

    private static func csv(_ team: Team, _ options: Options) -> String {
        var out = "person,file,group,area,level,max" + (options.changes == nil ? "" : ",change") + "\n"
        for (row, person) in team.people.enumerated() {
            for (column, area) in team.columns.enumerated() {
                guard let level = person.levels[column] else { continue }
                out += [person.name, person.file, area.group ?? "", area.name].map(ScoreReport.csvField).joined(separator: ",") + ",\(level),\(area.maximum)"
                if let changes = options.changes { out += "," + (changes[row][column].map(String.init) ?? "") }
                out += "\n"
            }
        }
        return out
    }

    private static func markdown(_ team: Team, _ options: Options) -> String {
        func cell(_ text: String) -> String {
            SafeText.sanitized(text).replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "<", with: "&lt;")
        }
        let titled = team.people.contains { $0.title != nil }
        var out = "| Person | " + team.columns.map { cell($0.name) }.joined(separator: " | ") + " | Total |" + (titled ? " Title |" : "") + "\n"
        out += "| --- |" + String(repeating: " ---: |", count: team.columns.count) + " ---: |" + (titled ? " --- |" : "") + "\n"
        for (row, person) in team.people.enumerated() {
            let levels = person.levels.enumerated().map { column, level in
                (level.map(String.init) ?? "—") + (options.changes.map { arrow($0[row][column], none: "") } ?? "")
            }
            out += "| \(cell(person.name)) | " + levels.joined(separator: " | ") + " | \(person.total)/\(person.maximum) |"
                + (titled ? " \(cell(person.title ?? "—")) |" : "") + "\n"
        }
        return out
    }
}
