/// A rubric file: its original bytes and where its groups, areas, levels, marks and score
/// line are in them.
///
/// The model is lossless, like swift-syntax's trees: nothing is re-rendered from a parsed
/// form. Writing marks back splices new bytes into the original ones (see `bytes(withLevels:)`),
/// so everything else the person wrote survives exactly.
public struct Rubric: Sendable {
    public let bytes: [UInt8]
    public let lines: [Line]
    /// What each line is (kept so that check can try the other layouts without reading the
    /// file again).
    let kinds: [LineKind]
    /// A UTF-8 byte order mark's length, or 0.
    let byteOrderMarkLength: Int
    /// The line ending the file mostly uses; lines the program adds use it.
    public let lineEnding: LineEnding
    /// Where the ladder is in the markdown, and why it was read that way.
    public let layout: Layout
    public let layoutChoice: LayoutChoice
    public let groups: [Group]
    public let areas: [Area]
    /// Line indices of `##` headings with no ordered list under them (the lists layout).
    public let headingsWithoutLevels: [Int]
    public let scoreSection: ScoreSection?
    /// Byte ranges of HTML comments, sorted.
    public let commentRanges: [Range<Int>]
    /// A code fence or comment left open at the end: a score section appended after it would
    /// be hidden inside it, so it gets closed first.
    public let unclosedAtEnd: Unclosed?
    /// What each level is worth, from level 0 up, where a `points=` declaration says so.
    public let points: [Int]?
    /// The titles, lowest first (see `TitleSource`).
    public let titles: [Title]
    public let titleSource: TitleSource
    /// The titles block, where the file has one.
    public let titlesBlock: Block?
    /// The evidence block read, where the file has one.
    public let evidence: EvidenceBlock?
    /// Declarations that count for nothing (a block under no heading, a second block or
    /// points= declaration), for `rubric check`.
    let declarationProblems: [Diagnostic]

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The largest file read: every position must fit in 32 bits (`Line`, `Level`).
    public static let largestSize = Int(Int32.max) - 1

    /// Parses a rubric, refusing bytes that are not UTF-8 text or that hold no area.
    public init(bytes: [UInt8]) throws(RubricError) {
        guard bytes.count <= Self.largestSize else { throw .tooLarge(bytes: bytes.count) }
        if let problem = TextValidation.firstProblem(in: bytes) { throw problem }
        let (classified, ending, unclosed) = Self.classify(bytes)
        let declarations = try classified.declarations()
        let blocks = Blocks.find(declarations, in: classified)
        let document = classified.hiding(blocks.all)
        let declaredLayout = declarations.lazy.compactMap { if case .layout(let layout) = $0.setting { layout } else { nil } }.first
        let (layout, choice, found) = Self.chooseLayout(document, declared: declaredLayout)
        guard !found.areas.isEmpty else {
            // A block under a shallow heading runs on over the ladder: say so rather than "no areas".
            if let block = blocks.all.first, !Self.chooseLayout(classified, declared: declaredLayout).2.areas.isEmpty {
                throw .ladderInsideBlock(block.kind, line: block.headingLineIndex + 1)
            }
            throw choice == .declared ? .noAreasInDeclaredLayout(layout, StructureSummary(document)) : .noAreas(StructureSummary(document))
        }
        let points = try Self.points(declarations, areas: found.areas)
        let maximumPoints = found.areas.reduce(0) { $0 + (points?[$1.maximum] ?? $1.maximum) }
        let names = AreaNames(areas: found.areas, groups: found.groups)
        if let block = blocks.titles {
            let ladder = TitlesReader.Ladder(areas: found.areas, groups: found.groups, maximumPoints: maximumPoints)
            titles = TitlesReader.stated(in: block, of: classified).map(ladder.title)
            titleSource = .block
        } else {
            titles = TitlesReader.implicit(areas: found.areas, layout: layout)
            titleSource = titles.isEmpty ? .none : .levelNames
        }
        self.points = points
        titlesBlock = blocks.titles
        evidence = blocks.evidence.map { EvidenceBlock.read($0, in: classified, names: names) }
        declarationProblems = blocks.problems + Self.secondPoints(declarations)
        self.bytes = bytes
        self.lines = document.lines
        self.kinds = document.kinds
        self.byteOrderMarkLength = document.byteOrderMarkLength
        self.lineEnding = ending
        self.layout = layout
        self.layoutChoice = choice
        self.groups = found.groups
        self.areas = found.areas
        self.headingsWithoutLevels = found.headingsWithoutLevels
        self.scoreSection = document.scoreSection
        self.commentRanges = document.commentRanges
        self.unclosedAtEnd = unclosed
    }

    /// The bytes as lines of known kinds, with their comments and any construct left open.
    static func classify(_ bytes: [UInt8]) -> (ClassifiedLines, LineEnding, Unclosed?) {
        let (lines, ending) = LineSplitter.split(bytes)
        var classifier = LineClassifier(bytes: bytes)
        let bomLength = bytes.starts(with: byteOrderMark) ? byteOrderMark.count : 0
        var kinds: [LineKind] = []
        kinds.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated() {
            kinds.append(classifier.classify(from: index == 0 ? line.start + bomLength : line.start, to: line.contentEnd))
        }
        let unclosed = classifier.finish(at: bytes.count)
        let document = ClassifiedLines(bytes: bytes, lines: lines, kinds: kinds, commentRanges: classifier.commentRanges,
                                byteOrderMarkLength: bomLength)
        return (document, ending, unclosed)
    }

    /// The declared layout, else the first that finds a ladder (an area with two or more
    /// levels), else the lists layout if it finds any area (a one-level area is still an
    /// area there; in the other layouts it is a guess, and a wrong one reads as garbage).
    private static func chooseLayout(_ document: ClassifiedLines, declared: Layout?) -> (Layout, LayoutChoice, LayoutResult) {
        if let declared { return (declared, .declared, declared.read(document)) }
        var lists: LayoutResult?
        for layout in Layout.allCases {
            let found = layout.read(document)
            if found.hasLadder { return (layout, .detected, found) }
            if layout == .lists { lists = found }
        }
        return (.lists, .fallback, lists ?? LayoutResult())
    }

    /// The first `points=` declaration's list, once it is known to give a number for every
    /// level of every area.
    private static func points(_ declarations: [Declaration], areas: [Area]) throws(RubricError) -> [Int]? {
        for declaration in declarations {
            guard case .points(let values) = declaration.setting else { continue }
            let highest = areas.map(\.maximum).max() ?? 0
            guard values.count > highest else {
                throw .badPoints("gives \(values.count) \(values.count == 1 ? "number" : "numbers"); the ladder needs one for each level from 0 to \(highest), \(highest + 1) in all",
                                 line: declaration.lineIndex + 1)
            }
            return values
        }
        return nil
    }

    /// A points= declaration after the first, which counts for nothing.
    private static func secondPoints(_ declarations: [Declaration]) -> [Diagnostic] {
        let lines = declarations.compactMap { if case .points = $0.setting { $0.lineIndex } else { nil } }
        return lines.dropFirst().map { Diagnostic(line: $0 + 1, message: "a second points= declaration (the first, at line \(lines[0] + 1), counts); it is ignored") }
    }

    /// The comment (its whole range) that holds a byte offset, if any.
    func comment(containing offset: Int) -> Range<Int>? { commentRanges.range(containing: offset) }

    /// The classified file again, as the layouts read it.
    var document: ClassifiedLines {
        ClassifiedLines(bytes: bytes, lines: lines, kinds: kinds, commentRanges: commentRanges, byteOrderMarkLength: byteOrderMarkLength)
    }

    /// Each area's current level, in order.
    public var currentLevels: [Int] { areas.map(\.currentLevel) }
    /// What a level is worth: its points where a `points=` declaration gives them, else the
    /// level itself.
    public func worth(ofLevel level: Int) -> Int { points?[level] ?? level }
    /// What a set of levels (one per area) is worth.
    public func total(of levels: [Int]) -> Int { levels.reduce(0) { $0 + worth(ofLevel: $1) } }
    /// What the current marks are worth.
    public var total: Int { total(of: currentLevels) }
    /// What every area at its highest level is worth.
    public var maximum: Int { areas.reduce(0) { $0 + worth(ofLevel: $1.maximum) } }
    /// The score line as the file states it ("15/35"), when its maximum is not what the file
    /// reads as: a typo that dropped an area or a level shows first here, and a save would
    /// change it.
    public var statedScoreWithOtherMaximum: String? {
        guard let line = scoreSection?.scoreLine, line.maximum != maximum else { return nil }
        return Self.scoreText(total: line.total, maximum: line.maximum)
    }

    /// The group an area belongs to, if any.
    public func group(of area: Area) -> Group? { area.group.map { groups[$0] } }
}
