/// Builds the structure of a rubric from its classified lines, in one pass.
struct RubricParser {
    private let bytes: [UInt8]
    private let lines: [Line]
    private let kinds: [LineKind]
    private let commentRanges: [Range<Int>]
    private var commentCursor = 0

    private(set) var groups: [Group] = []
    private(set) var areas: [Area] = []
    private(set) var headingsWithoutLevels: [Int] = []
    private(set) var scoreSection: ScoreSection?

    private var section: Section = .preamble

    private enum Section {
        case preamble
        case area(AreaBuilder)
        case score(ScoreBuilder)
    }

    private struct ItemBuilder {
        let lineIndex: Int
        let markerEnd: Int
        let contentStart: Int
        let contentColumn: Int
        var lastNonBlank: Int
        /// The last non-blank line outside fenced code: `</mark>` goes there, since after a
        /// closing fence it would stop the fence from closing.
        var lastProse: Int
    }

    private enum ListState { case before, inList, after }

    private struct AreaBuilder {
        let name: String
        let lineIndex: Int
        let group: Int?
        var levels: [Level] = []
        var description: [Int] = []
        var state: ListState = .before
        var item: ItemBuilder?
        var delimiter: UInt8 = 0
        var afterBlank = false
    }

    private struct ScoreBuilder {
        let headingLineIndex: Int
        var scoreLine: ScoreSection.ScoreLine?
        var lastContent: Int
    }

    init(bytes: [UInt8], lines: [Line], kinds: [LineKind], commentRanges: [Range<Int>]) {
        self.bytes = bytes
        self.lines = lines
        self.kinds = kinds
        self.commentRanges = commentRanges
    }

    mutating func parse() {
        for index in lines.indices {
            switch kinds[index] {
            case .heading(let level, let text) where level <= 2:
                finishSection()
                let title = ASCII.string(bytes, text)
                if level == 1 {
                    groups.append(Group(name: title, lineIndex: index))
                    section = .preamble
                } else if title.lowercased() == "score" {
                    section = .score(ScoreBuilder(headingLineIndex: index, lastContent: index))
                } else {
                    section = .area(AreaBuilder(name: title, lineIndex: index,
                                                group: groups.isEmpty ? nil : groups.count - 1))
                }
            default:
                switch section {
                case .preamble:
                    break
                case .score(var score):
                    consume(index, into: &score)
                    section = .score(score)
                case .area(var area):
                    section = .preamble  // keeps `area` uniquely referenced while it grows
                    consume(index, into: &area)
                    section = .area(area)
                }
            }
        }
        finishSection()
    }

    // MARK: - Areas

    private mutating func consume(_ index: Int, into area: inout AreaBuilder) {
        let kind = kinds[index]
        switch area.state {
        case .before:
            if case .orderedItem(let indent, let delimiter, let markerEnd, let contentStart, let column) = kind, indent <= 3 {
                area.state = .inList
                area.delimiter = delimiter
                area.item = ItemBuilder(lineIndex: index, markerEnd: markerEnd, contentStart: contentStart,
                                        contentColumn: column, lastNonBlank: index, lastProse: index)
            } else {
                area.description.append(index)
            }
        case .after:
            area.description.append(index)
        case .inList:
            guard let item = area.item else { return }
            if kind == .blank { area.afterBlank = true; return }
            if case .heading = kind {
                endList(&area)
                area.description.append(index)
                return
            }
            if case .orderedItem(let indent, let delimiter, let markerEnd, let contentStart, let column) = kind,
               indent < item.contentColumn, indent <= 3 {
                if delimiter == area.delimiter {
                    finishItem(&area)
                    area.item = ItemBuilder(lineIndex: index, markerEnd: markerEnd, contentStart: contentStart,
                                            contentColumn: column, lastNonBlank: index, lastProse: index)
                    area.afterBlank = false
                } else {
                    endList(&area)
                    area.description.append(index)
                }
                return
            }
            let continues: Bool
            if kind == .code || kind.indent >= item.contentColumn {
                continues = true
            } else if area.afterBlank {
                // The format's rule: a non-indented line after a blank line ends the list.
                continues = kind.indent > 0
            } else {
                // A lazy continuation line: plain text straight after the item's text.
                if case .text = kind { continues = true } else { continues = false }
            }
            if continues {
                area.item?.lastNonBlank = index
                if kind != .code, kind != .fenceOpen(indent: kind.indent) { area.item?.lastProse = index }
                area.afterBlank = false
            } else {
                endList(&area)
                area.description.append(index)
            }
        }
    }

    private mutating func endList(_ area: inout AreaBuilder) {
        finishItem(&area)
        area.state = .after
    }

    private mutating func finishItem(_ area: inout AreaBuilder) {
        guard let item = area.item else { return }
        area.item = nil
        let textEnd = lines[item.lastNonBlank].contentEnd
        area.levels.append(Level(lineIndex: item.lineIndex, lastLineIndex: item.lastNonBlank,
                                 markerEnd: item.markerEnd, contentStart: item.contentStart,
                                 textEnd: textEnd, closingTagOffset: lines[item.lastProse].contentEnd, tags: markTags(lines: item.lineIndex...item.lastNonBlank,
                                                                  from: item.contentStart)))
    }

    private static let openTag = Array("<mark>".utf8)
    private static let closeTag = Array("</mark>".utf8)

    /// The mark tags in a level's lines, skipping fenced code and HTML comments.
    private mutating func markTags(lines range: ClosedRange<Int>, from start: Int) -> [MarkTag] {
        var tags: [MarkTag] = []
        for index in range where kinds[index] != .code {
            let line = lines[index]
            var i = index == range.lowerBound ? start : line.start
            while i < line.contentEnd {
                guard let lt = ASCII.find([0x3C], in: bytes, from: i, end: line.contentEnd) else { break }
                let isOpen = ASCII.matches(bytes, at: lt, Self.openTag, end: line.contentEnd)
                let isClose = !isOpen && ASCII.matches(bytes, at: lt, Self.closeTag, end: line.contentEnd)
                if (isOpen || isClose) && !insideComment(lt) {
                    let length = isOpen ? Self.openTag.count : Self.closeTag.count
                    tags.append(MarkTag(range: lt..<lt + length, isOpening: isOpen))
                    i = lt + length
                } else {
                    i = lt + 1
                }
            }
        }
        return tags
    }

    /// Whether a byte is inside an HTML comment. Queries come in increasing order, so a
    /// cursor over the sorted comment ranges keeps the whole parse linear.
    private mutating func insideComment(_ offset: Int) -> Bool {
        while commentCursor < commentRanges.count, commentRanges[commentCursor].upperBound <= offset {
            commentCursor += 1
        }
        return commentCursor < commentRanges.count && commentRanges[commentCursor].contains(offset)
    }

    // MARK: - Score

    private mutating func consume(_ index: Int, into score: inout ScoreBuilder) {
        let kind = kinds[index]
        if kind == .blank { return }
        score.lastContent = index
        guard score.scoreLine == nil, case .text = kind else { return }
        // An `N/M` inside a comment is the person's note, not the score.
        guard !insideComment(lines[index].start) else { return }
        score.scoreLine = scoreLine(at: index)
    }

    /// Reads `N/M`, blanks allowed around the numbers and nothing else on the line.
    private func scoreLine(at index: Int) -> ScoreSection.ScoreLine? {
        let line = lines[index]
        var i = line.start
        func skipBlanks() { while i < line.contentEnd, ASCII.isBlank(bytes[i]) { i += 1 } }
        func number() -> Int? {
            let start = i
            var value = 0
            while i < line.contentEnd, ASCII.isDigit(bytes[i]), i - start < 18 {
                value = value * 10 + Int(bytes[i] - 0x30)
                i += 1
            }
            return i > start ? value : nil
        }
        skipBlanks()
        let valueStart = i
        guard let total = number() else { return nil }
        skipBlanks()
        guard i < line.contentEnd, bytes[i] == 0x2F else { return nil }
        i += 1
        skipBlanks()
        guard let maximum = number() else { return nil }
        skipBlanks()
        guard i == line.contentEnd else { return nil }
        return .init(lineIndex: index, valueRange: valueStart..<line.contentEnd, total: total, maximum: maximum)
    }

    // MARK: - Sections

    private mutating func finishSection() {
        switch section {
        case .preamble:
            break
        case .score(let score):
            // Only the first score section counts; a second one is kept as text.
            if scoreSection == nil {
                scoreSection = ScoreSection(headingLineIndex: score.headingLineIndex, scoreLine: score.scoreLine,
                                            lastContentLineIndex: score.lastContent)
            }
        case .area(var area):
            if area.state == .inList { endList(&area) }
            if area.levels.isEmpty {
                headingsWithoutLevels.append(area.lineIndex)
            } else {
                areas.append(Area(name: area.name, lineIndex: area.lineIndex, group: area.group,
                                  levels: area.levels, descriptionLines: area.description))
            }
        }
        section = .preamble
    }
}
