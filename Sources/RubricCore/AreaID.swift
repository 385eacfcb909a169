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

    public var description: String {
        (group.isEmpty ? "" : group + " / ") + name + (occurrence > 0 ? " #\(occurrence + 1)" : "")
    }
}

extension Rubric {
    /// Each area's identity, in the areas' order.
    public var areaIDs: [AreaID] {
        var seen: [AreaID: Int] = [:]
        return areas.map { area in
            let first = AreaID(group: group(of: area)?.name, name: area.name)
            let occurrence = seen[first, default: 0]
            seen[first] = occurrence + 1
            return occurrence == 0 ? first : AreaID(group: group(of: area)?.name, name: area.name, occurrence: occurrence)
        }
    }
}
