/// A file as one commit holds it: what `git log` says of the commit, and the file's bytes.
public struct Revision: Sendable {
    public let commit: String
    public let shortCommit: String
    /// The author date, ISO 8601.
    public let date: String
    public let author: String
    public let subject: String
    public let parents: [String]
    /// The file's bytes at this commit, or nil when git has none.
    public let bytes: [UInt8]?

    public init(commit: String, shortCommit: String, date: String, author: String, subject: String, parents: [String], bytes: [UInt8]?) {
        self.commit = commit; self.shortCommit = shortCommit; self.date = date
        self.author = author; self.subject = subject; self.parents = parents; self.bytes = bytes
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
        public let areas: [AreaScore]
        /// The document itself, for showing its marks beside the current ones.
        public let rubric: Rubric
    }

    /// Newest first.
    public let entries: [Entry]
    /// Commits whose file is not a rubric (no areas, not text): left out, each with why.
    public let unreadable: [(shortCommit: String, problem: String)]

    /// What reading one revision's file gave: the rubric, or why there is none.
    public typealias Reading = Result<Rubric, RubricError>?

    /// Reads one revision's file; nil when the commit has none.
    public static func read(_ revision: Revision) -> Reading {
        revision.bytes.map { bytes in Result { () throws(RubricError) in try Rubric(bytes: bytes) } }
    }

    /// `revisions` newest first, as `git log` lists them; `working` the file's bytes now,
    /// `head` HEAD's, and `workingDate` when the file was last changed. `readings` are the
    /// revisions read (`read`), when the caller has read them already (on several threads).
    public init(revisions: [Revision], readings: [Reading]? = nil, working: [UInt8]? = nil, head: [UInt8]? = nil, workingDate: String = "") {
        var parsed: [(revision: Revision, rubric: Rubric)] = []
        var unreadable: [(String, String)] = []
        for (index, revision) in revisions.enumerated() {
            switch readings?[index] ?? Self.read(revision) {
            case nil: unreadable.append((revision.shortCommit, "the file is not in this commit"))
            case .success(let rubric): parsed.append((revision, rubric))
            case .failure(let error): unreadable.append((revision.shortCommit, "\(error)"))
            }
        }
        var entries: [Entry] = []
        if let working, working != head, let rubric = try? Rubric(bytes: working) {
            entries.append(Self.entry(nil, rubric, date: workingDate))
        }
        // Each revision's marks, worked out once.
        let marks = parsed.map { Self.marks($0.rubric) }
        let positions = Dictionary(parsed.enumerated().map { ($1.revision.commit, $0) }) { first, _ in first }
        for (index, (revision, rubric)) in parsed.enumerated() {
            // Its first parent where that changed the file too, else the commit before it in the log.
            let parent = revision.parents.first.flatMap { positions[$0] } ?? (index + 1 < parsed.count ? index + 1 : nil)
            let unchanged = parent.map { marks[$0] == marks[index] } ?? false
            if !unchanged { entries.append(Self.entry(revision, rubric, date: revision.date)) }
        }
        self.entries = entries
        self.unreadable = unreadable
    }

    private static func marks(_ rubric: Rubric) -> [AreaID: Int] {
        Dictionary(zip(rubric.areaIDs, rubric.currentLevels)) { first, _ in first }
    }

    private static func entry(_ revision: Revision?, _ rubric: Rubric, date: String) -> Entry {
        Entry(commit: revision?.commit, shortCommit: revision?.shortCommit, date: date, author: revision?.author,
              subject: revision?.subject ?? "uncommitted changes", total: rubric.total, maximum: rubric.maximum,
              areas: rubric.areas.map { AreaScore(group: rubric.group(of: $0)?.name, name: $0.name, level: $0.currentLevel, maximum: $0.maximum) },
              rubric: rubric)
    }
}
