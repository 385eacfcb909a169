import RubricCore

/// Each area's evidence, for `rubric evidence`: as text to read, JSON, or markdown to paste.
public enum EvidenceReport {
    public enum Format: String, CaseIterable, Sendable { case text, json, markdown }

    /// Every area's, or only `area`'s.
    public static func render(_ rubric: Rubric, area: Int? = nil, as format: Format) -> String {
        let indices = area.map { [$0] } ?? Array(rubric.areas.indices)
        switch format {
        case .text: return text(rubric, indices, all: area == nil)
        case .json: return json(rubric, indices)
        case .markdown: return markdown(rubric, indices, all: area == nil)
        }
    }

    /// "Delivery (3/5), 2 pieces of evidence:" and the evidence indented; the areas with none
    /// named together at the end.
    private static func text(_ rubric: Rubric, _ indices: [Int], all: Bool) -> String {
        var out = all ? (rubric.evidenceNotes.map { "Notes:\n" + indented($0) + "\n" } ?? "") : ""
        var without: [String] = []
        for index in indices {
            let area = rubric.areas[index], name = SafeText.sanitized(area.name)
            guard let evidence = rubric.evidenceText(ofArea: index) else {
                without.append("\(name) (\(area.currentLevel)/\(area.maximum))")
                continue
            }
            let count = rubric.evidenceCount(ofArea: index)
            out += "\(name) (\(area.currentLevel)/\(area.maximum)), \(count) \(count == 1 ? "piece" : "pieces") of evidence:\n" + indented(evidence) + "\n"
        }
        if !without.isEmpty { out += "No evidence: " + without.joined(separator: ", ") + "\n" }
        return out
    }

    private static func indented(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + SafeText.sanitized(String($0)) }.joined(separator: "\n") + "\n"
    }

    /// Text of several lines made safe line by line, its line breaks kept.
    static func safeLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { SafeText.sanitized(String($0)) }.joined(separator: "\n")
    }

    private static func json(_ rubric: Rubric, _ indices: [Int]) -> String {
        let areas = indices.map { index in
            let area = rubric.areas[index]
            let group = rubric.group(of: area).map { ScoreReport.jsonString($0.name) } ?? "null"
            return "{\"group\":\(group),\"name\":\(ScoreReport.jsonString(area.name)),\"level\":\(area.currentLevel),\"max\":\(area.maximum),"
                + "\"count\":\(rubric.evidenceCount(ofArea: index)),\"evidence\":\(rubric.evidenceText(ofArea: index).map(ScoreReport.jsonString) ?? "null")}"
        }
        return "{\"notes\":\(rubric.evidenceNotes.map(ScoreReport.jsonString) ?? "null"),\"areas\":[\(areas.joined(separator: ","))]}\n"
    }

    private static func markdown(_ rubric: Rubric, _ indices: [Int], all: Bool) -> String {
        var out = all ? (rubric.evidenceNotes.map { $0 + "\n\n" } ?? "") : ""
        for index in indices {
            let area = rubric.areas[index]
            out += "### \(PacketReport.heading(area.name)) (\(area.currentLevel)/\(area.maximum))\n\n"
            out += (rubric.evidenceText(ofArea: index).map(safeLines) ?? "_No evidence._") + "\n\n"
        }
        return out
    }
}
