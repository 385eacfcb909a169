import RubricCore
import RubricStore

#if canImport(Glibc)
import Glibc
#endif

extension ScoreHistory {
    /// The progression of a file from its git history, with its uncommitted changes first;
    /// and what the person should know of it (commits left out, a shallow clone), one
    /// sentence each, said alike by `rubric history` and the history screen.
    public static func read(_ file: String) throws(GitError) -> (history: ScoreHistory, warnings: [String]) {
        let git = try GitHistory.read(file)
        let working = try? LoadedFile.read(file)
        let history = ScoreHistory(revisions: git.revisions, working: working?.bytes, head: git.head,
                                   workingDate: working.map { isoDate($0.identity.modified) } ?? "")
        let name = SafeText.sanitized(PathName.base(file))
        var warnings = history.unreadable.map { "\($0.shortCommit): \(name) is not a rubric there (\($0.problem)); left out" }
        if git.isShallow {
            warnings.append("this is a shallow clone: commits before the oldest one here are missing (git fetch --unshallow fetches them)")
        }
        return (history, warnings)
    }

    /// A time as git writes dates: 2026-11-28T14:03:00+01:00, in the local time zone.
    static func isoDate(_ seconds: Int) -> String {
        var time = time_t(seconds)
        var parts = tm()
        localtime_r(&time, &parts)
        var buffer = [CChar](repeating: 0, count: 40)
        let count = strftime(&buffer, buffer.count, "%Y-%m-%dT%H:%M:%S%z", &parts)
        let text = String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return text.count == 24 ? String(text.prefix(22)) + ":" + String(text.suffix(2)) : text
    }
}
