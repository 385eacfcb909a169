/// Areas named as a person writes them in a title's requirement or an evidence heading:
/// matched as `compare` matches areas (without case, emphasis, surrounding blanks, a leading
/// emoji or number), or as `GROUP / NAME` where two groups have an area of that name.
struct AreaNames {
    let areas: [Area]
    let groups: [Group]

    struct Unmatched: Error { let reason: String }

    /// An area by name, as compare matches them, or `GROUP / NAME` where two groups have it.
    func index(named name: String) -> Result<Int, Unmatched> {
        let key = Rubric.lookupKey(name)
        let matches = areas.indices.filter { Rubric.lookupKey(areas[$0].name) == key }
        if matches.count == 1 { return .success(matches[0]) }
        if let slash = name.lastIndex(of: "/") {
            let group = Rubric.lookupKey(String(name[..<slash])), area = Rubric.lookupKey(String(name[name.index(after: slash)...]))
            let grouped = areas.indices.filter { index in
                Rubric.lookupKey(areas[index].name) == area && areas[index].group.map { Rubric.lookupKey(groups[$0].name) } == group
            }
            if grouped.count == 1 { return .success(grouped[0]) }
        }
        if matches.isEmpty { return .failure(Unmatched(reason: "names no area ('\(name)')")) }
        let described = matches.map { index in (areas[index].group.map { groups[$0].name + " / " } ?? "") + areas[index].name }
            .joined(separator: ", ")
        return .failure(Unmatched(reason: "'\(name)' names several areas (\(described)); write GROUP / NAME"))
    }
}
