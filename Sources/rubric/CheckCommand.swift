import ArgumentParser
import RubricCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report several marks in an area, headings without levels, empty levels, unbalanced <details> and a missing or stale score.",
        discussion: "Exits 0 when there is nothing to report, 1 when there is, 2 when the file can't be used."
    )

    @Argument(help: "The rubric file.")
    var file: String = DefaultFramework.fileName

    func run() throws {
        let (_, rubric) = try loadRubric(file)
        let findings = rubric.diagnostics
        let name = SafeText.sanitized(file)
        for finding in findings {
            print("\(name):\(finding.line): \(SafeText.sanitized(finding.message))")
        }
        if !findings.isEmpty { throw ExitCode(ExitStatus.findings) }
    }
}
