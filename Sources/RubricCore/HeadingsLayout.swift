/// Levels as a run of sibling headings, each holding one labeled paragraph or item per area:
/// `## Junior`, then `**Mastery**: …`, `**Scope**: …`; `## Mid`, then the same labels.
/// Subheadings inside a level are the areas' groups.
///
/// Linear in the file: the labeled entries are read once, each heading's section is a slice
/// of them, and labels are compared as numbers.
enum HeadingsLayout {
    /// A labeled paragraph or item.
    private struct LabeledEntry {
        let label: Label
        /// The label as compared (`Label.key`), as a number: the same number for the same
        /// label everywhere in the file, so that the tables below index arrays, not hash strings.
        /// A level that holds the label twice, under two subheadings, qualifies it by group.
        var key: Int
        let entry: Entry
        /// The line of the nearest heading above it.
        let headingAbove: Int
    }

    /// A heading whose section (down to the next heading of its depth or shallower) holds at
    /// least two labeled entries: a possible level.
    private struct Section {
        let headingLine: Int
        let depth: Int
        let name: String
        var entries: ArraySlice<LabeledEntry>
    }

    static func read(_ document: ClassifiedLines) -> LayoutResult {
        var keys = KeyNumbers()
        let entries = labeledEntries(document, keys: &keys)
        guard var run = longestRun(sections(document, entries), keyCount: keys.count) else { return LayoutResult() }
        qualifyRepeatedLabels(&run, document, &keys)
        var result = LayoutResult()
        // Groups by name: each level repeats its subheadings.
        var groupNamed: [String: Int] = [:]
        for area in areas(of: run, keyCount: keys.count) {
            var groupIndex: Int?
            if let (section, entry) = area.first, let group = group(of: entry, in: section, document) {
                groupIndex = groupNamed[group.name] ?? {
                    result.groups.append(group)
                    groupNamed[group.name] = result.groups.count - 1
                    return result.groups.count - 1
                }()
            }
            let levels = zip(run, area.entries).map { section, entry in
                entry?.entry.level(in: document, name: section.name)
                    ?? .missing(lineIndex: section.headingLine, at: document.lines[section.headingLine].contentEnd, name: section.name)
            }
            let first = area.first!.1
            result.areas.append(Area(name: area.name ?? Plain.inline(ArraySlice(first.label.text.utf8)), lineIndex: first.entry.lineIndex,
                                     group: groupIndex, levels: levels, descriptionLines: []))
        }
        return result
    }

    /// Every labeled paragraph or top-level item outside the score section, in order.
    private static func labeledEntries(_ document: ClassifiedLines, keys: inout KeyNumbers) -> [LabeledEntry] {
        var entries: [LabeledEntry] = []
        var headingAbove = -1
        var index = 0
        let count = document.lines.count
        while index < count {
            if document.isScoreLine(index) { index += 1; continue }
            if case .heading = document.kinds[index] {
                headingAbove = index
                index += 1
                continue
            }
            // Entries stop at headings by themselves; the score section must stop them too.
            let limit = document.scoreLines.map { index < $0.lowerBound ? $0.lowerBound : count } ?? count
            guard let entry = Entry.scan(document, at: index, before: limit) else { index += 1; continue }
            if let label = entry.label(in: document) {
                entries.append(LabeledEntry(label: label, key: keys.number(label.key), entry: entry, headingAbove: headingAbove))
            }
            index = max(entry.nextLine, index + 1)
        }
        return entries
    }

    /// Every heading outside the score section, with its section's entries if it is a
    /// possible level. A `Score` heading is never a level.
    private static func sections(_ document: ClassifiedLines, _ entries: [LabeledEntry]) -> [(depth: Int, section: Section?)] {
        // Each heading's section ends at the next heading of its depth or shallower: one pass
        // with the headings still open on a stack.
        var headings: [(line: Int, depth: Int, text: Range<Int>, end: Int)] = []
        var open: [Int] = []
        for index in document.kinds.indices where !document.isScoreLine(index) {
            guard case .heading(let heading) = document.kinds[index] else { continue }
            while let last = open.last, headings[last].depth >= heading.level { headings[open.removeLast()].end = index }
            open.append(headings.count)
            headings.append((index, heading.level, heading.text, document.lines.count))
        }
        if let score = document.scoreLines {
            for heading in open where headings[heading].line < score.lowerBound { headings[heading].end = score.lowerBound }
        }
        let firstLines = entries.map(\.entry.lineIndex)
        return headings.map { heading in
            let from = firstLines.partitioningIndex { $0 > heading.line }
            let to = firstLines.partitioningIndex { $0 >= heading.end }
            guard to - from >= 2 else { return (heading.depth, nil) }
            return (heading.depth, Section(headingLine: heading.line, depth: heading.depth,
                                           name: Plain.inline(document.bytes[heading.text]), entries: entries[from..<to]))
        }
    }

    /// The subheading an entry is under within a level, if any.
    private static func group(of entry: LabeledEntry, in section: Section, _ document: ClassifiedLines) -> Group? {
        guard entry.headingAbove > section.headingLine, case .heading(let heading) = document.kinds[entry.headingAbove] else { return nil }
        return Group(name: Plain.inline(document.bytes[heading.text]), lineIndex: entry.headingAbove)
    }

    /// A label a level holds twice (Technical/Scope, Leadership/Scope) names an area per
    /// group: its entries are told apart by their group, in every level.
    private static func qualifyRepeatedLabels(_ run: inout [Section], _ document: ClassifiedLines, _ keys: inout KeyNumbers) {
        var repeated = [Bool](repeating: false, count: keys.count)
        var lastSeenIn = [Int](repeating: -1, count: keys.count)
        var anyRepeated = false
        for (position, section) in run.enumerated() {
            for entry in section.entries {
                if lastSeenIn[entry.key] == position { repeated[entry.key] = true; anyRepeated = true }
                lastSeenIn[entry.key] = position
            }
        }
        guard anyRepeated else { return }
        for position in run.indices {
            var entries = Array(run[position].entries)
            for index in entries.indices where repeated[entries[index].key] {
                let groupName = group(of: entries[index], in: run[position], document)?.name ?? ""
                entries[index].key = keys.number(Label.key(groupName) + "\u{0}" + entries[index].label.key)
            }
            run[position].entries = entries[...]
        }
    }

    /// The run of sibling headings (one depth, no shallower heading between) that are all
    /// possible levels: the longest, on a tie the shallower, then the first. A run whose
    /// sections share a label comes before one whose don't: levels repeat the same areas,
    /// while the groups inside one level each hold other ones.
    private static func longestRun(_ headings: [(depth: Int, section: Section?)], keyCount: Int) -> [Section]? {
        var runs: [[Section]] = []
        for depth in 1...6 {
            var run: [Section] = []
            for heading in headings where heading.depth <= depth {
                if heading.depth == depth, let section = heading.section {
                    run.append(section)
                } else if !run.isEmpty {
                    runs.append(run)
                    run = []
                }
            }
            if !run.isEmpty { runs.append(run) }
        }
        func sharesLabel(_ run: [Section]) -> Bool {
            // Stops at the first label seen in an earlier level: in a ladder, the next level's first.
            var seen = [Bool](repeating: false, count: keyCount)
            for section in run {
                if section.entries.contains(where: { seen[$0.key] }) { return true }
                for entry in section.entries { seen[entry.key] = true }
            }
            return false
        }
        // Runs were collected by depth, then in order: `max` keeps the first of equals.
        return runs.max { a, b in
            (sharesLabel(a) ? 1 : 0, a.count, -a[0].depth, -a[0].headingLine) < (sharesLabel(b) ? 1 : 0, b.count, -b[0].depth, -b[0].headingLine)
        }
    }

    /// An area across the levels: its entry in each level (nil where the level lacks it),
    /// and its name when it is not its label (positional areas).
    private struct AreaAcross {
        let name: String?
        let entries: [LabeledEntry?]
        /// The level and entry it is first seen in.
        let first: (Section, LabeledEntry)?
    }

    /// By label when every level holds the same labels; by position when every level holds
    /// as many entries (their labels change); else the labels found in two levels or more.
    private static func areas(of run: [Section], keyCount: Int) -> [AreaAcross] {
        func across(_ entries: [LabeledEntry?], name: String?) -> AreaAcross {
            let first = zip(run, entries).lazy.compactMap { section, entry in entry.map { (section, $0) } }.first
            return AreaAcross(name: name, entries: entries, first: first)
        }
        // Each level's first entry for each label, as an index into its entries (-1: none).
        let tables: [[Int]] = run.map { section in
            var table = [Int](repeating: -1, count: keyCount)
            for (index, entry) in section.entries.enumerated() where table[entry.key] < 0 { table[entry.key] = index }
            return table
        }
        let sameLabels = tables.allSatisfy { table in table.indices.allSatisfy { (table[$0] < 0) == (tables[0][$0] < 0) } }
        let counts = run.map(\.entries.count)
        if !sameLabels, counts.allSatisfy({ $0 == counts[0] }) {
            return (0..<counts[0]).map { position in
                across(run.map { $0.entries[$0.entries.startIndex + position] }, name: "Area \(position + 1)")
            }
        }
        // The labels in the order first seen (when every level holds the same ones, the first
        // level's order), and, when they differ, only those two levels or more hold.
        var order: [Int] = []
        var placed = [Bool](repeating: false, count: keyCount)
        for section in sameLabels ? [run[0]] : run {
            for entry in section.entries where !placed[entry.key] {
                placed[entry.key] = true
                order.append(entry.key)
            }
        }
        if !sameLabels {
            order = order.filter { key in tables.lazy.filter { $0[key] >= 0 }.prefix(2).count == 2 }
        }
        return order.map { key in
            across(zip(run, tables).map { section, table in
                table[key] >= 0 ? section.entries[section.entries.startIndex + table[key]] : nil
            }, name: nil)
        }
    }
}

/// Numbers for strings, the same number for the same string: labels are compared once, as
/// strings, and then as numbers.
private struct KeyNumbers {
    private var numbers: [String: Int] = [:]
    /// How many strings have numbers: each number is below it.
    var count: Int { numbers.count }

    mutating func number(_ key: String) -> Int {
        if let known = numbers[key] { return known }
        numbers[key] = numbers.count
        return numbers.count - 1
    }
}

extension Array {
    /// The first index whose element satisfies `belongs`, in an array where every element that
    /// does comes after every element that doesn't (a binary search).
    fileprivate func partitioningIndex(where belongs: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if belongs(self[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
