/// A `<mark>` or `</mark>` tag found in a level's text (outside code and comments).
public struct MarkTag: Equatable, Sendable {
    public let range: Range<Int>
    public let isOpening: Bool
}

/// One level of an area: an item of its list, a cell of its row, its entry under a level
/// heading, depending on the layout.
///
/// Holds only positions into the original bytes; the text itself is never copied, so
/// writing a mark back is a splice at `contentStart` and `closingTagOffset`.
public struct Level: Equatable, Sendable {
    /// Index of the line holding the list marker.
    public var lineIndex: Int { Int(stored.lineIndex) }
    /// Index of the level's last non-blank line.
    public var lastLineIndex: Int { Int(stored.lastLineIndex) }
    /// The byte after the list marker (`1.` or `1)`).
    public var markerEnd: Int { Int(stored.markerEnd) }
    /// The first byte of the text: after the marker and the blanks that follow it.
    public var contentStart: Int { Int(stored.contentStart) }
    /// The end of the last non-blank line, before its line ending.
    public var textEnd: Int { Int(stored.textEnd) }
    /// Where a new `</mark>` goes: the end of the last non-blank line outside fenced code.
    public var closingTagOffset: Int { Int(stored.closingTagOffset) }
    public let tags: [MarkTag]
    /// A list item's marker needs a blank after it: an empty item gets ` <mark></mark>`.
    public let needsBlankAfterMarker: Bool
    /// The layout has no place for this level (a row without the cell): it counts towards
    /// the area's maximum, shows as empty, and can't be marked.
    public let isMissing: Bool
    /// The level's name where the layout gives one (a table's header, a level heading).
    public let name: String?

    /// The positions in 32 bits (see `Line`): a 10 MB file has 125,000 levels.
    private struct Positions: Equatable, Sendable {
        let lineIndex, lastLineIndex, markerEnd, contentStart, textEnd, closingTagOffset: Int32
    }
    private let stored: Positions

    init(lineIndex: Int, lastLineIndex: Int, markerEnd: Int, contentStart: Int, textEnd: Int, closingTagOffset: Int,
         tags: [MarkTag], needsBlankAfterMarker: Bool = true, isMissing: Bool = false, name: String? = nil) {
        stored = Positions(lineIndex: Int32(lineIndex), lastLineIndex: Int32(lastLineIndex), markerEnd: Int32(markerEnd),
                           contentStart: Int32(contentStart), textEnd: Int32(textEnd), closingTagOffset: Int32(closingTagOffset))
        self.tags = tags
        self.needsBlankAfterMarker = needsBlankAfterMarker
        self.isMissing = isMissing
        self.name = name
    }

    /// A level the layout has no place for, at `offset` (where its line would be).
    static func missing(lineIndex: Int, at offset: Int, name: String?) -> Level {
        Level(lineIndex: lineIndex, lastLineIndex: lineIndex, markerEnd: offset, contentStart: offset, textEnd: offset,
              closingTagOffset: offset, tags: [], needsBlankAfterMarker: false, isMissing: true, name: name)
    }

    public var isMarked: Bool { tags.contains { $0.isOpening } }
    public var isEmpty: Bool { textEnd <= contentStart }
    public var byteRange: Range<Int> { contentStart..<max(contentStart, textEnd) }
}

/// A `##` heading with an ordered list under it: one competency to assess.
public struct Area: Equatable, Sendable {
    public let name: String
    public let lineIndex: Int
    /// Index into `Rubric.groups`, or nil for an area before the first `#` heading.
    public let group: Int?
    public let levels: [Level]
    /// Lines under the heading that are not part of the list: shown, never edited.
    public let descriptionLines: [Int]

    public var maximum: Int { levels.count }
    /// The 1-based positions of the marked levels.
    public var markedLevels: [Int] { levels.indices.filter { levels[$0].isMarked }.map { $0 + 1 } }
    /// The highest marked level, or 0.
    public var currentLevel: Int { levels.lastIndex(where: \.isMarked).map { $0 + 1 } ?? 0 }
    /// The current level's name, where the layout names levels (nil at level 0).
    public var currentLevelName: String? { currentLevel > 0 ? levels[currentLevel - 1].name : nil }
}

/// A `#` heading that gathers the areas after it.
public struct Group: Equatable, Sendable {
    public let name: String
    public let lineIndex: Int
}

/// The `## Score` section and the `N/M` line in it, if any.
public struct ScoreSection: Equatable, Sendable {
    public struct ScoreLine: Equatable, Sendable {
        public let lineIndex: Int
        /// From the first non-blank byte to the line ending: what a rewrite replaces.
        public let valueRange: Range<Int>
        /// The end of the maximum's digits: where the numbers end and a `· TITLE` may follow.
        public let numbersEnd: Int
        public let total: Int
        public let maximum: Int
        /// The text after `·`, without surrounding blanks; nil when the line has no `·`.
        public let statedTitle: String?
    }

    /// `Target: NAME`: the title the person aims for.
    public struct TargetLine: Equatable, Sendable {
        public let lineIndex: Int
        /// After the colon, to the line ending: what setting the target replaces.
        public let nameRange: Range<Int>
        /// Without surrounding blanks.
        public let name: String
    }

    public let headingLineIndex: Int
    public let scoreLine: ScoreLine?
    /// The section's last non-blank line (the heading when it has none): a missing score
    /// line goes after it.
    public let lastContentLineIndex: Int
    public let targetLine: TargetLine?
    /// Further `Target:` lines, which count for nothing (reported by check).
    public let otherTargetLineIndices: [Int]
}
