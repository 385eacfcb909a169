import PropertyBased
import Testing
@testable import RubricCore

/// A small ladder with random titles and marks, and the requirements as plain values, so that
/// a title can be worked out without the program.
private struct GeneratedTitles {
    enum Rule { case every(Int), some(count: Int, level: Int), area(Int, Int), points(Int) }
    var text = ""
    var maxima: [Int] = []
    var levels: [Int] = []
    var titles: [[Rule]] = []
    var points: [Int]?

    init(seed: Int) {
        var random = SplitMix64(seed: UInt64(bitPattern: Int64(seed)))
        func below(_ n: Int) -> Int { Int(random.next() % UInt64(n)) }
        let names = ["Architecture", "Delivery", "Operations", "Mentoring", "Security"]
        let areaCount = 1 + below(4)
        maxima = (0..<areaCount).map { _ in 2 + below(3) }
        levels = maxima.map { below($0 + 1) }
        let highest = maxima.max()!
        if below(2) == 0 {
            var value = 0
            points = (0...highest).map { _ in value += below(4); return value }
            text += "<!-- rubric: points=\(points!.map(String.init).joined(separator: ",")) -->\n\n"
        }
        for (index, maximum) in maxima.enumerated() {
            text += "## \(names[index])\n\n"
            for level in 1...maximum { text += level == levels[index] ? "\(level). <mark>step \(level)</mark>\n" : "\(level). step \(level)\n" }
            text += "\n"
        }
        let values = points
        let maximumPoints = maxima.reduce(0) { $0 + (values?[$1] ?? $1) }
        text += "## Titles\n<!-- rubric: titles -->\n\n"
        for title in 0..<(1 + below(4)) {
            var rules: [Rule] = [], written: [String] = []
            for _ in 0..<below(4) {
                switch below(4) {
                case 0:
                    let level = 1 + below(maxima.min()!)
                    rules.append(.every(level)); written.append(below(2) == 0 ? "every area at \(level)" : "All areas at \(level)")
                case 1:
                    let level = 1 + below(highest)
                    let able = maxima.filter { $0 >= level }.count
                    let count = 1 + below(able)
                    rules.append(.some(count: count, level: level))
                    written.append("\(count == 1 && below(2) == 0 ? "one" : String(count)) \(count == 1 ? "area" : "areas") at \(level)")
                case 2:
                    let area = below(areaCount), level = 1 + below(maxima[area])
                    rules.append(.area(area, level)); written.append("\(names[area].lowercased()) at \(level)")
                default:
                    let wanted = below(maximumPoints + 1)
                    rules.append(.points(wanted)); written.append(below(2) == 0 ? "\(wanted) points" : "at least \(wanted) points")
                }
            }
            titles.append(rules)
            text += "- **Title \(title)**" + (written.isEmpty ? "" : ": " + written.joined(separator: ", ")) + "\n"
        }
        text += "\n## Score\n\n"
    }

    func met(_ rule: Rule, _ levels: [Int]) -> Bool {
        switch rule {
        case .every(let level): levels.allSatisfy { $0 >= level }
        case .some(let count, let level): levels.filter { $0 >= level }.count >= count
        case .area(let area, let level): levels[area] >= level
        case .points(let wanted): levels.reduce(0) { $0 + (points?[$1] ?? $1) } >= wanted
        }
    }

    /// The last title whose rules all hold.
    func title(_ levels: [Int]) -> Int? { titles.indices.last { titles[$0].allSatisfy { met($0, levels) } } }

    /// Every set of levels from `levels` up to the maxima.
    func raised(from levels: [Int]) -> [[Int]] {
        var all: [[Int]] = [[]]
        for (level, maximum) in zip(levels, maxima) { all = all.flatMap { prefix in (level...maximum).map { prefix + [$0] } } }
        return all
    }
}

@Suite("Titles against brute force")
struct TitlesPropertyTests {
    /// The title is the one a brute-force reading of the requirements gives, and a save writes it.
    @Test func theTitleIsWhatTheRequirementsSay() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...Int.max)) { seed in
            let generated = GeneratedTitles(seed: seed)
            let rubric = try #require(try? Rubric(bytes: Array(generated.text.utf8)), "seed \(seed)")
            #expect(rubric.titles.count == generated.titles.count)
            #expect(rubric.titles.allSatisfy { $0.requirements.allSatisfy { if case .invalid = $0.rule { false } else { true } } }, "seed \(seed)")
            #expect(rubric.titleIndex(levels: rubric.currentLevels) == generated.title(generated.levels), "seed \(seed)")
            let saved = rubric.bytes(withLevels: rubric.currentLevels)
            let title = generated.title(generated.levels).map { " · Title \($0)" } ?? ""
            #expect(String(decoding: saved, as: UTF8.self).hasSuffix("## Score\n\n\(rubric.total)/\(rubric.maximum)\(title)\n\n"), "seed \(seed)")
        }
    }

    /// "N to go" is the fewest levels to climb: no set of levels reached by climbing fewer
    /// meets every level requirement of the title, and the levels it names do.
    @Test func theDistanceIsTheFewestLevelsToClimb() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...Int.max)) { seed in
            let generated = GeneratedTitles(seed: seed)
            let rubric = try #require(try? Rubric(bytes: Array(generated.text.utf8)), "seed \(seed)")
            let levels = generated.levels
            for (index, rules) in generated.titles.enumerated() {
                let levelRules = rules.filter { if case .points = $0 { false } else { true } }
                let required = try #require(rubric.levelsRequired(by: index, from: levels), "seed \(seed)")
                #expect(levelRules.allSatisfy { generated.met($0, required) }, "seed \(seed) title \(index)")
                let climbed = zip(required, levels).reduce(0) { $0 + $1.0 - $1.1 }
                let fewest = generated.raised(from: levels).filter { candidate in levelRules.allSatisfy { generated.met($0, candidate) } }
                    .map { zip($0, levels).reduce(0) { $0 + $1.0 - $1.1 } }.min()
                #expect(climbed == fewest, "seed \(seed) title \(index)")
            }
        }
    }
}
