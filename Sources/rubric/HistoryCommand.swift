import ArgumentParser
import RubricCore
import RubricReports
import RubricGit
import RubricStore

extension HistoryReport.Format: ExpressibleByArgument {}

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "The score over time, from the file's git history.",
        discussion: """
            One entry per commit whose marks differ from its parent's, newest first as 'git log' lists them, \
            following renames; uncommitted changes first. A commit whose file is not a rubric is left out with \
            a warning on standard error.
            """
    )

    @Argument(help: "The rubric file, tracked by git.")
    var file: String = DefaultFramework.fileName

    @Option(help: "Output format: text, json or csv.")
    var format: HistoryReport.Format = .text

    func run() throws {
        let history = try Self.read(file)
        print(HistoryReport.render(history, as: format, width: OutputWidth.current()), terminator: "")
    }

    /// The file's history, with the warnings said on standard error.
    static func read(_ file: String) throws -> ScoreHistory {
        let (history, warnings): (ScoreHistory, [String])
        do { (history, warnings) = try ScoreHistory.read(file) } catch { throw fail(file, error) }
        for warning in warnings { printError("rubric: warning: \(warning)") }
        return history
    }
}
