/// An area as a person would point at it: its group and its name, compared without case,
/// emphasis, surrounding blanks or a leading emoji or number (`🚚 Delivery` is `delivery`).
///
/// Two documents, or two revisions of one, line up area by area through it, whatever order
/// their areas are in. An area whose group and name repeat an earlier one's is told apart by
/// how many came before it.
public struct AreaID: Hashable, Sendable, CustomStringConvertible {
    /// The group's key, or "" for an area before the first group heading.
    public let group: String
    public let name: String
    /// 0 for the first area with this group and name, 1 for the next, and so on.
    public let occurrence: Int

    public init(group: String?, name: String, occurrence: Int = 0) {
        self.group = group.map(Rubric.lookupKey) ?? ""
        self.name = Rubric.lookupKey(name)
        self.occurrence = occurrence
    }

    /// From keys already worked out.
    init(key group: String, name: String, occurrence: Int = 0) {
        self.group = group
        self.name = name
        self.occurrence = occurrence
    }

    public var description: String {
        (group.isEmpty ? "" : group + " / ") + name + (occurrence > 0 ? " #\(occurrence + 1)" : "")
    }
}

extension Rubric {
    /// Each area's identity, in the areas' order.
    public var areaIDs: [AreaID] {
        // Each group's key worked out once: a large file has thousands of areas in a few groups.
        let groupKeys = groups.map { Rubric.lookupKey($0.name) }
        var seen: [AreaID: Int] = [:]
        seen.reserveCapacity(areas.count)
        return areas.map { area in
            let first = AreaID(key: area.group.map { groupKeys[$0] } ?? "", name: Rubric.lookupKey(area.name))
            let occurrence = seen[first, default: 0]
            seen[first] = occurrence + 1
            return occurrence == 0 ? first : AreaID(key: first.group, name: first.name, occurrence: occurrence)
        }
    }
}
