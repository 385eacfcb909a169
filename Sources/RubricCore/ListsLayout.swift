/// The example's layout: `##` areas with a numbered list of levels under each, `#` groups.
/// Reads the structure from the classified lines in one pass.
struct ListsLayout {
    private let document: ClassifiedLines
    // Kept as properties of their own: read for every line, and a computed property would
    // retain and release the document's arrays at each read.
    private let bytes: [UInt8]
    private let lines: [Line]
    private let kinds: [LineKind]

    private(set) var result = LayoutResult()

    /// The area being read; nil before the first (the preamble) and after the score heading.
    private var area: AreaBuilder?

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

        mutating func consume(_ index: Int, in document: ClassifiedLines) {
            let kind = document.kinds[index]
            switch state {
            case .before:
                if case .orderedItem(let marker, let delimiter) = kind, marker.indent <= 3 {
                    state = .inList
                    self.delimiter = delimiter
                    self.item = ItemBuilder(marker, at: index)
                } else {
                    description.append(index)
                }
            case .after:
                description.append(index)
            case .inList:
                guard let item = item else { return }
                if kind == .blank { afterBlank = true; return }
                if case .heading = kind {
                    endList(in: document)
                    description.append(index)
                    return
                }
                if case .orderedItem(let marker, let delimiter) = kind,
                   marker.indent < item.contentColumn, marker.indent <= 3 {
                    if delimiter == delimiter {
                        finishItem(in: document)
                        self.item = ItemBuilder(marker, at: index)
                        afterBlank = false
                    } else {
                        endList(in: document)
                        description.append(index)
                    }
                    return
                }
                let continues: Bool
                if kind == .code || kind.indent >= item.contentColumn {
                    continues = true
                } else if afterBlank {
                    // The format's rule: a non-indented line after a blank line ends the list.
                    continues = kind.indent > 0
                } else {
                    // A lazy continuation line: plain text straight after the item's text.
                    if case .text = kind { continues = true } else { continues = false }
                }
                if continues {
                    self.item?.lastNonBlank = index
                    if !kind.isFencedCode { self.item?.lastProse = index }
                    afterBlank = false
                } else {
                    endList(in: document)
                    description.append(index)
                }
            }
        }

        mutating func endList(in document: ClassifiedLines) {
            finishItem(in: document)
            state = .after
        }

        mutating func finishItem(in document: ClassifiedLines) {
            guard let item else { return }
            self.item = nil
            let textEnd = document.lines[item.lastNonBlank].contentEnd
            levels.append(Level(lineIndex: item.lineIndex, lastLineIndex: item.lastNonBlank,
                                markerEnd: item.markerEnd, contentStart: item.contentStart,
                                textEnd: textEnd, closingTagOffset: document.lines[item.lastProse].contentEnd,
                                tags: document.markTags(from: item.contentStart, to: textEnd, lines: item.lineIndex...item.lastNonBlank)))
        }
    }

    static func read(_ document: ClassifiedLines) -> LayoutResult {
        var layout = ListsLayout(document: document)
        layout.parse()
        return layout.result
    }

    private init(document: ClassifiedLines) {
        self.document = document
        (bytes, lines, kinds) = (document.bytes, document.lines, document.kinds)
    }

    private mutating func parse() {
        for index in lines.indices {
            switch kinds[index] {
            case .heading(let heading) where heading.level <= 2:
                finishSection()
                let title = ASCII.string(bytes, heading.text)
                if heading.level == 1 {
                    result.groups.append(Group(name: title, lineIndex: index))
                } else if !ScoreSectionReader.isScoreHeading(kinds[index], in: document) {
                    area = AreaBuilder(name: title, lineIndex: index,
                                       group: result.groups.isEmpty ? nil : result.groups.count - 1)
                }
            default:
                // Grown in place: the builder is never copied (its arrays would be retained).
                area?.consume(index, in: document)
            }
        }
        finishSection()
    }

    // MARK: - Sections

    private mutating func finishSection() {
        if var area {
            if area.state == .inList { area.endList(in: document) }
            if area.levels.isEmpty {
                result.headingsWithoutLevels.append(area.lineIndex)
            } else {
                result.areas.append(Area(name: area.name, lineIndex: area.lineIndex, group: area.group,
                                         levels: area.levels, descriptionLines: area.description))
            }
        }
        area = nil
    }
}
