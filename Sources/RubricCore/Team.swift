/// Many people's assessments of one ladder, side by side: one row per person, one column per
/// area, matched across the files as `compare` matches two (by group and name, then by name
/// alone), the columns the union in the order first seen.
public struct Team: Sendable {
    /// One person's assessment: what the team needs of a file that is a rubric, without the
    /// file itself, so that thousands fit in memory.
    public struct Member: Sendable {
        public private(set) var name: String
        public let file: String
        /// What matches this person across revisions (an absolute path); the file by default.
        public let key: String
        let ids: [AreaID]
        let groups: [String?]
        let areaNames: [String]
        let levels: [Int]
        let maxima: [Int]
        let total: Int
        let maximum: Int
        let title: String?

        public init(name: String, file: String, key: String? = nil, rubric: Rubric) {
            self.name = name
            self.file = file
            self.key = key ?? file
            ids = rubric.areaIDs
            groups = rubric.areas.map { rubric.group(of: $0)?.name }
            areaNames = rubric.areas.map(\.name)
            levels = rubric.currentLevels
            maxima = rubric.areas.map(\.maximum)
            total = rubric.total
            maximum = rubric.maximum
            title = rubric.currentTitle?.name
        }

        /// Another name for the same person (two people of one name are told apart by paths).
        public func named(_ name: String) -> Member {
            var copy = self
            copy.name = name
            return copy
        }
    }

    public struct Column: Sendable {
        public let id: AreaID
        public let group: String?
        public let name: String
        /// The most levels any person's file gives the area.
        public let maximum: Int
    }

    public struct Person: Sendable {
        public let name: String
        public let file: String
        public let key: String
        /// Each column's level, nil where this person's file lacks the area.
        public let levels: [Int?]
        public let total: Int
        public let maximum: Int
        public let title: String?
    }

    public let columns: [Column]
    public let people: [Person]

    public init(_ members: [Member]) {
        var columns: [(id: AreaID, group: String?, name: String, maximum: Int)] = []
        var byID: [AreaID: Int] = [:], byName: [String: [Int]] = [:]
        var placed: [[Int?]] = []
        for member in members {
            var positions: [Int?] = []
            var used = Set<Int>()
            for (index, id) in member.ids.enumerated() {
                let maximum = member.maxima[index]
                // The same group and name; else the one free column of that name alone.
                var column = byID[id].flatMap { used.contains($0) ? nil : $0 }
                if column == nil, let named = byName[id.name]?.filter({ !used.contains($0) }), named.count == 1 { column = named[0] }
                if let found = column {
                    columns[found].maximum = max(columns[found].maximum, maximum)
                } else {
                    column = columns.count
                    columns.append((id, member.groups[index], member.areaNames[index], maximum))
                    byID[id] = column
                    byName[id.name, default: []].append(column!)
                }
                used.insert(column!)
                positions.append(column)
            }
            placed.append(positions)
        }
        self.columns = columns.map { Column(id: $0.id, group: $0.group, name: $0.name, maximum: $0.maximum) }
        people = zip(members, placed).map { member, positions in
            var levels = [Int?](repeating: nil, count: columns.count)
            for (index, column) in positions.enumerated() { if let column { levels[column] = member.levels[index] } }
            return Person(name: member.name, file: member.file, key: member.key, levels: levels, total: member.total, maximum: member.maximum, title: member.title)
        }
    }

    /// A column by an area's name as a person types it (any case, a unique prefix), or nil.
    public func column(named query: String) -> Int? {
        let wanted = Rubric.lookupKey(query)
        if let exact = columns.firstIndex(where: { Rubric.lookupKey($0.name) == wanted }) { return exact }
        let prefixed = columns.indices.filter { !wanted.isEmpty && Rubric.lookupKey(columns[$0].name).hasPrefix(wanted) }
        return prefixed.count == 1 ? prefixed[0] : nil
    }

    /// The same team with its people in another order (`order` holds their present indices).
    public func reordered(_ order: [Int]) -> Team { Team(columns: columns, people: order.map { people[$0] }) }

    private init(columns: [Column], people: [Person]) { self.columns = columns; self.people = people }

    /// A column's median as a report writes it: `2`, `2.5`, or `-` when nobody has the area.
    public func medianText(of column: Int) -> String {
        spread(of: column).median.map { $0 == $0.rounded() ? String(Int($0)) : String($0) } ?? "-"
    }

    /// How many people are at each level of a column (index 0: level 0), and the median of
    /// those who have the area.
    public func spread(of column: Int) -> (counts: [Int], median: Double?) {
        let levels = people.compactMap { $0.levels[column] }.sorted()
        var counts = [Int](repeating: 0, count: columns[column].maximum + 1)
        for level in levels where level < counts.count { counts[level] += 1 }
        guard !levels.isEmpty else { return (counts, nil) }
        let middle = levels.count / 2
        let median = levels.count % 2 == 1 ? Double(levels[middle]) : Double(levels[middle - 1] + levels[middle]) / 2
        return (counts, median)
    }
}
