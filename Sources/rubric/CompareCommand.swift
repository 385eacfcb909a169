import ArgumentParser
import RubricCore
import RubricReports
import RubricGit
import RubricStore

extension CompareReport.Format: ExpressibleByArgument {}

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two assessments of a ladder area by area.",
        discussion: """
            A and B are files, or files as a git revision holds them, written as 'git show' takes them: \
            HEAD~1:rubric.md, main:people/ana.md (an existing file whose name has a ':' is the file). \
            Exit status: 0 when the marks agree, 1 when they differ, 2 on an error.
            """
    )

    @Argument(help: "The first assessment (the engineer's, say): a file or REV:PATH.")
    var a: String

    @Argument(help: "The second (the manager's): a file or REV:PATH.")
    var b: String

    @Option(help: "Output format: text, json, csv or markdown (a table for a pull-request comment).")
    var format: CompareReport.Format = .text

    @Flag(help: "Under each area where the levels differ, each side's level text and evidence (text and markdown).")
    var evidence = false

    func validate() throws {
        if evidence && (format == .json || format == .csv) { throw ValidationError("--evidence quotes levels and evidence in the text and markdown formats") }
    }

    func run() throws {
        let sourceA = RubricSource(a), sourceB = RubricSource(b)
        let rubricA = try loadRubric(from: sourceA), rubricB = try loadRubric(from: sourceB)
        let comparison = Comparison(rubricA, rubricB)
        print(CompareReport.render(comparison, a: sourceA.name, b: sourceB.name, as: format, evidence: evidence ? (rubricA, rubricB) : nil), terminator: "")
        // Text and markdown say it in the report; JSON and CSV stay data, so it goes beside them.
        if let warning = comparison.ladderWarning, format == .json || format == .csv { printError(UsageText.errorLine(warning)) }
        if !comparison.agrees { throw ExitCode(ExitStatus.findings) }
    }
}
