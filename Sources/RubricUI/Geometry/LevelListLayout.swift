import RubricCore
import RubricStyle

/// The body of the screen for one area, as lines: the description (when there is room),
/// then each level wrapped with a hanging indent, then its details.
///
/// Shared by the renderer, which draws the lines, and the view model, which scrolls so the
/// selected level stays in view; so both always agree on what fits.
public struct LevelListLayout: Sendable {
    public enum Kind: Equatable, Sendable { case description, levelFirst, levelMore, detailsSummary, detailsBody }

    public struct Line: Equatable, Sendable {
        public let text: String
        public let x: Int
        public let kind: Kind
        /// The level the line belongs to, or nil for the description and spacing.
        public let level: Int?
    }

    /// The longest line of level text, in columns.
    static let readableWidth = 100

    public private(set) var lines: [Line] = []
    /// For each level, the lines it covers.
    public private(set) var levelLines: [Range<Int>] = []
    public let height: Int
    /// Columns before a level's text: " 12 ● ", or " 12 [x] " in ASCII.
    public let textX: Int
    /// Where the mark indicator starts.
    public let markX: Int
    /// Where the other assessment's mark goes (`--against`), or nil without one.
    public let otherX: Int?

    public init(area: DisplayArea, id: AreaID, expanded: Set<AppState.LevelID>, width: Int, height: Int, glyphs: Glyphs = .unicode,
                otherColumn: Bool = false) {
        self.height = height
        let digits = String(area.levels.count).count
        markX = 1 + digits + 1
        let afterMark = markX + CharacterWidth.of(glyphs.marked) + 1
        otherX = otherColumn ? afterMark : nil
        textX = afterMark + (otherColumn ? CharacterWidth.of(glyphs.otherMarked) + 1 : 0)
        // A column free for the ▲ ▼ scroll marks, and lines no longer than a reader can
        // follow on a wide terminal.
        let textWidth = max(1, min(width - textX - 2, Self.readableWidth))
        var blocks: [[Line]] = []
        for (index, level) in area.levels.enumerated() {
            var block: [Line] = []
            // A named level (a table's header, a level heading) shows its name first.
            let shown = level.name.map { name in level.text.isEmpty ? name : name + "\n" + level.text } ?? level.text
            for (row, text) in TextWrap.lines(shown, width: textWidth).enumerated() {
                block.append(Line(text: text, x: textX, kind: row == 0 ? .levelFirst : .levelMore, level: index))
            }
            let isExpanded = expanded.contains(.init(area: id, level: index))
            for details in level.details {
                let summary = (isExpanded ? glyphs.detailsOpen : glyphs.detailsClosed) + " " + details.summary
                for text in TextWrap.lines(summary, width: textWidth) {
                    block.append(Line(text: text, x: textX, kind: .detailsSummary, level: index))
                }
                if isExpanded {
                    for text in TextWrap.lines(details.body, width: max(1, textWidth - 2)) {
                        block.append(Line(text: text, x: textX + 2, kind: .detailsBody, level: index))
                    }
                }
            }
            blocks.append(block)
        }
        let levelTotal = blocks.reduce(0) { $0 + $1.count }
        // A blank line between levels when everything fits with them.
        let spaced = levelTotal + blocks.count - 1 <= height
        // The description shows only when the levels still get most of the room.
        var description: [Line] = []
        if !area.description.isEmpty, height >= 10 {
            let limit = max(1, height / 4)
            let descriptionWidth = max(1, min(width - 3, Self.readableWidth + textX))
            let wrapped = area.description.flatMap { TextWrap.lines($0, width: descriptionWidth) }
            description = wrapped.prefix(limit).enumerated().map { offset, text in
                let shown = offset == limit - 1 && wrapped.count > limit ? TextWrap.truncated(text, width: descriptionWidth, ellipsis: glyphs.ellipsis) : text
                return Line(text: shown, x: 1, kind: .description, level: nil)
            }
            description.append(Line(text: "", x: 0, kind: .description, level: nil))
        }
        lines = description
        for (index, block) in blocks.enumerated() {
            if spaced, index > 0 { lines.append(Line(text: "", x: 0, kind: .levelMore, level: nil)) }
            levelLines.append(lines.count..<lines.count + block.count)
            lines += block
        }
    }

    /// The first line to show so that `level` is fully in view, moving as little as possible
    /// from `current`. The top line always starts a level (or is the very first line), so a
    /// wrapped level never shows its last lines without its number; only a level taller than
    /// the body shows part of itself, scrolled as far as `current` asks within it.
    public func scrollKeeping(level: Int, in current: Int) -> Int {
        guard levelLines.indices.contains(level) else { return 0 }
        let range = levelLines[level]
        // A level taller than the body is read line by line: the window stays within it.
        let lowest = range.upperBound - height, highest = range.lowerBound
        guard lowest < highest else { return Scrolling.top(revealing: range.lowerBound...range.upperBound - 1, near: current, height: height, count: Int.max) }
        // The tops that keep the whole level in view, among those that start a level.
        // At the first level, show what is above it (the description) when it fits.
        if level == 0, range.upperBound <= height { return 0 }
        let tops = ([0] + levelLines.map(\.lowerBound)).filter { $0 >= lowest && $0 <= highest }
        // No further down than needed to fill the body, so a larger screen shows more above.
        let wanted = min(current, max(0, lines.count - height))
        return tops.min { abs($0 - wanted) < abs($1 - wanted) } ?? highest
    }
}
