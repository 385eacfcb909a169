import RubricCore

/// A file's past read from `git log -p`: start from HEAD's copy and undo each commit's
/// patch in turn, newest first. One `git log` gives what otherwise takes a `git cat-file`
/// of every revision, and a commit that only moves marks is read from its changed lines.
///
/// Every patch names the blobs it goes from and to (`index <from>..<to>`, with
/// `--full-index`); the rebuilding checks that each patch starts where the one below it in
/// the log ends. When it doesn't (commits on two branches interleaved by a merge), or a patch
/// is binary, there is no answer and the caller reads every revision with `git cat-file`.
enum PatchHistory {
    struct Commit {
        /// The commit's fields as `GitHistory` asked for them.
        let fields: [String]
        /// The blobs the patch goes from and to; nil when it changes no content (a rename).
        var from: String?
        var to: String?
        var hunks: [Hunk] = []
        var isBinary = false
    }

    /// A hunk of a `-U0` patch: the lines it puts in the new file, and the old lines they replace.
    struct Hunk {
        /// Where the new lines start (1-based), or the line they follow when there are none.
        let newStart: Int
        let newCount: Int
        var oldLines: [ArraySlice<UInt8>] = []
        /// The last old line has no line ending (`\ No newline at end of file`).
        var oldLacksEnding = false
    }

    /// The commits of `git log -p -U0 --full-index` output whose records start with
    /// `recordStart` and whose fields are separated by `fieldSeparator`.
    static func parse(_ output: [UInt8], recordStart: UInt8, fieldSeparator: UInt8) -> [Commit] {
        var commits: [Commit] = []
        var inHunks = false, lastWasOld = false
        for line in output.split(separator: 0x0A, omittingEmptySubsequences: false) {
            if line.first == recordStart {
                let fields = line.dropFirst().split(separator: fieldSeparator, omittingEmptySubsequences: false)
                commits.append(Commit(fields: fields.map { String(decoding: $0, as: UTF8.self) }))
                inHunks = false
                continue
            }
            guard !commits.isEmpty else { continue }
            if line.starts(with: Self.hunkStart) {
                guard let hunk = Self.hunk(line) else { commits[commits.count - 1].isBinary = true; continue }
                commits[commits.count - 1].hunks.append(hunk)
                inHunks = true
                lastWasOld = false
            } else if inHunks, line.first == 0x2D {  // -: a line of the old file
                commits[commits.count - 1].hunks[commits[commits.count - 1].hunks.count - 1].oldLines.append(line.dropFirst())
                lastWasOld = true
            } else if inHunks, line.first == 0x2B {  // +
                lastWasOld = false
            } else if inHunks, line.first == 0x5C {  // \ No newline at end of file
                if lastWasOld { commits[commits.count - 1].hunks[commits[commits.count - 1].hunks.count - 1].oldLacksEnding = true }
            } else if line.starts(with: Self.diffStart) {
                inHunks = false
            } else if !inHunks, line.starts(with: Self.indexStart) {
                let ids = line.dropFirst(Self.indexStart.count).prefix { $0 != 0x20 }.split(separator: 0x2E, omittingEmptySubsequences: true)
                if ids.count == 2 {
                    commits[commits.count - 1].from = String(decoding: ids[0], as: UTF8.self)
                    commits[commits.count - 1].to = String(decoding: ids[1], as: UTF8.self)
                }
            } else if !inHunks, line.starts(with: Self.binaryStart) || line.starts(with: Self.gitBinaryStart) {
                commits[commits.count - 1].isBinary = true
            }
        }
        return commits
    }

    /// Each commit's marks, newest first, from HEAD's copy (`head`, blob `headID`) back;
    /// nil when the patches don't follow one another (then the caller reads every revision).
    ///
    /// A version whose patch below only moves marks is read against the last version parsed
    /// (`MarksTemplate`), and its bytes are never put together; one that changes more is
    /// rebuilt from the lines and parsed. A version that isn't a rubric is given as bytes,
    /// for the history to report.
    static func revisions(head: [UInt8], headID: String, commits: [Commit]) -> [Revision]? {
        var lines = Self.lines(head)
        var expected = headID
        // The last version parsed, followed back through the lines changed since; nil when
        // the version to come must be parsed (the first, or one after a change of structure).
        var tracker: (marks: MarksTemplate.Tracker, ids: [AreaID])?
        var revisions: [Revision] = []
        revisions.reserveCapacity(commits.count)
        for commit in commits {
            guard !commit.isBinary, commit.fields.count == 6 else { return nil }
            if let to = commit.to, to != expected { return nil }
            let fields = commit.fields
            func revision(bytes: [UInt8]?, known: Revision.Known?) -> Revision {
                Revision(commit: fields[0], shortCommit: fields[1], date: fields[2], author: fields[3], subject: fields[4],
                         parents: fields[5].split(separator: " ").map(String.init), bytes: bytes, known: known)
            }
            if let (marks, ids) = tracker {
                revisions.append(revision(bytes: nil, known: Revision.Known(structure: marks.template.rubric, ids: ids, levels: marks.levels)))
            } else {
                let bytes = Self.joined(lines)
                if let rubric = try? Rubric(bytes: bytes) {
                    tracker = (MarksTemplate.Tracker(MarksTemplate(rubric)), rubric.areaIDs)
                    revisions.append(revision(bytes: nil, known: Revision.Known(structure: rubric, ids: tracker!.ids, levels: rubric.currentLevels)))
                } else {
                    revisions.append(revision(bytes: bytes, known: nil))
                }
            }
            // Undone from the last hunk up, so the earlier hunks' line numbers still hold.
            for hunk in commit.hunks.reversed() {
                let start = hunk.newCount == 0 ? hunk.newStart : hunk.newStart - 1
                guard start >= 0, start + hunk.newCount <= lines.count else { return nil }
                var old = hunk.oldLines.map { Array($0) + [0x0A] }
                if hunk.oldLacksEnding, !old.isEmpty { old[old.count - 1].removeLast() }
                lines.replaceSubrange(start..<start + hunk.newCount, with: old.map { ArraySlice($0) })
                // Lines replaced one for one, changing only marks, keep the tracker going.
                if old.count != hunk.newCount { tracker = nil }
                for offset in old.indices where tracker != nil {
                    if tracker?.marks.replace(line: start + offset, with: lines[start + offset]) == false { tracker = nil }
                }
            }
            if let from = commit.from { expected = from }
        }
        return revisions
    }

    /// The lines back into one array, copied a line at a time.
    private static func joined(_ lines: [ArraySlice<UInt8>]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(lines.reduce(0) { $0 + $1.count })
        for line in lines { bytes.append(contentsOf: line) }
        return bytes
    }

    /// The lines of a file, each with its ending.
    private static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = [], start = 0
        while let newline = bytes[start...].firstIndex(of: 0x0A) {
            lines.append(bytes[start...newline])
            start = newline + 1
        }
        if start < bytes.count { lines.append(bytes[start...]) }
        return lines
    }

    /// `@@ -a[,b] +c[,d] @@`: the new side's start and count.
    private static func hunk(_ line: ArraySlice<UInt8>) -> Hunk? {
        let words = line.split(separator: 0x20)
        guard words.count >= 3, words[2].first == 0x2B else { return nil }
        let numbers = words[2].dropFirst().split(separator: 0x2C).map { Int(String(decoding: $0, as: UTF8.self)) }
        guard let start = numbers.first ?? nil else { return nil }
        let count = numbers.count > 1 ? numbers[1] ?? 1 : 1
        return Hunk(newStart: start, newCount: count)
    }

    private static let hunkStart = Array("@@ ".utf8), diffStart = Array("diff --git ".utf8), indexStart = Array("index ".utf8)
    private static let binaryStart = Array("Binary files ".utf8), gitBinaryStart = Array("GIT binary patch".utf8)
}
