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
        /// The old lines, each with its ending (the last without, where the old file had none).
        var oldLines: [[UInt8]] = []
    }

    /// Reads `git log -p -U0 --full-index` output as it arrives, whose records start with
    /// `recordStart` and whose fields are separated by `fieldSeparator`, and hands over each
    /// commit once the next one starts (the last at `finish`).
    struct Reader {
        let recordStart: UInt8, fieldSeparator: UInt8
        private var pending: [UInt8] = []
        private var current: Commit?
        private var inHunks = false, lastWasOld = false

        init(recordStart: UInt8, fieldSeparator: UInt8) {
            self.recordStart = recordStart
            self.fieldSeparator = fieldSeparator
        }

        /// The commits completed by this piece of output.
        mutating func read(_ chunk: ArraySlice<UInt8>) -> [Commit] {
            pending += chunk
            var done: [Commit] = [], start = pending.startIndex
            while let newline = pending[start...].firstIndex(of: 0x0A) {
                if let commit = take(pending[start..<newline]) { done.append(commit) }
                start = newline + 1
            }
            pending.removeSubrange(..<start)
            return done
        }

        /// The last commit, once the output has ended.
        mutating func finish() -> Commit? {
            if !pending.isEmpty, let commit = take(pending[...]) { return commit }
            defer { current = nil }
            return current
        }

        /// Takes one line; the commit it completes, if it starts the next.
        private mutating func take(_ line: ArraySlice<UInt8>) -> Commit? {
            if line.first == recordStart {
                let fields = line.dropFirst().split(separator: fieldSeparator, omittingEmptySubsequences: false)
                defer { current = Commit(fields: fields.map { String(decoding: $0, as: UTF8.self) }) }
                inHunks = false
                return current
            }
            // Changed in place: taken out of `current` for the time, so it isn't copied.
            guard var commit = current else { return nil }
            current = nil
            defer { current = commit }
            if line.starts(with: PatchHistory.hunkStart) {
                guard let hunk = PatchHistory.hunk(line) else { commit.isBinary = true; return nil }
                commit.hunks.append(hunk)
                inHunks = true
                lastWasOld = false
            } else if inHunks, line.first == 0x2D {  // -: a line of the old file
                commit.hunks[commit.hunks.count - 1].oldLines.append(Array(line.dropFirst()) + [0x0A])
                lastWasOld = true
            } else if inHunks, line.first == 0x2B {  // +
                lastWasOld = false
            } else if inHunks, line.first == 0x5C {  // \ No newline at end of file
                let last = commit.hunks.count - 1
                if lastWasOld, !commit.hunks[last].oldLines.isEmpty { commit.hunks[last].oldLines[commit.hunks[last].oldLines.count - 1].removeLast() }
            } else if line.starts(with: PatchHistory.diffStart) {
                inHunks = false
            } else if !inHunks, line.starts(with: PatchHistory.indexStart) {
                let ids = line.dropFirst(PatchHistory.indexStart.count).prefix { $0 != 0x20 }.split(separator: 0x2E, omittingEmptySubsequences: true)
                if ids.count == 2 {
                    commit.from = String(decoding: ids[0], as: UTF8.self)
                    commit.to = String(decoding: ids[1], as: UTF8.self)
                }
            } else if !inHunks, line.starts(with: PatchHistory.binaryStart) || line.starts(with: PatchHistory.gitBinaryStart) {
                commit.isBinary = true
            }
            return nil
        }
    }

    /// Goes back from HEAD's copy (`head`, blob `headID`) one commit at a time, newest first,
    /// undoing each patch, and gives each commit's marks. `failed` once the patches don't
    /// follow one another (then the caller reads every revision with `git cat-file`).
    ///
    /// A version whose patch below only moves marks is read by a tracker of the last version
    /// parsed (`MarksTemplate.Tracker`), and its bytes are never put together; one that changes
    /// more is put together and parsed. A version that isn't a rubric is given as bytes, for
    /// the history to report.
    struct Walker {
        private var lines: [ArraySlice<UInt8>]
        private var expected: String
        // The last version parsed, followed back through the lines changed since; nil when
        // the version to come must be parsed (the first, or one after a change of structure).
        private var tracker: (marks: MarksTemplate.Tracker, ids: [AreaID])?
        /// The groups and names of the last version parsed's areas, and their identities: a
        /// commit that rewords a level keeps the areas, whose identities need not be worked out again.
        private var lastAreas: (names: [String], ids: [AreaID]) = ([], [])
        private(set) var revisions: [Revision] = []
        private(set) var failed = false

        init(head: [UInt8], headID: String) {
            lines = PatchHistory.lines(head)
            expected = headID
        }

        mutating func add(_ commit: Commit) {
            guard !failed else { return }
            guard !commit.isBinary, commit.fields.count == 6, commit.to.map({ $0 == expected }) ?? true else {
                failed = true
                return
            }
            let fields = commit.fields
            func revision(bytes: [UInt8]?, known: Revision.Known?) -> Revision {
                Revision(commit: fields[0], shortCommit: fields[1], date: fields[2], author: fields[3], subject: fields[4],
                         parents: fields[5].split(separator: " ").map(String.init), bytes: bytes, known: known)
            }
            if let (marks, ids) = tracker {
                revisions.append(revision(bytes: nil, known: Revision.Known(structure: marks.template.rubric, ids: ids, levels: marks.levels)))
            } else {
                let bytes = PatchHistory.joined(lines)
                if let rubric = try? Rubric(bytes: bytes) {
                    let names = rubric.areas.map { (rubric.group(of: $0)?.name ?? "") + "\u{0}" + $0.name }
                    if names != lastAreas.names { lastAreas = (names, rubric.areaIDs) }
                    tracker = (MarksTemplate.Tracker(MarksTemplate(rubric)), lastAreas.ids)
                    revisions.append(revision(bytes: nil, known: Revision.Known(structure: rubric, ids: tracker!.ids, levels: rubric.currentLevels)))
                } else {
                    revisions.append(revision(bytes: bytes, known: nil))
                }
            }
            // Undone from the last hunk up, so the earlier hunks' line numbers still hold.
            for hunk in commit.hunks.reversed() {
                let start = hunk.newCount == 0 ? hunk.newStart : hunk.newStart - 1
                guard start >= 0, start + hunk.newCount <= lines.count else {
                    failed = true
                    return
                }
                lines.replaceSubrange(start..<start + hunk.newCount, with: hunk.oldLines.map { $0[...] })
                // Lines replaced one for one, changing only marks, keep the tracker going.
                if hunk.oldLines.count != hunk.newCount { tracker = nil }
                for offset in hunk.oldLines.indices where tracker != nil {
                    if tracker?.marks.replace(line: start + offset, with: lines[start + offset]) == false { tracker = nil }
                }
            }
            if let from = commit.from { expected = from }
        }
    }

    /// The lines back into one array, copied a line at a time.
    static func joined(_ lines: [ArraySlice<UInt8>]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(lines.reduce(0) { $0 + $1.count })
        for line in lines { bytes.append(contentsOf: line) }
        return bytes
    }

    /// The lines of a file, each with its ending.
    static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = [], start = 0
        while let newline = bytes[start...].firstIndex(of: 0x0A) {
            lines.append(bytes[start...newline])
            start = newline + 1
        }
        if start < bytes.count { lines.append(bytes[start...]) }
        return lines
    }

    /// `@@ -a[,b] +c[,d] @@`: the new side's start and count.
    static func hunk(_ line: ArraySlice<UInt8>) -> Hunk? {
        // The new side: after " +", a number, and maybe "," and a count.
        guard let plus = line.firstIndex(of: 0x2B) else { return nil }
        var index = plus + 1
        func number() -> Int? {
            var value: Int?
            while index < line.endIndex, line[index] >= 0x30, line[index] <= 0x39 {
                value = (value ?? 0) * 10 + Int(line[index] - 0x30)
                index += 1
            }
            return value
        }
        guard let start = number() else { return nil }
        var count = 1
        if index < line.endIndex, line[index] == 0x2C {
            index += 1
            guard let given = number() else { return nil }
            count = given
        }
        return Hunk(newStart: start, newCount: count)
    }

    static let hunkStart = Array("@@ ".utf8), diffStart = Array("diff --git ".utf8), indexStart = Array("index ".utf8)
    static let binaryStart = Array("Binary files ".utf8), gitBinaryStart = Array("GIT binary patch".utf8)
}
