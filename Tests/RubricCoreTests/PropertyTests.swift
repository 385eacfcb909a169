import PropertyBased
import Testing
@testable import RubricCore

/// A rubric generated from a seed in one layout, with the levels it was written with, so
/// the score can be computed without the parser. Marks are written the way the program
/// writes them, so marking an area and restoring it gives back the same bytes.
struct GeneratedRubric {
    var text = ""
    var levels: [Int] = []
    var maxima: [Int] = []

    init(seed: Int, layout: Layout = .lists) {
        var random = SplitMix64(seed: UInt64(bitPattern: Int64(seed)))
        let eol = random.next() % 3 == 0 ? "\r\n" : "\n"
        let words = ["designs", "ships", "テスト", "coaches", "✅", "reviews", "👩‍💻 pairs", "owns", "a", "trade-offs"]
        func sentence() -> String {
            (0..<Int(1 + random.next() % 6)).map { _ in words[Int(random.next() % UInt64(words.count))] }.joined(separator: " ")
        }
        func roll(_ n: UInt64) -> Bool { random.next() % n == 0 }
        if roll(2) { text += "Preamble \(sentence())" + eol + eol }
        // A level heading is told apart by holding two labeled entries or more: two areas at least.
        let areaCount = Int((layout == .headings ? 2 : 1) + random.next() % 5)
        // One level count for the ladder: areas whose counts differ are reported by check.
        let count = Int(2 + random.next() % 5)
        let marks = (0..<areaCount).map { _ in Int(random.next() % UInt64(count + 1)) }
        switch layout {
        case .lists, .bullets:
            for area in 0..<areaCount {
                if roll(3) { text += "# Group \(area)" + eol + eol }
                text += "## Area \(area) \(sentence())" + eol + eol
                if roll(2) { text += "About: \(sentence())" + eol + eol }
                let delimiter = roll(4) ? ")" : "."
                for level in 1...count {
                    var first = layout == .bullets ? "**Stage \(level)**\(roll(2) ? ":" : "") \(sentence())" : sentence()
                    var rest = ""
                    switch random.next() % 5 {
                    case 0: first += eol + "   " + sentence()  // an indented continuation of the paragraph
                    case 1: first += eol + sentence()  // lazy continuation, inside the first paragraph
                    case 2 where layout == .lists: first += " <details><summary>More</summary>" + eol + sentence() + "</details>"
                    case 3 where layout == .bullets: rest = eol + "  - " + sentence()  // nested criteria stay outside the mark
                    default: break
                    }
                    if level == marks[area] { first = "<mark>" + first + "</mark>" }
                    let marker = layout == .bullets ? (roll(3) ? "*" : "-") : "\(roll(3) ? 1 : level)\(delimiter)"
                    text += "\(marker) " + first + rest + eol
                    if roll(3) { text += eol }
                }
                text += eol
            }
        case .table:
            let pad = { (cell: String) in roll(2) ? " \(cell) " : " \(cell)   " }
            text += "## Ladder" + eol + eol
            text += "|" + pad("Area") + (1...count).map { "|" + pad("L\($0) \(sentence())") }.joined() + "|" + eol
            text += "|" + (0...count).map { _ in " --- |" }.joined() + eol
            for area in 0..<areaCount {
                if roll(3) { text += "| **Group \(area)** |" + String(repeating: " |", count: count) + eol }
                let cells = (1...count).map { level -> String in
                    // Now and then an empty cell: it scores as a level, and a mark fills it.
                    let cell = roll(6) && level != marks[area] ? "" : roll(4) ? "\(sentence()) \\| \(sentence())" : sentence()
                    return pad(level == marks[area] ? "<mark>\(cell)</mark>" : cell)
                }
                text += "|" + pad("Area \(area) \(sentence())") + cells.map { "|" + $0 }.joined() + "|" + eol
            }
            text += eol
        case .headings:
            text += "# Levels" + eol + eol
            for level in 1...count {
                text += "## Level \(level) \(sentence())" + eol + eol
                if roll(2) { text += "What this level means." + eol + eol }
                let asItems = roll(2)
                for area in 0..<areaCount {
                    if area == 0 || roll(4) { text += "### Group \(area)" + eol + eol }
                    // Items take plain labels: bold-labeled items under a heading read as the bullets
                    // layout, which detection tries first.
                    var entry = asItems ? "Area \(area): \(sentence())" : "**Area \(area)**\(roll(2) ? ":" : "") \(sentence())"
                    if roll(3) { entry += eol + sentence() }
                    if level == marks[area] { entry = "<mark>" + entry + "</mark>" }
                    // Labeled paragraphs need no blank line between them.
                    text += (asItems ? "- " : "") + entry + eol + (asItems || roll(2) ? eol : "")
                }
            }
        }
        levels = marks
        maxima = Array(repeating: count, count: areaCount)
        // A byte order mark, now and then, in front of whatever the file starts with.
        if roll(5) { text = "\u{FEFF}" + text }
        text += "## Score" + eol + eol + "\(levels.reduce(0, +))/\(maxima.reduce(0, +))"
        if roll(2) { text += eol }
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
    @Test(arguments: Layout.allCases)
    func roundTripIsByteIdentical(layout: Layout) async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...Int.max)) { seed in
            let generated = GeneratedRubric(seed: seed, layout: layout)
            let bytes = Array(generated.text.utf8)
            let rubric = try #require(try? Rubric(bytes: bytes))
            #expect(rubric.bytes(withLevels: rubric.currentLevels) == bytes)
        }
    }

    @Test(arguments: Layout.allCases)
    func scoreEqualsTheGeneratedSum(layout: Layout) async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...Int.max)) { seed in
            let generated = GeneratedRubric(seed: seed, layout: layout)
            let rubric = try #require(try? Rubric(bytes: Array(generated.text.utf8)))
            #expect(rubric.layout == layout, "\(generated.text)")
            #expect(rubric.currentLevels == generated.levels)
            #expect(rubric.areas.map(\.maximum) == generated.maxima)
            #expect(rubric.total == generated.levels.reduce(0, +))
            // Empty table cells are levels with no text, which check reports; nothing else.
            #expect(rubric.diagnostics.allSatisfy { $0.message.hasSuffix("is empty") }, "\(generated.text)")
        }
    }

    @Test(arguments: Layout.allCases)
    func markingThenRestoringGivesBackTheOriginal(layout: Layout) async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...Int.max), Gen.int(in: 0...100), Gen.int(in: 0...100)) { seed, areaPick, levelPick in
            let generated = GeneratedRubric(seed: seed, layout: layout)
            let original = Array(generated.text.utf8)
            let rubric = try #require(try? Rubric(bytes: original))
            let area = areaPick % rubric.areas.count
            let level = levelPick % (rubric.areas[area].maximum + 1)
            let marked = try rubric.bytes(settingArea: area, to: level)
            let remarked = try #require(try? Rubric(bytes: marked))
            #expect(remarked.layout == layout)
            #expect(remarked.areas[area].currentLevel == level)
            #expect(remarked.total == rubric.total - rubric.areas[area].currentLevel + level)
            #expect(remarked.diagnostics.allSatisfy { $0.message.hasSuffix("is empty") }, "\(String(decoding: marked, as: UTF8.self))")
            let restored = try remarked.bytes(settingArea: area, to: generated.levels[area])
            #expect(restored == original, "\(String(decoding: marked, as: UTF8.self))")
        }
    }
}
