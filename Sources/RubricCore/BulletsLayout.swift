/// Areas as headings, each followed by a bullet list whose top-level items all begin with a
/// bold label: the levels, in order. An area's heading may be at any depth (ladders put
/// them at `##`, `###` or `####`); its group is the nearest shallower heading above it.
enum BulletsLayout {
    static func read(_ document: ClassifiedLines) -> LayoutResult {
        var result = LayoutResult()
        let kinds = document.kinds
        // The headings above the current line, by depth, for the groups; groups by line.
        var open: [(depth: Int, line: Int, name: String)] = []
        var groupAt: [Int: Int] = [:]
        for index in kinds.indices where !document.isScoreLine(index) {
            guard case .heading(let heading) = kinds[index] else { continue }
            let depth = heading.level
            open.removeAll { $0.depth >= depth }
            let name = Plain.inline(document.bytes[heading.text])
            defer { open.append((depth, index, name)) }
            // The heading's own lines: up to the next heading of any depth.
            var end = index + 1
            while end < kinds.count, !document.isScoreLine(end) {
                if case .heading = kinds[end] { break }
                end += 1
            }
            guard let list = levelList(document, in: (index + 1)..<end) else { continue }
            var group: Int?
            if let parent = open.last {
                group = groupAt[parent.line] ?? {
                    result.groups.append(Group(name: parent.name, lineIndex: parent.line))
                    groupAt[parent.line] = result.groups.count - 1
                    return result.groups.count - 1
                }()
            }
            let covered = list.first!.lineIndex...list.last!.lastLine
            result.areas.append(Area(name: name, lineIndex: index, group: group,
                                     levels: list.map { $0.level(in: document) },
                                     descriptionLines: ((index + 1)..<end).filter { !covered.contains($0) }))
        }
        return result
    }

    /// The first bullet list in the lines whose top-level items (at least two) all begin with
    /// a bold label.
    private static func levelList(_ document: ClassifiedLines, in lines: Range<Int>) -> [Entry]? {
        var index = lines.lowerBound
        while index < lines.upperBound {
            guard case .bulletItem(let marker) = document.kinds[index], marker.indent <= 3 else { index += 1; continue }
            var items: [Entry] = []
            var next = index
            while next < lines.upperBound, case .bulletItem(let marker) = document.kinds[next], marker.indent <= 3,
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
