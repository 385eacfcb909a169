/// Two assessments of one ladder side by side, area by area: the engineer's and the
/// manager's, or a file and an older revision of it.
///
/// Areas are matched as a person would match them: by group and name (`AreaID`: case,
/// emphasis and surrounding blanks aside), then, among those left, by name alone where it
/// names one area on each side (an area moved to another group is still the same area).
public struct Comparison: Sendable {
    public struct Row: Equatable, Sendable {
        /// The group and name as A writes them, or as B does for an area only B has.
        public let group: String?
        /// B's group, where B files the area under another one.
        public let otherGroup: String?
        public let name: String
        /// The position of the area in A and in B; nil on the side that lacks it.
        public let indexA: Int?
        public let indexB: Int?
        /// The marked level on each side, nil where that side lacks the area.
        public let a: Int?
        public let b: Int?
        /// How many levels each side gives the area.
        public let maximumA: Int?
        public let maximumB: Int?

        /// A's number of levels, else B's.
        public var maximum: Int { maximumA ?? maximumB ?? 0 }
        public var agrees: Bool { a == b }
        /// Both sides have the area, with different numbers of levels.
        public var levelCountsDiffer: Bool {
            guard let maximumA, let maximumB else { return false }
            return maximumA != maximumB
        }
        /// B's level minus A's, where both have the area.
        public var difference: Int? {
            guard let a, let b else { return nil }
            return b - a
        }
    }

    public let rows: [Row]
    public let totalA: Int, maximumA: Int
    public let totalB: Int, maximumB: Int
    /// Each side's title, where its ladder has titles and the marks meet one.
    public let titleA: String?, titleB: String?
    /// Said when the two look like different ladders (see `differentLadders`), else nil.
    public let ladderWarning: String?

    /// Every area agrees, and neither side has one the other lacks.
    public var agrees: Bool { rows.allSatisfy(\.agrees) }

    public init(_ a: Rubric, _ b: Rubric) {
        let partner = Self.match(a, b)
        var rows: [Row] = []
        for (index, area) in a.areas.enumerated() {
            let other = partner[index].map { b.areas[$0] }
            let groupA = a.group(of: area)?.name, groupB = other.flatMap { b.group(of: $0)?.name }
            let moved = other != nil && groupA.map(Rubric.lookupKey) != groupB.map(Rubric.lookupKey)
            rows.append(Row(group: groupA, otherGroup: moved ? groupB ?? "" : nil, name: area.name, indexA: index, indexB: partner[index],
                            a: area.currentLevel, b: other?.currentLevel, maximumA: area.maximum, maximumB: other?.maximum))
        }
        let matched = Set(partner.compactMap { $0 })
        for (index, area) in b.areas.enumerated() where !matched.contains(index) {
            rows.append(Row(group: b.group(of: area)?.name, otherGroup: nil, name: area.name, indexA: nil, indexB: index,
                            a: nil, b: area.currentLevel, maximumA: nil, maximumB: area.maximum))
        }
        self.rows = rows
        (totalA, maximumA, totalB, maximumB) = (a.total, a.maximum, b.total, b.maximum)
        (titleA, titleB) = (a.currentTitle?.name, b.currentTitle?.name)
        ladderWarning = Self.differentLadders(a, b, names: "A and B", partners: partner)
    }

    /// One line saying that two files look like different ladders, when fewer than half
    /// of either side's areas found a partner on the other; nil when they look like one.
    /// `names` say how the line calls the two sides ("A and B").
    public static func differentLadders(_ a: Rubric, _ b: Rubric, names: String, partners: [Int?]? = nil) -> String? {
        let matched = (partners ?? match(a, b)).compactMap { $0 }.count
        guard matched * 2 < a.areas.count || matched * 2 < b.areas.count else { return nil }
        let count = matched == 0 ? "none" : "only \(matched)"
        return "\(names) look like different ladders: \(count) of their areas match (\(a.areas.count) and \(b.areas.count) areas)"
    }

    /// For each of A's areas, the position of the same area in B, or nil.
    public static func match(_ a: Rubric, _ b: Rubric) -> [Int?] {
        let idsA = a.areaIDs, idsB = b.areaIDs
        let positionsB = Dictionary(uniqueKeysWithValues: idsB.enumerated().map { ($1, $0) })
        var partner: [Int?] = idsA.map { positionsB[$0] }
        // Then by name alone, where the name is one area's on each side among those left.
        let taken = Set(partner.compactMap { $0 })
        func unique(_ ids: [AreaID], _ free: [Int]) -> [String: Int] {
            Dictionary(grouping: free) { ids[$0].name }.compactMapValues { $0.count == 1 ? $0[0] : nil }
        }
        let leftA = unique(idsA, idsA.indices.filter { partner[$0] == nil })
        let leftB = unique(idsB, idsB.indices.filter { !taken.contains($0) })
        for (name, index) in leftA {
            if let other = leftB[name] { partner[index] = other }
        }
        return partner
    }
}
