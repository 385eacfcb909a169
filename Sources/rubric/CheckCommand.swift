import ArgumentParser
import RubricCore
import RubricReports
import RubricStore

extension CheckReport.Format: ExpressibleByArgument {}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Say which layout each file is read in, and report problems: several marks in an area, headings without levels, empty levels, unbalanced <details>, level counts that differ, a missing or stale score or title, titles that can't be met, an unknown target, misplaced blocks.",
        discussion: """
            For each file, the first line names the layout and why it was chosen, then each finding with its line. \
            Exits 0 when there is nothing to report, 1 when there is, 2 when a file can't be used: the worst of the files. \
            --format github prints GitHub Actions workflow commands, so findings show on a pull request's lines; \
            --skip-non-rubrics passes over markdown files that are no rubric (a README), as the pre-commit hook does.
            """
    )

    @Argument(help: "The rubric files (default ./rubric.md).")
    var files: [String] = []

    @Option(help: "Output format: text, json (a list of {file, line, severity, message}) or github (workflow commands).")
    var format: CheckReport.Format = .text

    @Flag(help: "Also report each marked area that has no evidence.")
    var evidence = false

    @Flag(help: "Pass over files that are no rubric (no area, not text) instead of failing on them.")
    var skipNonRubrics = false

    enum Threshold: String, ExpressibleByArgument { case warning, error }

    @Option(help: "Exit 1 on any finding (warning, the default), or only on errors (error): warnings are still reported.")
    var failOn: Threshold = .warning

    func run() throws {
        let files = self.files.isEmpty ? [DefaultFramework.fileName] : self.files
        var outcomes: [(name: String, outcome: CheckReport.Outcome)] = []
        var worst: Int32 = 0
        for file in files {
            let bytes: [UInt8]
            do { bytes = try LoadedFile.read(file).bytes } catch {
                outcomes.append((file, .unusable("\(error)")))
                worst = ExitStatus.unusableInput
                continue
            }
            do {
                let rubric = try Rubric(bytes: bytes)
                let findings = (rubric.diagnostics + (evidence ? rubric.missingEvidence : [])).sorted { $0.line < $1.line }
                outcomes.append((file, .checked(rubric, findings)))
                if findings.contains(where: { failOn == .warning || $0.severity == .error }) { worst = max(worst, ExitStatus.findings) }
            } catch {
                if skipNonRubrics, Self.isNoRubric(error) { continue }
                outcomes.append((file, .unusable(rubricProblem(error, bytes: bytes, path: file))))
                worst = ExitStatus.unusableInput
            }
        }
        var errors: [String] = []
        print(CheckReport.render(outcomes, as: format, errors: &errors), terminator: "")
        for error in errors { printError(UsageText.errorLine(error)) }
        if worst != 0 { throw ExitCode(worst) }
    }

    /// A file that is simply no rubric: no area, not text. A rubric with a broken declaration is
    /// still reported.
    static func isNoRubric(_ error: RubricError) -> Bool {
        switch error {
        case .noAreas, .notUTF8, .containsNUL: true
        default: false
        }
    }
}
