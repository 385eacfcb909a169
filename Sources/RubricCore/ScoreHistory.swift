/// A file as one commit holds it: what `git log` says of the commit, and the file's bytes.
public struct Revision: Sendable {
    public let commit: String
    public let shortCommit: String
    /// The author date, ISO 8601.
    public let date: String
    public let author: String
    public let subject: String
    public let parents: [String]
    /// The file's bytes at this commit, or nil when git has none or they are `known`.
    public let bytes: [UInt8]?
    /// The file's marks when they were read without its bytes: a rubric of the same
    /// structure (its areas, identities and levels' places) and the level marked in each area.
    public let known: Known?

    public struct Known: Sendable {
        public let structure: Rubric
        public let ids: [AreaID]
        public let levels: [Int]
        public init(structure: Rubric, ids: [AreaID], levels: [Int]) { self.structure = structure; self.ids = ids; self.levels = levels }
    }

    public init(commit: String, shortCommit: String, date: String, author: String, subject: String, parents: [String],
                bytes: [UInt8]?, known: Known? = nil) {
        self.commit = commit; self.shortCommit = shortCommit; self.date = date
        self.author = author; self.subject = subject; self.parents = parents; self.bytes = bytes; self.known = known
    }
}

/// A person's progression: one entry per commit whose marks differ from its parent's,
/// newest first, and the uncommitted file first of all when it differs from the last commit.
public struct ScoreHistory: Sendable {
    public struct AreaScore: Equatable, Sendable {
        public let group: String?
        public let name: String
        public let level: Int
        public let maximum: Int

        /// The area as a person points at it, so that a renamed group's case or a name's
        /// emphasis doesn't part an area from its past (as `compare` matches areas).
        public var id: AreaID { AreaID(group: group, name: name) }
    }

    public struct Entry: Sendable {
        /// Nil for the working tree's uncommitted file.
        public let commit: String?
        public let shortCommit: String?
        public let date: String
        public let author: String?
        public let subject: String
        public let total: Int
        public let maximum: Int
        /// The title the marks met then, by the titles the file had then.
        public let title: String?
        public let areas: [AreaScore]
        /// The areas as the commit's parent had them (its first parent where that changed
        /// the file, else the commit below it in the log); nil for the first commit.
        public let before: [AreaScore]?
        /// The file's bytes then, where they were read; else its structure and marks.
        let bytes: [UInt8]?
        let structure: Rubric
        let levels: [Int]

        /// The document itself, for showing its marks beside the current ones: read again
        /// from its bytes, or made from its structure and marks.
        public func document() -> Rubric? { try? Rubric(bytes: bytes ?? structure.bytes(withLevels: levels)) }
    }

    /// Newest first.
    public let entries: [Entry]
    /// Commits whose file is not a rubric (no areas, not text): left out, each with why.
    public let unreadable: [(shortCommit: String, problem: String)]

    /// One revision read: the rubric whose structure it has, and its marks.
    private struct Reading {
        let revision: Revision?
        let bytes: [UInt8]?
        let structure: Rubric
        let levels: [Int]
        let ids: [AreaID]
        var marks: [AreaID: Int] { Dictionary(zip(ids, levels)) { first, _ in first } }
    }

    /// `revisions` newest first, as `git log` lists them; `working` the file's bytes now,
    /// `head` HEAD's, and `workingDate` when the file was last changed.
    public init(revisions: [Revision], working: [UInt8]? = nil, head: [UInt8]? = nil, workingDate: String = "") {
        var readings: [Reading] = []
        var unreadable: [(String, String)] = []
        // The last revision read in full: the next ones, which mostly move a mark, are read
        // against it (`MarksTemplate`) instead of parsed.
        var template: (marks: MarksTemplate, ids: [AreaID])?
        func read(_ bytes: [UInt8], _ revision: Revision?) throws(RubricError) -> Reading {
            if let (marks, ids) = template, let levels = marks.levels(in: bytes) {
                return Reading(revision: revision, bytes: bytes, structure: marks.rubric, levels: levels, ids: ids)
            }
            let rubric = try Rubric(bytes: bytes)
            template = (MarksTemplate(rubric), rubric.areaIDs)
            return Reading(revision: revision, bytes: bytes, structure: rubric, levels: rubric.currentLevels, ids: template!.ids)
        }
        for revision in revisions {
            if let known = revision.known {
                readings.append(Reading(revision: revision, bytes: nil, structure: known.structure, levels: known.levels, ids: known.ids))
                continue
            }
            guard let bytes = revision.bytes else {
                unreadable.append((revision.shortCommit, "the file is not in this commit"))
                continue
            }
            do { readings.append(try read(bytes, revision)) } catch { unreadable.append((revision.shortCommit, "\(error)")) }
        }
        var entries: [Entry] = []
        if let working, working != head, let reading = try? read(working, nil) {
            entries.append(Self.entry(reading, date: workingDate, parent: readings.first))
        }
        let positions = Dictionary(readings.enumerated().map { ($1.revision?.commit ?? "", $0) }) { first, _ in first }
        for (index, reading) in readings.enumerated() {
            // Its first parent where that changed the file too, else the commit before it in the log.
            let parent = reading.revision?.parents.first.flatMap { positions[$0] } ?? (index + 1 < readings.count ? index + 1 : nil)
            let unchanged = parent.map { Self.sameMarks(readings[$0], reading) } ?? false
            if !unchanged { entries.append(Self.entry(reading, date: reading.revision?.date ?? "", parent: parent.map { readings[$0] })) }
        }
        self.entries = entries
        self.unreadable = unreadable
    }

    /// Whether two revisions mark the same levels: compared level by level where they have the
    /// same areas in the same order (nearly always), else area by area.
    private static func sameMarks(_ a: Reading, _ b: Reading) -> Bool {
        a.ids == b.ids ? a.levels == b.levels : a.marks == b.marks
    }

    private static func areas(_ reading: Reading) -> [AreaScore] {
        let rubric = reading.structure
        return zip(rubric.areas, reading.levels).map { area, level in
            AreaScore(group: rubric.group(of: area)?.name, name: area.name, level: level, maximum: area.maximum)
        }
    }

    private static func entry(_ reading: Reading, date: String, parent: Reading?) -> Entry {
        let rubric = reading.structure, revision = reading.revision
        let areas = Self.areas(reading)
        return Entry(commit: revision?.commit, shortCommit: revision?.shortCommit, date: date, author: revision?.author,
                     subject: revision?.subject ?? "uncommitted changes", total: rubric.total(of: reading.levels), maximum: rubric.maximum,
                     title: rubric.titleIndex(levels: reading.levels).map { rubric.titles[$0].name }, areas: areas, before: parent.map(Self.areas), bytes: reading.bytes, structure: rubric, levels: reading.levels)
    }
}

extension [ScoreHistory.AreaScore] {
    /// The score of the area with this identity, if the entry has it.
    public func score(of id: AreaID) -> ScoreHistory.AreaScore? { first { $0.id == id } }
}
