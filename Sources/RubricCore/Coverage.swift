/// What of a file the ladder doesn't account for: text after the introduction that is no
/// area's heading, level or description, and table cells beyond the header's levels. A
/// conversion (`rubric import`) carries the ladder, and says what it leaves behind.
extension Rubric {
    /// Line indices with text that belongs to no area, group, level, description or the
    /// introduction, and isn't the score section or front matter: a level heading's summary
    /// paragraph, text under a group, a list or code before the ladder, a second list the
    /// layout doesn't read. Headings are structure (a group, an area, a level's name, a
    /// title) and are not counted.
    public var linesOutsideTheLadder: [Int] {
        var covered = Set(groups.map(\.lineIndex)).union(introductionLines.map(\.index))
        for area in areas {
            covered.insert(area.lineIndex)
            covered.formUnion(area.descriptionLines)
            for level in area.levels where !level.isMissing { covered.formUnion(level.lineIndex...max(level.lineIndex, level.lastLineIndex)) }
        }
        // After the front matter's closing fence, which starts the range's end.
        let start = FrontMatter.range(in: bytes).map { fence in lines.firstIndex { $0.start > fence.upperBound } ?? lines.count } ?? 0
        let score = scoreSection.map { $0.headingLineIndex...$0.lastContentLineIndex }
        return (start..<lines.count).filter { index in
            guard !covered.contains(index), score?.contains(index) != true else { return false }
            switch kinds[index] {
            case .blank, .heading: return false
            default: break
            }
            let text = visibleText(lines[index].start..<lines[index].contentEnd).trimmingBlanks
            // A table's header and delimiter rows are its levels' names and its structure.
            return !text.isEmpty && !(layout == .table && text.hasPrefix("|"))
        }
    }

    /// How many cells of an area's table row lie beyond the levels its header names (none
    /// outside the table layout): a markdown host shows them, but they are no level.
    public func cellsBeyondTheHeader(of area: Area) -> Int {
        guard layout == .table else { return 0 }
        return max(0, PipeTable.cells(document, area.lineIndex).count - 1 - area.maximum)
    }

    /// The document's title: a `#` heading before the ladder that groups no area (as in the
    /// table and headings layouts, whose groups are rows and subheadings), or nil.
    public var title: String? {
        let groupLines = Set(areas.compactMap(\.group).map { groups[$0].lineIndex })
        for index in 0..<ladderStart where !groupLines.contains(index) {
            if case .heading(let heading) = kinds[index], heading.level == 1, case let text = heading.text, commentRanges.range(containing: lines[index].start) == nil {
                return document.string(text)
            }
        }
        return nil
    }

    /// The first line of the ladder: its first area's or level's line.
    var ladderStart: Int { areas.flatMap { [$0.lineIndex] + $0.levels.map(\.lineIndex) }.min() ?? 0 }
}
