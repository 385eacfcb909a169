import RubricCore

/// Two assessments side by side as text, JSON, CSV or a markdown table, for `rubric compare`.
public enum CompareReport {
    public enum Format: String, CaseIterable, Sendable { case text, json, csv, markdown }

    /// With `evidence`, the two rubrics compared: text and markdown then quote, under each
    /// area where the levels differ, each side's level and evidence.
    public static func render(_ comparison: Comparison, a: String, b: String, as format: Format, evidence: (Rubric, Rubric)? = nil) -> String {
        switch format {
        case .text: text(comparison, a: a, b: b) + (evidence.map { disagreements(comparison, $0, a: a, b: b, markdown: false) } ?? "")
        case .json: json(comparison, a: a, b: b)
        case .csv: csv(comparison)
        case .markdown: markdown(comparison, a: a, b: b) + (evidence.map { disagreements(comparison, $0, a: a, b: b, markdown: true) } ?? "")
        }
    }

    /// What the meeting is about: for each area where the levels differ, what each side's
    /// level says and each side's evidence.
    private static func disagreements(_ comparison: Comparison, _ sides: (Rubric, Rubric), a: String, b: String, markdown: Bool) -> String {
        var out = ""
        for row in comparison.rows where !row.agrees {
            let name = SafeText.sanitized(row.name)
            out += markdown ? "\n### \(name)\n" : "\n\(name)\n"
            for (label, file, rubric, index) in [("A", a, sides.0, row.indexA), ("B", b, sides.1, row.indexB)] {
                guard let index else { continue }
                let area = rubric.areas[index]
                let level = area.currentLevel > 0 ? rubric.quoted(area.levels[area.currentLevel - 1]) : "not marked"
                let evidence = rubric.evidenceText(ofArea: index) ?? "no evidence"
                let who = "\(label) \(SafeText.sanitized(file)), level \(area.currentLevel)"
                if markdown {
                    out += "\n**\(who):** " + EvidenceReport.safeLines(level).replacingOccurrences(of: "\n", with: " ") + "\n\n"
                        + EvidenceReport.safeLines(evidence) + "\n"
                } else {
                    out += "  \(who): " + EvidenceReport.safeLines(level).replacingOccurrences(of: "\n", with: " ") + "\n"
                        + evidence.split(separator: "\n").map { "    " + SafeText.sanitized(String($0)) + "\n" }.joined()
                }
            }
        }
        return out
    }

    private static func level(_ value: Int?) -> String { value.map(String.init) ?? "-" }
    private static func signed(_ value: Int?) -> String {
        guard let value, value != 0 else { return "" }
        return value > 0 ? "+\(value)" : "\(value)"
    }

    /// Columns that fit 80: the two files named above them as A and B, a `*` before each
    /// area where they differ, and notes under the table for what the columns can't say.
    private static func text(_ comparison: Comparison, a: String, b: String) -> String {
        let rows = comparison.rows
        let groups = rows.map { Columns.fit(SafeText.sanitized($0.group ?? ""), 20) }
        let names = rows.map { Columns.fit(SafeText.sanitized($0.name), 28) }
        let groupWidth = max(5, groups.map(Columns.width).max() ?? 0), nameWidth = max(4, names.map(Columns.width).max() ?? 0)
        let hasGroups = rows.contains { $0.group != nil }
        func line(_ marker: String, _ group: String, _ name: String, _ a: String, _ b: String, _ difference: String) -> String {
            let start = marker + " " + (hasGroups ? Columns.pad(group, groupWidth) + "  " : "") + Columns.pad(name, nameWidth)
            return start + "  " + Columns.pad(a, 5, left: true) + "  " + Columns.pad(b, 5, left: true) + "  " + Columns.pad(difference, 4, left: true)
        }
        func titled(_ title: String?) -> String { title.map { " · " + SafeText.sanitized($0) } ?? "" }
        var out = "A  \(SafeText.sanitized(a))  \(comparison.totalA)/\(comparison.maximumA)\(titled(comparison.titleA))\n"
        out += "B  \(SafeText.sanitized(b))  \(comparison.totalB)/\(comparison.maximumB)\(titled(comparison.titleB))\n\n"
        out += trimmed(line(" ", "Group", "Area", "A", "B", "B-A")) + "\n"
        for (index, row) in rows.enumerated() {
            out += trimmed(line(row.agrees ? " " : "*", groups[index], names[index], level(row.a), level(row.b), signed(row.difference))) + "\n"
        }
        out += trimmed(line(" ", "", "Total", "\(comparison.totalA)", "\(comparison.totalB)", signed(comparison.totalB - comparison.totalA))) + "\n"
        let differing = rows.filter { !$0.agrees }.count
        out += "\n" + (differing == 0 ? "The marks agree in all \(rows.count) areas.\n" : "\(differing) of \(rows.count) areas differ (marked *).\n")
        if let warning = comparison.ladderWarning { out += warning + ".\n" }
        for row in rows {
            let name = SafeText.sanitized(row.name)
            if row.a == nil { out += "\(name) is only in B.\n" }
            if row.b == nil { out += "\(name) is only in A.\n" }
            if row.levelCountsDiffer, let maximumA = row.maximumA, let maximumB = row.maximumB {
                out += "\(name) has \(maximumA) levels in A and \(maximumB) in B.\n"
            }
            if let moved = row.otherGroup { out += "\(name) is \(place(row.group)) in A and \(place(moved)) in B.\n" }
        }
        return out
    }

    /// Where an area is filed, in words.
    private static func place(_ group: String?) -> String {
        guard let group, !group.isEmpty else { return "in no group" }
        return "under \(SafeText.sanitized(group))"
    }

    private static func json(_ comparison: Comparison, a: String, b: String) -> String {
        func side(_ file: String, _ total: Int, _ maximum: Int, _ title: String?) -> String {
            "{\"file\":\(ScoreReport.jsonString(file)),\"total\":\(total),\"max\":\(maximum),\"title\":\(title.map(ScoreReport.jsonString) ?? "null")}"
        }
        let areas = comparison.rows.map { row in
            let group = row.group.map(ScoreReport.jsonString) ?? "null"
            return "{\"group\":\(group),\"name\":\(ScoreReport.jsonString(row.name)),\"a\":\(row.a.map(String.init) ?? "null"),"
                + "\"b\":\(row.b.map(String.init) ?? "null"),\"max\":\(row.maximum)}"
        }
        return "{\"a\":\(side(a, comparison.totalA, comparison.maximumA, comparison.titleA)),\"b\":\(side(b, comparison.totalB, comparison.maximumB, comparison.titleB)),"
            + "\"areas\":[\(areas.joined(separator: ","))]}\n"
    }

    private static func csv(_ comparison: Comparison) -> String {
        var out = "group,name,a,b,max,difference\n"
        for row in comparison.rows {
            out += "\(ScoreReport.csvField(row.group ?? "")),\(ScoreReport.csvField(row.name)),\(row.a.map(String.init) ?? ""),"
                + "\(row.b.map(String.init) ?? ""),\(row.maximum),\(row.difference.map(String.init) ?? "")\n"
        }
        // The totals last, as a row without a group.
        return out + ",Total,\(comparison.totalA),\(comparison.totalB),\(comparison.maximumA),\(comparison.totalB - comparison.totalA)\n"
    }

    /// A table to paste into a pull-request comment: levels as `2/5`, the differing ones in
    /// bold, and the total.
    private static func markdown(_ comparison: Comparison, a: String, b: String) -> String {
        func cell(_ text: String) -> String {
            SafeText.sanitized(text).replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "*", with: "\\*")
                .replacingOccurrences(of: "<", with: "&lt;")
        }
        func shown(_ value: Int?, _ maximum: Int?, _ bold: Bool) -> String {
            guard let value, let maximum else { return "—" }
            return bold ? "**\(value)/\(maximum)**" : "\(value)/\(maximum)"
        }
        var out = "| Group | Area | \(cell(a)) | \(cell(b)) | Difference |\n| --- | --- | ---: | ---: | ---: |\n"
        for row in comparison.rows {
            let differs = !row.agrees
            out += "| \(cell(row.group ?? "")) | \(cell(row.name)) | \(shown(row.a, row.maximumA, differs)) | \(shown(row.b, row.maximumB, differs)) | \(signed(row.difference)) |\n"
        }
        let difference = signed(comparison.totalB - comparison.totalA)
        out += "| **Total** | | **\(comparison.totalA)/\(comparison.maximumA)** | **\(comparison.totalB)/\(comparison.maximumB)** | \(difference) |\n"
        if comparison.titleA != nil || comparison.titleB != nil {
            out += "| **Title** | | \(cell(comparison.titleA ?? "—")) | \(cell(comparison.titleB ?? "—")) | |\n"
        }
        let differing = comparison.rows.filter { !$0.agrees }.count
        out += "\n" + (differing == 0 ? "The marks agree in every area.\n" : "\(differing) of \(comparison.rows.count) areas differ.\n")
        if let warning = comparison.ladderWarning { out += "\n" + warning + ".\n" }
        for row in comparison.rows {
            if let moved = row.otherGroup { out += "\n\(cell(row.name)) is \(cell(place(row.group))) in \(cell(a)) and \(cell(place(moved))) in \(cell(b)).\n" }
        }
        return out
    }

    private static func trimmed(_ s: String) -> String { String(s.reversed().drop { $0 == " " }.reversed()) }
}
