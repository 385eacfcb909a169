/// Levels as a run of sibling headings, each holding one labeled paragraph or item per area:
/// `## Junior`, then `**Mastery**: …`, `**Scope**: …`; `## Mid`, then the same labels.
/// Subheadings inside a level are the areas' groups.
enum HeadingsLayout {
    /// A labeled paragraph or item inside a level's section.
    private struct LabeledEntry {
        let label: Label
        /// The label as compared (`Label.key`), worked out once; with its group's name in
        /// front when a level holds the label twice, under two subheadings.
        var key: String
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
        guard let run = longestRun(sections(document)) else { return LayoutResult() }
        var result = LayoutResult()
        for area in areas(of: run) {
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
    private static func sections(_ document: Document) -> [(depth: Int, section: Section?)] {
        let kinds = document.kinds
        var found: [(depth: Int, section: Section?)] = []
        for index in kinds.indices where !document.isScoreLine(index) {
            guard case .heading(let depth, let text) = kinds[index] else { continue }
            var end = index + 1
            while end < kinds.count, !document.isScoreLine(end) {
                if case .heading(let deeper, _) = kinds[end], deeper <= depth { break }
                end += 1
            }
            let entries = labeledEntries(document, in: (index + 1)..<end)
            let section = entries.count >= 2
                ? Section(headingLine: index, depth: depth, name: Plain.inline(document.bytes[text]), entries: entries) : nil
            found.append((depth, section))
        }
        // A label a level holds twice (Technical/Scope, Leadership/Scope) names an area per
        // group: its entries are told apart by their group, in every level.
        var repeated: Set<String> = []
        for case let (_, section?) in found {
            var seen: Set<String> = []
            for entry in section.entries where !seen.insert(entry.key).inserted { repeated.insert(entry.key) }
        }
        guard !repeated.isEmpty else { return found }
        return found.map { depth, section in
            guard var section else { return (depth, nil) }
            for index in section.entries.indices where repeated.contains(section.entries[index].key) {
                section.entries[index].key = Label.key(section.entries[index].group?.name ?? "") + "\u{0}" + section.entries[index].key
            }
            return (depth, section)
        }
    }

    private static func labeledEntries(_ document: Document, in lines: Range<Int>) -> [LabeledEntry] {
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
            if let label = entry.label(in: document) { entries.append(LabeledEntry(label: label, key: label.key, entry: entry, group: group)) }
            index = max(entry.nextLine, index + 1)
        }
        return entries
    }

    /// The run of sibling headings (one depth, no shallower heading between) that are all
    /// possible levels: the longest, on a tie the shallower, then the first. A run whose
    /// sections share a label comes before one whose don't: levels repeat the same areas,
    /// while the groups inside one level each hold other ones.
    private static func longestRun(_ headings: [(depth: Int, section: Section?)]) -> [Section]? {
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
            var seen: Set<String> = []
            for section in run {
                let keys = Set(section.entries.map(\.key))
                if !seen.isDisjoint(with: keys) { return true }
                seen.formUnion(keys)
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
    private static func areas(of run: [Section]) -> [AreaAcross] {
        // Each level's first entry for each label, as an index into its entries.
        let tables: [[String: Int]] = run.map { section in
            var table: [String: Int] = [:]
            table.reserveCapacity(section.entries.count)
            for (index, entry) in section.entries.enumerated() where table[entry.key] == nil { table[entry.key] = index }
            return table
        }
        let sameLabels = tables.allSatisfy { $0.count == tables[0].count && $0.keys.allSatisfy { tables[0][$0] != nil } }
        let counts = run.map(\.entries.count)
        if !sameLabels, counts.allSatisfy({ $0 == counts[0] }) {
            return (0..<counts[0]).map { position in across(run.map { $0.entries[position] }, name: "Area \(position + 1)") }
        }
        // The labels in the order first seen, and how many levels hold each.
        var order: [String] = []
        var levelsHolding: [String: Int] = [:]
        for table in tables { for key in table.keys { levelsHolding[key, default: 0] += 1 } }
        var placed: Set<String> = []
        for section in run {
            for entry in section.entries where placed.insert(entry.key).inserted { order.append(entry.key) }
        }
        return order.filter { sameLabels || levelsHolding[$0, default: 0] >= 2 }.map { key in
            across(zip(run, tables).map { section, table in table[key].map { section.entries[$0] } }, name: nil)
        }
    }

    /// An area from its entry in each level, named by its first label unless `name` says.
    private static func across(_ entries: [LabeledEntry?], name: String?) -> AreaAcross {
        let first = entries.lazy.compactMap { $0 }.first!
        return AreaAcross(name: name ?? Plain.inline(ArraySlice(first.label.text.utf8)), lineIndex: first.entry.lineIndex,
                          group: first.group, entries: entries)
    }
}
