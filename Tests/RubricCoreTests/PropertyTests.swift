import PropertyBased
import Testing
@testable import RubricCore

/// A rubric generated from a seed, with the levels it was written with, so the score can be
/// computed without the parser.
struct GeneratedRubric {
    var text = ""
    var levels: [Int] = []
    var maxima: [Int] = []

    init(seed: Int) {
        var random = SplitMix64(seed: UInt64(bitPattern: Int64(seed)))
        let eol = random.next() % 3 == 0 ? "\r\n" : "\n"
        let words = ["designs", "ships", "テスト", "coaches", "✅", "reviews", "👩‍💻 pairs", "owns", "a", "trade-offs"]
        func sentence() -> String {
            (0..<Int(1 + random.next() % 6)).map { _ in words[Int(random.next() % UInt64(words.count))] }.joined(separator: " ")
        }
        if random.next() % 2 == 0 { text += "Preamble \(sentence())" + eol + eol }
        let areaCount = Int(1 + random.next() % 5)
        for area in 0..<areaCount {
            if random.next() % 3 == 0 { text += "# Group \(area)" + eol + eol }
            text += "## Area \(area) \(sentence())" + eol + eol
            if random.next() % 2 == 0 { text += "About: \(sentence())" + eol + eol }
            let count = Int(1 + random.next() % 6)
            let marked = Int(random.next() % UInt64(count + 1))
            let delimiter = random.next() % 4 == 0 ? ")" : "."
            for level in 1...count {
                var body = sentence()
                switch random.next() % 5 {
                case 0: body += eol + "   " + sentence()  // indented continuation
                case 1: body += eol + sentence()  // lazy continuation
                case 2: body += " <details><summary>More</summary>" + eol + sentence() + "</details>"
                default: break
                }
                if level == marked { body = "<mark>" + body + "</mark>" }
                let number = random.next() % 3 == 0 ? 1 : level
                text += "\(number)\(delimiter) " + body + eol
                if random.next() % 3 == 0 { text += eol }
            }
            text += eol
            levels.append(marked)
            maxima.append(count)
        }
        text += "## Score" + eol + eol + "\(levels.reduce(0, +))/\(maxima.reduce(0, +))"
        if random.next() % 2 == 0 { text += eol }
    }
}

/// A small deterministic generator, so a failing seed reproduces the same rubric.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite("Properties over generated rubrics")
struct PropertyTests {
    @Test func roundTripIsByteIdentical() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...Int.max)) { seed in
            let generated = GeneratedRubric(seed: seed)
            let bytes = Array(generated.text.utf8)
            let rubric = try #require(try? Rubric(bytes: bytes))
            #expect(rubric.bytes(withLevels: rubric.currentLevels) == bytes)
        }
    }

    @Test func scoreEqualsTheGeneratedSum() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...Int.max)) { seed in
            let generated = GeneratedRubric(seed: seed)
            let rubric = try #require(try? Rubric(bytes: Array(generated.text.utf8)))
            #expect(rubric.currentLevels == generated.levels)
            #expect(rubric.areas.map(\.maximum) == generated.maxima)
            #expect(rubric.total == generated.levels.reduce(0, +))
            #expect(rubric.diagnostics.isEmpty)
        }
    }

    @Test func markingThenRestoringGivesBackTheOriginal() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...Int.max), Gen.int(in: 0...100), Gen.int(in: 0...100)) { seed, areaPick, levelPick in
            let generated = GeneratedRubric(seed: seed)
            let original = Array(generated.text.utf8)
            let rubric = try #require(try? Rubric(bytes: original))
            let area = areaPick % rubric.areas.count
            let level = levelPick % (rubric.areas[area].maximum + 1)
            let marked = try rubric.bytes(settingArea: area, to: level)
            let remarked = try #require(try? Rubric(bytes: marked))
            #expect(remarked.areas[area].currentLevel == level)
            #expect(remarked.total == rubric.total - rubric.areas[area].currentLevel + level)
            #expect(remarked.diagnostics.isEmpty)
            let restored = try remarked.bytes(settingArea: area, to: generated.levels[area])
            #expect(restored == original)
        }
    }
}
