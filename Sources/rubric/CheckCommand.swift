import ArgumentParser
import RubricCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Say which layout the file is read in, and report problems: several marks in an area, headings without levels, empty levels, unbalanced <details>, level counts that differ, a missing or stale score or title, titles that can't be met, an unknown target, misplaced blocks.",
        discussion: "The first line names the layout and why it was chosen. Exits 0 when there is nothing to report, 1 when there is, 2 when the file can't be used."
    )

    @Argument(help: "The rubric file.")
    var file: String = DefaultFramework.fileName

    @Flag(help: "Also report each marked area that has no evidence.")
    var evidence = false

    func run() throws {
        let (_, rubric) = try loadRubric(file)
        let findings = (rubric.diagnostics + (evidence ? rubric.missingEvidence : [])).sorted { $0.line < $1.line }
        let name = SafeText.sanitized(file)
        print("\(name): layout \(rubric.layout.rawValue): \(rubric.layoutChoice.reason); \(rubric.areas.count) \(rubric.areas.count == 1 ? "area" : "areas"), score \(Rubric.scoreText(total: rubric.total, maximum: rubric.maximum))\(rubric.currentTitle.map { " · " + SafeText.sanitized($0.name) } ?? "")")
        for finding in findings {
            print("\(name):\(finding.line): \(SafeText.sanitized(finding.message))")
        }
        if !findings.isEmpty { throw ExitCode(ExitStatus.findings) }
    }
}
