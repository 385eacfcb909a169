/// The example's layout: `##` areas with a numbered list of levels under each, `#` groups.
/// Reads the structure from the classified lines in one pass.
struct ListsLayout {
    private let document: ClassifiedLines
    private var bytes: [UInt8] { document.bytes }
    private var lines: [Line] { document.lines }
    private var kinds: [LineKind] { document.kinds }

    private(set) var result = LayoutResult()

    private var section: Section = .preamble

    private enum Section {
        case preamble
        case area(AreaBuilder)
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

        /// An item that starts at line `index`, so far one line long.
        init(_ marker: LineKind.ListMarker, at index: Int) {
            lineIndex = index
            markerEnd = marker.markerEnd
            contentStart = marker.contentStart
            contentColumn = marker.contentColumn
            lastNonBlank = index
            lastProse = index
        }
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

    static func read(_ document: ClassifiedLines) -> LayoutResult {
        var layout = ListsLayout(document: document)
        layout.parse()
        return layout.result
    }

    private init(document: ClassifiedLines) { self.document = document }

    private mutating func parse() {
        for index in lines.indices {
            switch kinds[index] {
            case .heading(let heading) where heading.level <= 2:
                finishSection()
                let title = ASCII.string(bytes, heading.text)
                if heading.level == 1 {
                    result.groups.append(Group(name: title, lineIndex: index))
                } else if !ScoreSectionReader.isScoreHeading(kinds[index], in: document) {
                    section = .area(AreaBuilder(name: title, lineIndex: index,
                                                group: result.groups.isEmpty ? nil : result.groups.count - 1))
                }
            default:
                switch section {
                case .preamble:
                    break
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
            if case .orderedItem(let marker, let delimiter) = kind, marker.indent <= 3 {
                area.state = .inList
                area.delimiter = delimiter
                area.item = ItemBuilder(marker, at: index)
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
            if case .orderedItem(let marker, let delimiter) = kind,
               marker.indent < item.contentColumn, marker.indent <= 3 {
                if delimiter == area.delimiter {
                    finishItem(&area)
                    area.item = ItemBuilder(marker, at: index)
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
                if !kind.isFencedCode { area.item?.lastProse = index }
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
                                 textEnd: textEnd, closingTagOffset: lines[item.lastProse].contentEnd,
                                 tags: document.markTags(from: item.contentStart, to: textEnd, lines: item.lineIndex...item.lastNonBlank)))
    }

    // MARK: - Sections

    private mutating func finishSection() {
        switch section {
        case .preamble:
            break
        case .area(var area):
            if area.state == .inList { endList(&area) }
            if area.levels.isEmpty {
                result.headingsWithoutLevels.append(area.lineIndex)
            } else {
                result.areas.append(Area(name: area.name, lineIndex: area.lineIndex, group: area.group,
                                         levels: area.levels, descriptionLines: area.description))
            }
        }
        section = .preamble
    }
}
