/// A rubric file: its original bytes and where its groups, areas, levels, marks and score
/// line are in them.
///
/// The model is lossless, like swift-syntax's trees: nothing is re-rendered from a parsed
/// form. Writing marks back splices new bytes into the original ones (see `bytes(withLevels:)`),
/// so everything else the person wrote survives exactly.
public struct Rubric: Sendable {
    public let bytes: [UInt8]
    public let lines: [Line]
    /// The line ending the file mostly uses; lines the program adds use it.
    public let lineEnding: LineEnding
    public let groups: [Group]
    public let areas: [Area]
    /// Line indices of `##` headings with no ordered list under them.
    public let headingsWithoutLevels: [Int]
    public let scoreSection: ScoreSection?
    /// Byte ranges of HTML comments, sorted.
    public let commentRanges: [Range<Int>]
    /// A code fence or comment left open at the end: a score section appended after it would
    /// be hidden inside it, so it gets closed first.
    public let unclosedAtEnd: Unclosed?

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Parses a rubric, refusing bytes that are not UTF-8 text or that hold no area.
    public init(bytes: [UInt8]) throws(RubricError) {
        if let problem = TextValidation.firstProblem(in: bytes) { throw problem }
        let (lines, ending) = LineSplitter.split(bytes)
        var classifier = LineClassifier(bytes: bytes)
        let bomLength = bytes.starts(with: Self.byteOrderMark) ? Self.byteOrderMark.count : 0
        var kinds: [LineKind] = []
        kinds.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated() {
            kinds.append(classifier.classify(from: index == 0 ? line.start + bomLength : line.start, to: line.contentEnd))
        }
        let unclosed = classifier.finish(at: bytes.count)
        var parser = RubricParser(bytes: bytes, lines: lines, kinds: kinds, commentRanges: classifier.commentRanges)
        parser.parse()
        guard !parser.areas.isEmpty else { throw .noAreas }
        self.bytes = bytes
        self.lines = lines
        self.lineEnding = ending
        self.groups = parser.groups
        self.areas = parser.areas
        self.headingsWithoutLevels = parser.headingsWithoutLevels
        self.scoreSection = parser.scoreSection
        self.commentRanges = classifier.commentRanges
        self.unclosedAtEnd = unclosed
    }

    /// The comment (its whole range) that holds a byte offset, if any.
    func comment(containing offset: Int) -> Range<Int>? {
        var low = 0, high = commentRanges.count
        while low < high {
            let mid = (low + high) / 2
            if commentRanges[mid].upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low < commentRanges.count && commentRanges[low].contains(offset) ? commentRanges[low] : nil
    }

    /// Each area's current level, in order.
    public var currentLevels: [Int] { areas.map(\.currentLevel) }
    /// The sum of the areas' current levels.
    public var total: Int { areas.reduce(0) { $0 + $1.currentLevel } }
    /// The sum of the areas' maxima.
    public var maximum: Int { areas.reduce(0) { $0 + $1.maximum } }

    /// The group an area belongs to, if any.
    public func group(of area: Area) -> Group? { area.group.map { groups[$0] } }
}
