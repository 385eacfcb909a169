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
            guard !spec.hasPrefix("-") else { throw .optionLike }
            let result: Subprocess.Result
            do {
                result = try Subprocess.run("git", ["cat-file", "blob", "--end-of-options", spec])
            } catch .notFound {
                throw .gitMissing
            } catch {
                throw .git("could not run git")
            }
            guard result.status == 0 else { throw .git(Self.gitMessage(result.firstErrorLine)) }
            return result.output
        }
    }

    /// git's own words, without its "fatal: ".
    static func gitMessage(_ line: String) -> String {
        line.hasPrefix("fatal: ") ? String(line.dropFirst("fatal: ".count)) : line
    }
}

/// Why a rubric could not be read from its source.
public enum SourceError: Error, Equatable, Sendable, CustomStringConvertible {
    case file(FileError)
    case gitMissing
    case git(String)
    case optionLike

    public var description: String {
        switch self {
        case .file(let error): "\(error)"
        case .gitMissing: "reading a revision needs git, and git is not installed (or not on PATH)"
        case .git(let message): "git: \(message)"
        case .optionLike: "a revision can't start with '-' (it would be taken for an option)"
        }
    }
}
