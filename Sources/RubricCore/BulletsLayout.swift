/// `##` areas (in `#` groups, as in the lists layout), each with a bullet list whose
/// top-level items all begin with a bold label: the levels, in order.
enum BulletsLayout {
    static func read(_ document: Document) -> LayoutResult {
        var result = LayoutResult()
        for section in AreaSections(document) {
            switch section {
            case .group(let group):
                result.groups.append(group)
            case .area(let name, let lineIndex, let lines):
                guard let list = levelList(document, in: lines) else { continue }
                let covered = list.first!.lineIndex...list.last!.lastLine
                result.areas.append(Area(name: name, lineIndex: lineIndex, group: result.groups.indices.last,
                                         levels: list.map { $0.level(in: document) },
                                         descriptionLines: lines.filter { !covered.contains($0) }))
            }
        }
        return result
    }

    /// The first bullet list in the lines whose top-level items (at least two) all begin with
    /// a bold label.
    private static func levelList(_ document: Document, in lines: Range<Int>) -> [Entry]? {
        var index = lines.lowerBound
        while index < lines.upperBound {
            guard case .bulletItem(let indent, _, _, _) = document.kinds[index], indent <= 3 else { index += 1; continue }
            var items: [Entry] = []
            var next = index
            while next < lines.upperBound, case .bulletItem(let itemIndent, _, _, _) = document.kinds[next], itemIndent <= 3,
                  let item = Entry.scan(document, at: next, before: lines.upperBound) {
                items.append(item)
                next = item.nextLine
            }
            if items.count >= 2, items.allSatisfy({ $0.label(in: document)?.isBold == true }) { return items }
            index = max(next, index + 1)
        }
        return nil
    }
}

/// The `#` groups and `##` sections of a file, in order, the score section left out: how
/// the lists and bullets layouts find their areas.
struct AreaSections: Sequence, IteratorProtocol {
    enum Section {
        case group(Group)
        /// A `##` heading's title, its line, and the lines under it up to the next `#` or `##`.
        case area(name: String, lineIndex: Int, lines: Range<Int>)
    }

    private let document: Document
    private var index = 0

    init(_ document: Document) { self.document = document }

    mutating func next() -> Section? {
        let kinds = document.kinds
        while index < kinds.count {
            defer { index += 1 }
            guard case .heading(let level, let text) = kinds[index], level <= 2 else { continue }
            let title = document.string(text)
            if level == 1 { return .group(Group(name: title, lineIndex: index)) }
            var end = index + 1
            while end < kinds.count, !Self.endsSection(kinds[end]) { end += 1 }
            if ScoreSectionReader.isScoreHeading(kinds[index], in: document) { continue }
            return .area(name: title, lineIndex: index, lines: (index + 1)..<end)
        }
        return nil
    }

    private static func endsSection(_ kind: LineKind) -> Bool {
        if case .heading(let level, _) = kind { return level <= 2 }
        return false
    }
}
