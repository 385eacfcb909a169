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

    public private(set) var lines: [Line] = []
    /// For each level, the lines it covers.
    public private(set) var levelLines: [Range<Int>] = []
    public let height: Int
    /// Columns before a level's text: " 12 ● ".
    public let textX: Int

    public static let markedSymbol = "●"
    public static let unmarkedSymbol = "○"

    public init(area: DisplayArea, areaIndex: Int, expanded: Set<AppState.LevelID>, width: Int, height: Int) {
        self.height = height
        let digits = String(area.levels.count).count
        textX = 1 + digits + 3
        let textWidth = max(1, width - textX - 1)
        var blocks: [[Line]] = []
        for (index, level) in area.levels.enumerated() {
            var block: [Line] = []
            for (row, text) in TextWrap.lines(level.text, width: textWidth).enumerated() {
                block.append(Line(text: text, x: textX, kind: row == 0 ? .levelFirst : .levelMore, level: index))
            }
            let isExpanded = expanded.contains(.init(area: areaIndex, level: index))
            for details in level.details {
                let summary = (isExpanded ? "▾ " : "▸ ") + details.summary
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
            let wrapped = area.description.flatMap { TextWrap.lines($0, width: max(1, width - 2)) }
            description = wrapped.prefix(limit).enumerated().map { offset, text in
                let shown = offset == limit - 1 && wrapped.count > limit ? Self.truncated(text, width: width - 2) : text
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
    /// from `current`.
    public func scrollKeeping(level: Int, in current: Int) -> Int {
        guard levelLines.indices.contains(level) else { return 0 }
        let range = levelLines[level]
        var top = current
        if range.upperBound > top + height { top = range.upperBound - height }
        if range.lowerBound < top { top = range.lowerBound }
        // At the first level, show what is above it (the description) when it fits.
        if level == 0, range.upperBound <= height { top = 0 }
        return max(0, min(top, lines.count - height))
    }

    static func truncated(_ text: String, width: Int) -> String {
        var out = ""
        var used = 0
        for character in text {
            let w = CharacterWidth.of(character)
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        return out + "…"
    }
}
