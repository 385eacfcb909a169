import ArgumentParser
import RubricCore
import RubricStore

#if canImport(Glibc)
import Glibc
#endif

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
        let git: GitHistory
        do { git = try GitHistory.read(file) } catch { throw fail(file, error) }
        let working = try? LoadedFile.read(file)
        let history = ScoreHistory(revisions: git.revisions, working: working?.bytes, head: git.head, workingDate: working.map { isoDate($0.identity) } ?? "")
        for (commit, problem) in history.unreadable {
            printError("rubric: warning: \(commit): \(SafeText.sanitized(file)) is not a rubric there (\(problem)); left out")
        }
        if git.isShallow {
            printError("rubric: warning: this is a shallow clone: commits before the oldest one here are missing (git fetch --unshallow fetches them)")
        }
        return history
    }

    /// When the file was last changed, as git writes dates: 2026-11-28T14:03:00+01:00.
    private static func isoDate(_ identity: FileIdentity) -> String {
        var time = time_t(identity.modified)
        var parts = tm()
        localtime_r(&time, &parts)
        var buffer = [CChar](repeating: 0, count: 40)
        let count = strftime(&buffer, buffer.count, "%Y-%m-%dT%H:%M:%S%z", &parts)
        let text = String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return text.count == 24 ? String(text.prefix(22)) + ":" + String(text.suffix(2)) : text
    }
}
