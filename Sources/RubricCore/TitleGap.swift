/// What a requirement of a title still takes, from a set of levels.
public struct RequirementGap: Equatable, Sendable {
    /// An area below the level a requirement asks.
    public struct Step: Equatable, Sendable {
        public let areaIndex: Int
        public let level: Int
        public let required: Int
    }

    public let requirement: Requirement
    public let met: Bool
    /// The areas to raise: every area below the level for `every area` and a named area; for
    /// `K areas`, the closest (highest level first, in file order on a tie), as many as are
    /// needed and any tied with the last of them.
    public let steps: [Step]
    /// For `K areas at N`: how many more areas must reach N.
    public let moreAreas: Int
    /// For `N points`: how many are missing.
    public let missingPoints: Int
}

extension Rubric {
    /// Every requirement of a title, met or not, with what each still takes.
    public func gap(to titleIndex: Int, levels: [Int]) -> [RequirementGap] {
        titles[titleIndex].requirements.map { gap($0, levels: levels) }
    }

    private func gap(_ requirement: Requirement, levels: [Int]) -> RequirementGap {
        let met = isMet(requirement, levels: levels)
        var steps: [RequirementGap.Step] = [], more = 0, points = 0
        if !met {
            switch requirement.rule {
            case .everyArea(let level):
                steps = levels.indices.filter { levels[$0] < level }.map { .init(areaIndex: $0, level: levels[$0], required: level) }
            case .area(let index, let level):
                steps = [.init(areaIndex: index, level: levels[index], required: level)]
            case .areas(let count, let level):
                more = count - levels.filter { $0 >= level }.count
                let candidates = levels.indices.filter { levels[$0] < level && areas[$0].maximum >= level }
                    .sorted { (levels[$1], $0) < (levels[$0], $1) }
                if more > 0, more <= candidates.count {
                    // Sorted highest first, so the areas tied with the last one needed follow it.
                    let last = levels[candidates[more - 1]]
                    let chosen = candidates.prefix(more) + candidates.dropFirst(more).prefix { levels[$0] == last }
                    steps = chosen.map { .init(areaIndex: $0, level: levels[$0], required: level) }
                }
            case .points(let wanted):
                points = wanted - total(of: levels)
            case .invalid:
                break
            }
        }
        return RequirementGap(requirement: requirement, met: met, steps: steps, moreAreas: more, missingPoints: points)
    }

    /// A gap's missing pieces as a person reads them: `Operations 2 → 3`; `1 more of Delivery
    /// 3 → 4, Mentoring 3 → 4` (the closest areas); `5 more points`; why an invalid requirement
    /// can't be met. `arrow` is `→`, or what a terminal without Unicode shows for it.
    public func missing(_ gap: RequirementGap, arrow: String = "→") -> [String] {
        guard !gap.met else { return [] }
        let steps = gap.steps.map { "\(nameTellingApart($0.areaIndex)) \($0.level) \(arrow) \($0.required)" }
        switch gap.requirement.rule {
        case .areas:
            return ["\(gap.moreAreas) more of " + steps.joined(separator: ", ")]
        case .points:
            return ["\(gap.missingPoints) more \(gap.missingPoints == 1 ? "point" : "points")"]
        case .invalid(let reason):
            return ["never met: \(reason)"]
        case .everyArea, .area:
            return steps
        }
    }

    /// The least each area must reach for a title to be met, from these levels: the named and
    /// every-area levels, then for each `K areas at N` (highest N first) the areas closest to
    /// N raised to it. Nil when a requirement can never be met. (Points are not spread over
    /// areas: `distance` says what they lack after these levels.)
    public func levelsRequired(by titleIndex: Int, from levels: [Int]) -> [Int]? {
        var required = levels
        var counted: [(count: Int, level: Int)] = []
        for requirement in titles[titleIndex].requirements {
            switch requirement.rule {
            case .everyArea(let level): required = required.map { max($0, level) }
            case .area(let index, let level): required[index] = max(required[index], level)
            case .areas(let count, let level): counted.append((count, level))
            case .points: break
            case .invalid: return nil
            }
        }
        for (count, level) in counted.sorted(by: { $0.level > $1.level }) {
            let more = count - required.filter { $0 >= level }.count
            guard more > 0 else { continue }
            // Cheapest first; on a tie, the area already higher (as the gap names them), then file order.
            let closest = required.indices.filter { required[$0] < level && areas[$0].maximum >= level }
                .sorted { (required[$1], levels[$1], $0) < (required[$0], levels[$0], $1) }
            for index in closest.prefix(more) { required[index] = level }
        }
        return required
    }

    /// How far a title is, in words for a status line: `3 to go` (the fewest levels to climb for
    /// its level requirements, and for its points where each level is a point), with the points
    /// still short after them where a points= declaration makes levels worth more; nil when the
    /// title is met or can't be.
    public func distance(to titleIndex: Int, levels: [Int]) -> String? {
        guard !meets(title: titleIndex, levels: levels),
              let required = levelsRequired(by: titleIndex, from: levels) else { return nil }
        var climbs = zip(required, levels).reduce(0) { $0 + $1.0 - $1.1 }
        let wanted = titles[titleIndex].requirements.map { if case .points(let points) = $0.rule { points } else { 0 } }.max() ?? 0
        var points = max(0, wanted - total(of: required))
        // Without a points= declaration a point is a level: what is short is levels to climb.
        if self.points == nil { climbs += points; points = 0 }
        let parts = (climbs > 0 ? ["\(climbs) to go"] : []) + (points > 0 ? ["\(points) \(points == 1 ? "point" : "points") short"] : [])
        return parts.joined(separator: ", ")
    }
}
