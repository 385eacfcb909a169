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
