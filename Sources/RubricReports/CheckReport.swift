import RubricCore

/// What `rubric check` finds in one or many files, as text, JSON or GitHub Actions workflow
/// commands (so that findings show on a pull request's lines).
public enum CheckReport {
    public enum Format: String, CaseIterable, Sendable { case text, json, github }

    /// One file checked: its findings, or why it can't be used.
    public enum Outcome: Sendable {
        case checked(Rubric, [Diagnostic])
        case unusable(String)
    }

    /// The report on standard output; text says a file that can't be used on standard error
    /// instead (as every command does), which `errors` collects.
    public static func render(_ files: [(name: String, outcome: Outcome)], as format: Format, errors: inout [String]) -> String {
        switch format {
        case .text:
            var out = ""
            for (name, outcome) in files {
                let shown = SafeText.sanitized(name)
                switch outcome {
                case .unusable(let problem): errors.append("\(shown): \(problem)")
                case .checked(let rubric, let findings):
                    let title = rubric.currentTitle.map { " · " + SafeText.sanitized($0.name) } ?? ""
                    out += "\(shown): layout \(rubric.layout.rawValue): \(rubric.layoutChoice.reason); \(rubric.areas.count) \(rubric.areas.count == 1 ? "area" : "areas"), "
                        + "score \(Rubric.scoreText(total: rubric.total, maximum: rubric.maximum))\(title)\n"
                    out += findings.map { "\(shown):\($0.line): \(SafeText.sanitized($0.message))\n" }.joined()
                }
            }
            return out
        case .json:
            let entries = files.flatMap { name, outcome -> [String] in
                switch outcome {
                case .unusable(let problem):
                    return ["{\"file\":\(ScoreReport.jsonString(name)),\"line\":null,\"severity\":\"error\",\"message\":\(ScoreReport.jsonString(problem))}"]
                case .checked(_, let findings):
                    return findings.map { "{\"file\":\(ScoreReport.jsonString(name)),\"line\":\($0.line),\"severity\":\"\($0.severity.rawValue)\",\"message\":\(ScoreReport.jsonString($0.message))}" }
                }
            }
            return "[" + entries.joined(separator: ",") + "]\n"
        case .github:
            return files.flatMap { name, outcome -> [String] in
                switch outcome {
                case .unusable(let problem): return ["::error file=\(property(name))::\(data(problem))\n"]
                case .checked(_, let findings): return findings.map { "::\($0.severity.rawValue) file=\(property(name)),line=\($0.line)::\(data($0.message))\n" }
                }
            }.joined()
        }
    }

    /// A workflow command's message: `%`, CR and LF escaped, as GitHub reads them.
    static func data(_ text: String) -> String {
        SafeText.sanitized(text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A"))
    }

    /// A property's value: also `:` and `,`, which end it.
    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
