extension Rubric {
    /// Finds an area by 1-based index or by name: an exact name (any case) first, else a
    /// unique prefix (any case).
    public func areaIndex(matching query: String) throws(RubricError) -> Int {
        let names = areas.map(\.name)
        if let number = Int(query), number >= 1, number <= areas.count { return number - 1 }
        let wanted = query.lowercased()
        let exact = names.indices.filter { names[$0].lowercased() == wanted }
        if exact.count == 1 { return exact[0] }
        let candidates = exact.isEmpty ? names.indices.filter { names[$0].lowercased().hasPrefix(wanted) } : exact
        switch candidates.count {
        case 1: return candidates[0]
        case 0: throw .areaNotFound(query, available: names)
        default: throw .areaAmbiguous(query, candidates: candidates.map { names[$0] })
        }
    }
}
