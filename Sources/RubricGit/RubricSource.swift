import RubricStore

/// Where a rubric is read from: a file, or a file as a git revision holds it, written as
/// `git show` takes it (`HEAD~1:rubric.md`, `main:people/ana.md`).
public enum RubricSource: Equatable, Sendable {
    case file(String)
    case revision(String)

    /// An existing file is the file, even with a `:` in its name; else text with a `:` after
    /// something is a revision and a path.
    public init(_ text: String) {
        if LoadedFile.exists(text) || !Self.looksLikeRevision(text) {
            self = .file(text)
        } else {
            self = .revision(text)
        }
    }

    /// `REV:PATH`, or git's forms for the index: `:PATH`, `:0:PATH`.
    private static func looksLikeRevision(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        return text.index(after: colon) < text.endIndex
    }

    /// How messages name it: as the person wrote it.
    public var name: String {
        switch self {
        case .file(let path), .revision(let path): path
        }
    }

    /// How a screen names it, where room is short: a file's base name, a revision as written.
    public var shortName: String {
        switch self {
        case .file(let path): PathName.base(path)
        case .revision(let spec): spec
        }
    }

    /// Short names for two sources side by side: base names, unless they are the same
    /// (`ana.md` and `manager/ana.md`), then the names as written.
    public static func names(_ a: RubricSource, _ b: RubricSource) -> (String, String) {
        a.shortName == b.shortName ? (a.name, b.name) : (a.shortName, b.shortName)
    }

    /// The bytes it holds. A revision is read with `git cat-file`, in the current folder's
    /// repository; what the person wrote reaches git only after `--end-of-options`, and one
    /// that starts with `-` is refused before git is run, so it is never taken for an option.
    public func read() throws(SourceError) -> [UInt8] {
        switch self {
        case .file(let path):
            do { return try LoadedFile.read(path).bytes } catch { throw .file(error) }
        case .revision(let spec):
            guard !spec.hasPrefix("-") else { throw .git(.optionLike) }
            // git's own words, even outside a repository: "has no history" is the history's.
            do { return try Git().run(["cat-file", "blob", "--end-of-options", spec], failing: { .failed(GitError.message($0)) }).output } catch { throw .git(error) }
        }
    }
}

/// Why a rubric could not be read from its source: the file's problem, or git's.
public enum SourceError: Error, Equatable, Sendable, CustomStringConvertible {
    case file(FileError)
    case git(GitError)

    public var description: String {
        switch self {
        case .file(let error): "\(error)"
        case .git(let error): "\(error)"
        }
    }
}
