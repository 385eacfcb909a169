import RubricStore

#if canImport(Glibc)
import Glibc
#endif

/// The markdown files a team view reads: each path a file, or a folder searched for `*.md`
/// (hidden folders skipped; where git is there, what `.gitignore` ignores left out), now or as
/// a revision holds them.
public enum TeamFiles {
    /// A file found: its path as the person would write it, and its bytes or why they can't
    /// be read: read when asked for, on disk, so that a large team is never all in memory.
    public struct File: Sendable {
        public let path: String
        /// The file's absolute path, the same whether it was found on disk or in a revision:
        /// what tells a person now from the same person then.
        public let key: String
        private let given: Result<[UInt8], SourceError>?

        init(path: String, key: String, content: Result<[UInt8], SourceError>? = nil) { self.path = path; self.key = key; given = content }

        public func content() -> Result<[UInt8], SourceError> {
            given ?? Result { () throws(SourceError) -> [UInt8] in try RubricSource.file(path).read() }
        }
    }

    /// The files under `paths` as they are on disk, in path order.
    public static func read(_ paths: [String]) -> [File] {
        var found: [String] = []
        for path in paths {
            var info = stat()
            if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
                found += markdownFiles(in: path)
            } else {
                found.append(path)
            }
        }
        return unique(found).map { File(path: $0, key: absolute($0)) }
    }

    /// The files under `paths` as `revision` holds them, read in one `git cat-file --batch`.
    public static func read(_ paths: [String], at revision: String) throws(GitError) -> [File] {
        guard !revision.hasPrefix("-") else { throw .optionLike }
        let git = Git()
        let listed = try git.run(["ls-tree", "-r", "-z", "--name-only", "--full-name", "--end-of-options", revision, "--"] + paths).output
        // ls-tree names files from the repository's root; cat-file takes them so too.
        let prefix = String(decoding: try git.run(["rev-parse", "--show-prefix"]).output, as: UTF8.self).trimmingNewline
        let top = String(decoding: try git.run(["rev-parse", "--show-toplevel"]).output, as: UTF8.self).trimmingNewline
        let names = listed.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }.filter(isMarkdownOutsideHiddenFolders)
        guard !names.isEmpty else { return [] }
        let requests = names.map { "\(revision):\($0)\n" }.joined()
        let contents = GitHistory.batchContents(try git.run(["cat-file", "--batch"], input: Array(requests.utf8)).output, count: names.count)
        return zip(names, contents).map { name, bytes in
            let shown = name.hasPrefix(prefix) ? String(name.dropFirst(prefix.count)) : name
            return File(path: shown, key: absolute(top + "/" + name), content: bytes.map { .success($0) } ?? .failure(.git(.failed("\(revision):\(name) can't be read"))))
        }
    }

    /// `*.md` files under a folder: git's list where the folder is in a work tree (so
    /// `.gitignore` holds), else a walk that skips hidden folders and never loops on links.
    static func markdownFiles(in folder: String) -> [String] {
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        if let listed = try? Git(in: folder).run(["ls-files", "-z", "--cached", "--others", "--exclude-standard"]).output {
            return listed.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }.filter(isMarkdownOutsideHiddenFolders)
                .filter { LoadedFile.exists(base + "/" + $0) }.map { base + "/" + $0 }.sorted()
        }
        var found: [String] = [], visited = Set<[UInt64]>()
        walk(base, into: &found, visited: &visited)
        return found.sorted()
    }

    private static func walk(_ folder: String, into found: inout [String], visited: inout Set<[UInt64]>) {
        var info = stat()
        guard stat(folder, &info) == 0, visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted,
              let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
            guard !name.hasPrefix(".") else { continue }
            let path = folder + "/" + name
            var entryInfo = stat()
            guard stat(path, &entryInfo) == 0 else {
                if name.hasSuffix(".md") { found.append(path) }  // a dangling link: said as unreadable
                continue
            }
            if entryInfo.st_mode & S_IFMT == S_IFDIR {
                walk(path, into: &found, visited: &visited)
            } else if name.hasSuffix(".md") {
                found.append(path)
            }
        }
    }

    /// A path made absolute and without links, as far as it exists.
    static func absolute(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func isMarkdownOutsideHiddenFolders(_ path: String) -> Bool {
        path.hasSuffix(".md") && !path.split(separator: "/").dropLast().contains { $0.hasPrefix(".") }
    }

    private static func unique(_ paths: [String]) -> [String] {
        var seen = Set<String>()
        return paths.filter { seen.insert($0).inserted }
    }
}

extension String {
    var trimmingNewline: String { hasSuffix("\n") ? String(dropLast()) : self }
}
