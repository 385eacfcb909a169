extension Rubric {
    /// Finds an area by 1-based index or by name: an exact name (any case) first, else a
    /// unique prefix (any case).
    public func areaIndex(matching query: String) throws(RubricError) -> Int {
        let names = areas.map(\.name)
        if let number = Int(query), number >= 1, number <= areas.count { return number - 1 }
        let wanted = Self.lookupKey(query)
        let keys = names.map(Self.lookupKey)
        let exact = keys.indices.filter { keys[$0] == wanted }
        if exact.count == 1 { return exact[0] }
        // `GROUP / NAME` tells apart two areas of one name.
        if query.contains("/"), case .success(let index) = AreaNames(areas: areas, groups: groups).index(named: query) { return index }
        let candidates = exact.isEmpty ? keys.indices.filter { !wanted.isEmpty && keys[$0].hasPrefix(wanted) } : exact
        switch candidates.count {
        case 1: return candidates[0]
        case 0: throw .areaNotFound(query, available: names)
        default: throw .areaAmbiguous(query, candidates: candidates.map(nameTellingApart))
        }
    }

    /// A name as a person types it: no case, emphasis or surrounding blanks, and without
    /// what ladders put before the words (an emoji, `1.`): `🚚 Delivery` and `1. Delivery`
    /// are both `delivery`.
    static func lookupKey(_ name: String) -> String {
        var key = Substring(Label.key(name))
        key = key.drop { !($0.isLetter || $0.isNumber) }
        let number = key.prefix { $0.isNumber }
        if !number.isEmpty, let after = key.dropFirst(number.count).first, after == "." || after == ")" {
            key = key.dropFirst(number.count + 1).drop { $0 == " " }
        }
        return String(key)
    }

    /// A level of an area by its name, where the layout names levels (a table's header, a
    /// level heading), compared as area names are; nil when no level has that name.
    public func levelNumber(named query: String, inArea index: Int) -> Int? {
        let wanted = Self.lookupKey(query)
        return areas[index].levels.firstIndex { $0.name.map(Self.lookupKey) == wanted }.map { $0 + 1 }
    }

    /// An area's name, with its group where another area has the same name (`Backend / Testing`).
    func nameTellingApart(_ index: Int) -> String {
        let key = Rubric.lookupKey(areas[index].name)
        let shared = areas.indices.contains { $0 != index && Rubric.lookupKey(areas[$0].name) == key }
        guard shared, let group = group(of: areas[index]) else { return areas[index].name }
        return group.name + " / " + areas[index].name
    }
}
