/// The one way the program runs git: in a folder, with an argument list (no shell), and
/// every failure said as a `GitError`.
public struct Git: Sendable {
    /// The folder git runs in (`-C`), or nil for the current one.
    public let folder: String?

    public init(in folder: String? = nil) { self.folder = folder }

    /// Runs `git ARGUMENTS`, giving it `input` and handing its output to `reading` as it
    /// comes (else collecting it). A non-zero exit is `failing`'s reading of git's first
    /// error line: by default, outside a repository `.notARepository`, else git's words.
    @discardableResult
    public func run(_ arguments: [String], input: [UInt8] = [], reading: ((ArraySlice<UInt8>) -> Void)? = nil,
                    failing: (String) -> GitError = GitError.reading) throws(GitError) -> Subprocess.Result {
        let result: Subprocess.Result
        do {
            result = try Subprocess.run("git", (folder.map { ["-C", $0] } ?? []) + arguments, input: input, reading: reading)
        } catch .notFound {
            throw .gitMissing
        } catch {
            throw .failed("could not run git")
        }
        guard result.status == 0 else { throw failing(result.firstErrorLine) }
        return result
    }
}

/// Why git could not answer, in the words the program says it in (after the file's name).
public enum GitError: Error, Equatable, Sendable, CustomStringConvertible {
    case gitMissing
    case noSuchFile
    case notARepository
    case notTracked
    /// A revision that starts with `-`, refused before git runs: it would be an option.
    case optionLike
    /// git's own message.
    case failed(String)

    public var description: String {
        switch self {
        case .gitMissing: "the history and revisions are read with git, and git is not installed (or not on PATH)"
        case .noSuchFile: "cannot open: no such file or directory"
        case .notARepository: "is not in a git repository, so it has no history"
        case .notTracked: "is not tracked by git (git add and commit it first)"
        case .optionLike: "a revision can't start with '-' (it would be taken for an option)"
        case .failed(let message): "git: \(message)"
        }
    }

    /// What git's first error line means: outside a repository, `.notARepository`.
    public static func reading(_ line: String) -> GitError {
        line.contains("not a git repository") ? .notARepository : .failed(message(line))
    }

    /// git's words without its "fatal: ".
    public static func message(_ line: String) -> String {
        line.hasPrefix("fatal: ") ? String(line.dropFirst("fatal: ".count)) : line
    }
}
