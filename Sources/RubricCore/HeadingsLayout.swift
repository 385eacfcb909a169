/// Levels as a run of sibling headings, each holding one labeled paragraph or item per area:
/// `## Junior`, then `**Mastery**: …`, `**Scope**: …`; `## Mid`, then the same labels.
/// Subheadings inside a level are the areas' groups.
enum HeadingsLayout {
    /// A labeled paragraph or item inside a level's section.
    private struct LabeledEntry {
        let label: Label
        /// The label as compared (`Label.key`), as a number: the same number for the same
        /// label everywhere in the file, so that the tables below hash integers, not strings.
        /// A level that holds the label twice, under two subheadings, qualifies it by group.
        var key: Int
        let entry: Entry
        /// The subheading it is under, within the level.
        let group: Group?
    }

    /// A heading whose section holds at least two labeled entries: a possible level.
    private struct Section {
        let headingLine: Int
        let depth: Int
        let name: String
        var entries: [LabeledEntry]
    }

    static func read(_ document: Document) -> LayoutResult {
        let (headings, keyCount) = sections(document)
        guard let run = longestRun(headings, keyCount: keyCount) else { return LayoutResult() }
        var result = LayoutResult()
        for area in areas(of: run, keyCount: keyCount) {
            var groupIndex: Int?
            if let group = area.group {
                groupIndex = result.groups.firstIndex { $0.name == group.name } ?? {
                    result.groups.append(group)
                    return result.groups.count - 1
                }()
            }
            let levels = zip(run, area.entries).map { section, entry in
                entry?.entry.level(in: document, name: section.name)
                    ?? .missing(lineIndex: section.headingLine, at: document.lines[section.headingLine].contentEnd, name: section.name)
            }
            result.areas.append(Area(name: area.name, lineIndex: area.lineIndex, group: groupIndex, levels: levels, descriptionLines: []))
        }
        return result
    }

    /// Every heading outside the score section, with its labeled entries (down to the next
    /// heading of its depth or shallower). A `Score` heading is never a level.
    private static func sections(_ document: Document) -> (headings: [(depth: Int, section: Section?)], keyCount: Int) {
        let kinds = document.kinds
        var keys = KeyNumbers()
        var found: [(depth: Int, section: Section?)] = []
        for index in kinds.indices where !document.isScoreLine(index) {
            guard case .heading(let depth, let text) = kinds[index] else { continue }
            var end = index + 1
            while end < kinds.count, !document.isScoreLine(end) {
                if case .heading(let deeper, _) = kinds[end], deeper <= depth { break }
                end += 1
            }
            let entries = labeledEntries(document, in: (index + 1)..<end, keys: &keys)
            let section = entries.count >= 2
                ? Section(headingLine: index, depth: depth, name: Plain.inline(document.bytes[text]), entries: entries) : nil
            found.append((depth, section))
        }
        // A label a level holds twice (Technical/Scope, Leadership/Scope) names an area per
        // group: its entries are told apart by their group, in every level.
        // (Keys are small numbers: arrays indexed by them stand in for sets.)
        var repeated = [Bool](repeating: false, count: keys.count)
        var lastSeenIn = [Int](repeating: -1, count: keys.count)
        var anyRepeated = false
        for (position, heading) in found.enumerated() {
            for entry in heading.section?.entries ?? [] {
                if lastSeenIn[entry.key] == position { repeated[entry.key] = true; anyRepeated = true }
                lastSeenIn[entry.key] = position
            }
        }
        guard anyRepeated else { return (found, keys.count) }
        let qualified = found.map { depth, section -> (depth: Int, section: Section?) in
            guard var section else { return (depth, nil) }
            for index in section.entries.indices where repeated[section.entries[index].key] {
                let entry = section.entries[index]
                section.entries[index].key = keys.number(Label.key(entry.group?.name ?? "") + "\u{0}" + entry.label.key)
            }
            return (depth, section)
        }
        return (qualified, keys.count)
    }

    private static func labeledEntries(_ document: Document, in lines: Range<Int>, keys: inout KeyNumbers) -> [LabeledEntry] {
        var entries: [LabeledEntry] = []
        var group: Group?
        var index = lines.lowerBound
        while index < lines.upperBound {
            if case .heading(_, let text) = document.kinds[index] {
                group = Group(name: Plain.inline(document.bytes[text]), lineIndex: index)
                index += 1
                continue
            }
            guard let entry = Entry.scan(document, at: index, before: lines.upperBound) else { index += 1; continue }
            if let label = entry.label(in: document) {
                entries.append(LabeledEntry(label: label, key: keys.number(label.key), entry: entry, group: group))
            }
            index = max(entry.nextLine, index + 1)
        }
        return entries
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

    /// An area across the levels: its name, group, and its entry in each level (nil where
    /// the level lacks it).
    private struct AreaAcross {
        let name: String
        let lineIndex: Int
        let group: Group?
        let entries: [LabeledEntry?]
    }

    /// By label when every level holds the same labels; by position when every level holds
    /// as many entries (their labels change); else the labels found in two levels or more.
    /// Linear in the entries: each level's labels are looked up in a table, not searched.
    private static func areas(of run: [Section], keyCount: Int) -> [AreaAcross] {
        // Each level's first entry for each label, as an index into its entries (-1: none).
        let tables: [[Int]] = run.map { section in
            var table = [Int](repeating: -1, count: keyCount)
            for (index, entry) in section.entries.enumerated() where table[entry.key] < 0 { table[entry.key] = index }
            return table
        }
        let sameLabels = tables.allSatisfy { table in table.indices.allSatisfy { (table[$0] < 0) == (tables[0][$0] < 0) } }
        let counts = run.map(\.entries.count)
        if !sameLabels, counts.allSatisfy({ $0 == counts[0] }) {
            return (0..<counts[0]).map { position in across(run.map { $0.entries[position] }, name: "Area \(position + 1)") }
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
            across(zip(run, tables).map { section, table in table[key] >= 0 ? section.entries[table[key]] : nil }, name: nil)
        }
    }

    /// An area from its entry in each level, named by its first label unless `name` says.
    private static func across(_ entries: [LabeledEntry?], name: String?) -> AreaAcross {
        let first = entries.lazy.compactMap { $0 }.first!
        return AreaAcross(name: name ?? Plain.inline(ArraySlice(first.label.text.utf8)), lineIndex: first.entry.lineIndex,
                          group: first.group, entries: entries)
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
