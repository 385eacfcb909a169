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

    /// The levels to climb at least: each step's for `every area` and a named area, the
    /// closest areas' for `K areas`.
    public var levelsToGo: Int {
        let climbs = steps.map { $0.required - $0.level }
        return moreAreas > 0 ? climbs.prefix(moreAreas).reduce(0, +) : climbs.reduce(0, +)
    }
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

    /// A gap's missing pieces as a person reads them: `Operations 2 → 3`; `1 more area at 4:
    /// Delivery 3 → 4 or Mentoring 3 → 4`; `5 more points`; why an invalid requirement can't be met.
    public func missing(_ gap: RequirementGap) -> [String] {
        guard !gap.met else { return [] }
        let steps = gap.steps.map { "\(areas[$0.areaIndex].name) \($0.level) → \($0.required)" }
        switch gap.requirement.rule {
        case .areas(_, let level):
            let which = steps.isEmpty ? "" : ": " + steps.joined(separator: " or ")
            return ["\(gap.moreAreas) more \(gap.moreAreas == 1 ? "area" : "areas") at \(level)\(which)"]
        case .points:
            return ["\(gap.missingPoints) more \(gap.missingPoints == 1 ? "point" : "points")"]
        case .invalid(let reason):
            return ["never met: \(reason)"]
        case .everyArea, .area:
            return steps
        }
    }

    /// How far a title is, in words for a status line: `3 to go` (levels to climb), with
    /// points where a points requirement is short; nil when the title is met or can't be.
    public func distance(to titleIndex: Int, levels: [Int]) -> String? {
        let gaps = gap(to: titleIndex, levels: levels)
        guard gaps.contains(where: { !$0.met }), !gaps.contains(where: { if case .invalid = $0.requirement.rule { true } else { false } }) else {
            return nil
        }
        let climbs = gaps.reduce(0) { $0 + $1.levelsToGo }, points = gaps.map(\.missingPoints).max() ?? 0
        let parts = (climbs > 0 ? ["\(climbs) to go"] : []) + (points > 0 ? ["\(points) \(points == 1 ? "point" : "points") short"] : [])
        return parts.joined(separator: ", ")
    }
}
