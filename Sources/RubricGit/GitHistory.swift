import Dispatch
import RubricCore
import RubricStore
import Synchronization

/// A file's past as git holds it: each commit that changed it, newest first as `git log`
/// lists them, with the file's bytes at that commit, following renames.
///
/// A fixed number of git processes whatever the length of the history: HEAD's copy and
/// `git log --follow -p`, read backwards (`PatchHistory`); or, where that can't be done, one
/// `git log --follow` for the commits and the file's name in each and one
/// `git cat-file --batch` for all the contents.
/// Arguments go to git as a list, the file's name after `--`.
public struct GitHistory: Sendable {
    /// Newest first.
    public let revisions: [Revision]
    /// The file as HEAD has it.
    public let head: [UInt8]?
    /// A shallow clone holds only part of the history.
    public let isShallow: Bool

    /// Reads the history of `file` (a path as the person gave it). git runs in the file's
    /// folder, so the repository is the file's own wherever the program was started.
    public static func read(_ file: String) throws(GitError) -> GitHistory {
        // Said as every other command says it, rather than as git would ("not tracked").
        guard LoadedFile.exists(file) else { throw .noSuchFile }
        let fileName = PathName.base(file)
        let git = Git(in: PathName.folder(file))
        let separator = "\u{1F}", start = "\u{1E}"
        let format = "--format=\(start)%H\(separator)%h\(separator)%aI\(separator)%an\(separator)%s\(separator)%P"
        // Whether the file is tracked (and its path from the top) and whether the clone is
        // shallow are asked meanwhile; HEAD's copy (`HEAD:./name` is the file in this
        // folder) and the patches of every commit that changed it, read as git writes them.
        let checks: [[String]] = [["ls-files", "--full-name", "--error-unmatch", "--", fileName], ["rev-parse", "--is-shallow-repository"]]
        let answers = Mutex([Result<Subprocess.Result, GitError>?](repeating: nil, count: checks.count))
        let asked = DispatchGroup()
        for (index, arguments) in checks.enumerated() {
            DispatchQueue.global().async(group: asked) {
                let answer = Result { () throws(GitError) in
                    // The file's own question: git's error there means the file isn't tracked.
                    try git.run(arguments, failing: { line in
                        let meaning = GitError.reading(line)
                        return index == 0 && meaning != .notARepository ? .notTracked : meaning
                    })
                }
                answers.withLock { $0[index] = answer }
            }
        }
        // HEAD's copy is fetched while git log starts; the patches wait for it.
        let headAnswer = Mutex<(id: String, bytes: [UInt8])??>(nil)
        let headAsked = DispatchGroup()
        DispatchQueue.global().async(group: headAsked) {
            let object = (try? git.run(["cat-file", "--batch"], input: Array("HEAD:./\(fileName)\n".utf8)))
                .flatMap { Self.object($0.output) }
            headAnswer.withLock { $0 = .some(object) }
        }
        var reader = PatchHistory.Reader(recordStart: 0x1E, fieldSeparator: 0x1F)
        var walker: PatchHistory.Walker?
        var headBytes: [UInt8]?
        func walk(_ commit: PatchHistory.Commit) {
            if walker == nil {
                headAsked.wait()
                guard let (id, bytes) = headAnswer.withLock({ $0 }) ?? nil else { return }
                walker = PatchHistory.Walker(head: bytes, headID: id)
                headBytes = bytes
            }
            walker?.add(commit)
        }
        let patches = try? git.run(["log", "--follow", "-M", "-p", "-U0", "--full-index", "--no-color", "--no-ext-diff", "--no-textconv",
                            format, "--", fileName], reading: { chunk in reader.read(chunk).forEach(walk) })
        if let last = reader.finish() { walk(last) }
        headAsked.wait()
        var fromPatches: (revisions: [Revision], head: [UInt8])?
        if patches != nil, let walker, !walker.failed, let headBytes { fromPatches = (walker.revisions, headBytes) }
        asked.wait()
        let results = answers.withLock { $0 }
        let listed = try results[0]!.get()
        let path = String(decoding: listed.output, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? file
        let shallow = (try? results[1]!.get()).map { String(decoding: $0.output, as: UTF8.self).hasPrefix("true") } ?? false
        if let (revisions, head) = fromPatches {
            return GitHistory(revisions: revisions, head: head, isShallow: shallow)
        }
        // Else (branches merged, a binary patch): every revision read with git cat-file.
        // -m: a merge is listed too (with --follow, git leaves merges out without it), once
        // for each parent; the repeats are dropped below.
        let log = try git.run(["log", "--follow", "-m", "-M", "--name-status", format, "--", fileName])
        var commits: [(fields: [String], path: String)] = []
        // The name going back in time: it changes at each rename.
        var name = path
        for record in String(decoding: log.output, as: UTF8.self).split(separator: Character(start)) {
            let lines = record.split(separator: "\n", omittingEmptySubsequences: true)
            guard let header = lines.first else { continue }
            let fields = header.split(separator: Character(separator), omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 6, fields[0] != commits.last?.fields[0] else { continue }
            // The file's name in this commit, and the one it had before, where this commit renamed it.
            var here = name
            for status in lines.dropFirst() {
                let parts = status.split(separator: "\t").map(String.init)
                // A rename or a copy (R100, C100): the file had the first name before.
                if parts.first.map({ $0.hasPrefix("R") || $0.hasPrefix("C") }) == true, parts.count == 3 {
                    here = parts[2]
                    name = parts[1]
                } else if parts.count == 2 {
                    here = parts[1]
                    name = parts[1]
                }
            }
            commits.append((fields, here))
        }
        // Each commit's file, and last HEAD's, which uncommitted changes are compared with.
        let requests = (commits.map { "\($0.fields[0]):\($0.path)\n" } + ["HEAD:\(path)\n"]).joined()
        let batch = try git.run(["cat-file", "--batch"], input: Array(requests.utf8))
        let contents = Self.batchContents(batch.output, count: commits.count + 1)
        let head = contents.last ?? nil
        let revisions = commits.enumerated().map { index, commit in
            Revision(commit: commit.fields[0], shortCommit: commit.fields[1], date: commit.fields[2], author: commit.fields[3],
                     subject: commit.fields[4], parents: commit.fields[5].split(separator: " ").map(String.init),
                     bytes: contents[index])
        }
        return GitHistory(revisions: revisions, head: head, isShallow: shallow)
    }

    /// The one object `git cat-file --batch` printed: its id and its bytes.
    static func object(_ output: [UInt8]) -> (id: String, bytes: [UInt8])? {
        guard let end = output.firstIndex(of: 0x0A) else { return nil }
        let header = String(decoding: output[..<end], as: UTF8.self).split(separator: " ")
        guard header.count == 3, header[1] == "blob", let size = Int(header[2]), end + 1 + size <= output.count else { return nil }
        return (String(header[0]), Array(output[end + 1..<end + 1 + size]))
    }

    /// The objects `git cat-file --batch` printed, in the order asked: each a header line
    /// (`<id> blob <size>`, or `<name> missing`), then that many bytes and a newline.
    static func batchContents(_ output: [UInt8], count: Int) -> [[UInt8]?] {
        var contents: [[UInt8]?] = [], position = 0
        while contents.count < count, position < output.count {
            guard let end = output[position...].firstIndex(of: 0x0A) else { break }
            let header = String(decoding: output[position..<end], as: UTF8.self).split(separator: " ")
            position = end + 1
            if header.count == 3, header[1] == "blob", let size = Int(header[2]), position + size <= output.count {
                contents.append(Array(output[position..<position + size]))
                position += size + 1
            } else {
                contents.append(nil)
            }
        }
        return contents + Array(repeating: nil, count: max(0, count - contents.count))
    }
}
