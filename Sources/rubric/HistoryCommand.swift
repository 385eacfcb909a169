import ArgumentParser
import RubricCore
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
        print(HistoryReport.render(history, as: format), terminator: "")
    }

    /// The file's history, with the warnings said on standard error.
    static func read(_ file: String) throws -> ScoreHistory {
        let (history, isShallow): (ScoreHistory, Bool)
        do { (history, isShallow) = try ScoreHistory.read(file) } catch { throw fail(file, error) }
        for (commit, problem) in history.unreadable {
            printError("rubric: warning: \(commit): \(SafeText.sanitized(file)) is not a rubric there (\(problem)); left out")
        }
        if isShallow {
            printError("rubric: warning: this is a shallow clone: commits before the oldest one here are missing (git fetch --unshallow fetches them)")
        }
        return history
    }
}
