import RubricCore

/// A score history as text, JSON or CSV, for `rubric history`.
public enum HistoryReport {
    public enum Format: String, CaseIterable, Sendable { case text, json, csv }

    /// `width` is the terminal's, for the text's subjects (80 when the output is no terminal).
    public static func render(_ history: ScoreHistory, as format: Format, width: Int = 80) -> String {
        switch format {
        case .text: text(history, width: width)
        case .json: json(history)
        case .csv: csv(history)
        }
    }

    /// A table that fits the terminal (80 columns when the output is not one): the commit,
    /// the day, the total, each area's level with ↑ or ↓ where it moved since its parent,
    /// and the subject; then the sparkline.
    private static func text(_ history: ScoreHistory, width: Int) -> String {
        guard let newest = history.entries.first else { return "No commit changed the marks.\n" }
        // The areas as the newest entry has them, each headed by its first three letters.
        let ids = newest.areas.map(\.id)
        // A title column where the ladder had titles, as wide as the longest (at most 16 cells).
        let titles = history.entries.map { Columns.fit(SafeText.sanitized($0.title ?? ""), 16) }
        let titleWidth = titles.map(Columns.width).max() ?? 0
        let titleHeading = titleWidth == 0 ? "" : Columns.pad("title", titleWidth) + "  "
        var out = "commit   date        total  " + titleHeading + newest.areas.map { Columns.pad(Columns.abbreviation(SafeText.sanitized($0.name), cells: 3), 3) }.joined(separator: " ") + "  subject\n"
        for (row, entry) in history.entries.enumerated() {
            let levels = ids.map { id -> String in
                guard let area = entry.areas.score(of: id) else { return " - " }
                // Against the commit's parent, not the row below: a branch's commits interleave.
                let before = entry.before?.score(of: id)?.level
                let arrow = before.map { area.level > $0 ? "↑" : area.level < $0 ? "↓" : " " } ?? " "
                return Columns.pad("\(area.level)\(arrow)", 3)
            }
            let total = Columns.pad("\(entry.total)/\(entry.maximum)", 5, left: true)
            let commit = Columns.pad(entry.shortCommit ?? "(work)", 7)
            let title = titleWidth == 0 ? "" : Columns.pad(titles[row], titleWidth) + "  "
            let start = "\(commit)  \(String(entry.date.prefix(10)))  \(total)  \(title)\(levels.joined(separator: " "))  "
            out += start + Columns.fit(SafeText.sanitized(entry.subject), max(8, width - Columns.width(start))) + "\n"
        }
        let totals = history.entries.reversed().map(\.total)
        out += "\ntotal over time, oldest first: \(Sparkline.text(totals)) \(totals.first ?? 0) → \(totals.last ?? 0) of \(newest.maximum)\n"
        return out
    }

    private static func json(_ history: ScoreHistory) -> String {
        // One string appended to piece by piece, not one per entry and area: a long history
        // has thousands, and this is the last thing it waits for.
        var out = "["
        out.reserveCapacity(history.entries.count * 600)
        // Each area's group and name written once: they repeat in every entry.
        var areaStarts: [String: String] = [:]
        for (index, entry) in history.entries.enumerated() {
            out.append(index > 0 ? ",{\"commit\":" : "{\"commit\":")
            out.append(entry.commit.map(ScoreReport.jsonString) ?? "null")
            out.append(",\"date\":")
            out.append(ScoreReport.jsonString(entry.date))
            out.append(",\"author\":")
            out.append(entry.author.map(ScoreReport.jsonString) ?? "null")
            out.append(",\"subject\":")
            out.append(ScoreReport.jsonString(entry.subject))
            out.append(",\"total\":")
            out.append(String(entry.total))
            out.append(",\"max\":")
            out.append(String(entry.maximum))
            out.append(",\"title\":")
            out.append(entry.title.map(ScoreReport.jsonString) ?? "null")
            out.append(",\"areas\":[")
            for (position, area) in entry.areas.enumerated() {
                if position > 0 { out.append(",") }
                let key = (area.group ?? "\u{0}") + "\u{1F}" + area.name
                if let start = areaStarts[key] {
                    out.append(start)
                } else {
                    let start = "{\"group\":" + (area.group.map(ScoreReport.jsonString) ?? "null") + ",\"name\":"
                        + ScoreReport.jsonString(area.name) + ",\"level\":"
                    areaStarts[key] = start
                    out.append(start)
                }
                out.append(String(area.level))
                out.append(",\"max\":")
                out.append(String(area.maximum))
                out.append("}")
            }
            out.append("]}")
        }
        out.append("]\n")
        return out
    }

    /// One row per entry and area, so that areas added or renamed over time still fit.
    private static func csv(_ history: ScoreHistory) -> String {
        var out = "commit,date,author,subject,total,max,title,group,name,level,area_max\n"
        for entry in history.entries {
            let start = [entry.commit ?? "", entry.date, entry.author ?? "", entry.subject].map(ScoreReport.csvField).joined(separator: ",")
            let title = ScoreReport.csvField(entry.title ?? "")
            for area in entry.areas {
                out += "\(start),\(entry.total),\(entry.maximum),\(title),\(ScoreReport.csvField(area.group ?? "")),\(ScoreReport.csvField(area.name)),\(area.level),\(area.maximum)\n"
            }
        }
        return out
    }

}
