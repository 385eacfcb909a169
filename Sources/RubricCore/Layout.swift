/// How a file lays out its ladder: which markdown holds the areas and their levels. Each
/// layout only finds the spans; scoring, splicing and saving are the same for all of them.
public enum Layout: String, CaseIterable, Sendable {
    /// `##` areas, each with a numbered list of levels (the example's layout).
    case lists
    /// Headings, each with a bullet list whose items begin with a bold level name.
    case bullets
    /// Pipe tables: areas as rows, levels as columns.
    case table
    /// Levels as headings, with one labeled paragraph or item per area under each.
    case headings

    func read(_ document: ClassifiedLines) -> LayoutResult {
        switch self {
        case .lists: ListsLayout.read(document)
        case .bullets: BulletsLayout.read(document)
        case .table: TableLayout.read(document)
        case .headings: HeadingsLayout.read(document)
        }
    }
}

/// What a layout finds in a file.
struct LayoutResult {
    var groups: [Group] = []
    var areas: [Area] = []
    /// `##` headings with nothing under them that the layout reads as levels (lists only).
    var headingsWithoutLevels: [Int] = []

    /// A ladder, as detection counts one: an area with at least two levels.
    var hasLadder: Bool { areas.contains { $0.levels.count >= 2 } }
}

/// Why the file's layout is the one it is, for `rubric check`.
public enum LayoutChoice: Equatable, Sendable {
    /// A `<!-- rubric: layout=NAME -->` comment says so.
    case declared
    /// The first layout, in the order lists, bullets, table, headings, that finds an area
    /// with two or more levels.
    case detected
    /// No layout finds an area with two levels: the lists layout, which takes one-level areas.
    case fallback

    public var reason: String {
        switch self {
        case .declared: "declared by a <!-- rubric: layout=... --> comment"
        case .detected: "the first of lists, bullets, table, headings to find an area with two or more levels"
        case .fallback: "no layout finds an area with two or more levels; read as lists, where an area may have one"
        }
    }
}

extension ClassifiedLines {
    /// The layout a `<!-- rubric: layout=NAME -->` comment on a line of its own declares, or
    /// nil. (On its own line: a sentence that mentions one, in code or not, declares nothing.)
    /// The name must be one of the layouts: a misspelt one is an error, not a silent fallback.
    func declaredLayout() throws(RubricError) -> Layout? {
        for comment in commentRanges where comment.count > 7 && isAloneOnItsLines(comment) {
            var text = Substring(ASCII.string(bytes, (comment.lowerBound + 4)..<max(comment.lowerBound + 4, comment.upperBound - 3)))
            text = text.drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
            guard text.lowercased().hasPrefix("rubric:") else { continue }
            let setting = text.dropFirst(7).trimmingCharacters()
            guard setting.lowercased().hasPrefix("layout") else { continue }
            let value = setting.dropFirst(6).drop { $0 == " " || $0 == "=" }.trimmingCharacters().lowercased()
            guard let layout = Layout(rawValue: value) else { throw .unknownLayout(value) }
            return layout
        }
        return nil
    }
}

extension ClassifiedLines {
    /// Only blanks between the comment and the edges of the lines it starts and ends on.
    fileprivate func isAloneOnItsLines(_ range: Range<Int>) -> Bool {
        var before = range.lowerBound
        while before > 0, bytes[before - 1] != 0x0A {
            before -= 1
            guard ASCII.isBlank(bytes[before]) || before < byteOrderMarkLength else { return false }
        }
        var after = range.upperBound
        while after < bytes.count, bytes[after] != 0x0A, bytes[after] != 0x0D {
            guard ASCII.isBlank(bytes[after]) else { return false }
            after += 1
        }
        return true
    }
}

extension Substring {
    func trimmingCharacters() -> Substring {
        var s = self
        while let c = s.first, c == " " || c == "\t" || c == "\n" || c == "\r" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "\t" || c == "\n" || c == "\r" { s = s.dropLast() }
        return s
    }
}
