import Testing
@testable import RubricCore

/// A four-area ladder (levels 1 to 5) with a titles block, marks at `levels`, and `rest` after
/// the score heading.
private func ladder(_ titles: String, levels: [Int] = [2, 3, 2, 3], score: String = "", declaration: String = "") -> String {
    let names = ["Architecture", "Delivery", "Operations", "Mentoring"]
    var text = declaration.isEmpty ? "" : declaration + "\n\n"
    for (name, level) in zip(names, levels) {
        text += "## \(name)\n\n"
        for n in 1...5 { text += n == level ? "\(n). <mark>\(name) \(n)</mark>\n" : "\(n). \(name) \(n)\n" }
        text += "\n"
    }
    text += "## Titles\n<!-- rubric: titles -->\n\n" + titles + "\n## Score\n\n" + score
    return text
}

@Suite("Titles, points and the target")
struct TitlesTests {
    /// The acceptance example: Engineer II, and to Senior Engineer Architecture 2 → 3,
    /// Operations 2 → 3 and one more area at 4, Delivery or Mentoring closest.
    @Test func promotionExample() throws {
        let rubric = try Rubric(bytes: fixture("promotion.md"))
        #expect(rubric.areas.map(\.name) == ["Architecture", "Delivery", "Operations", "Mentoring"])
        #expect(rubric.titles.map(\.name) == ["Engineer I", "Engineer II", "Senior Engineer", "Staff Engineer"])
        #expect(rubric.titleSource == .block)
        #expect(rubric.currentTitle?.name == "Engineer II")
        let target = try #require(rubric.targetTitleIndex)
        #expect(rubric.titles[target].name == "Senior Engineer")
        let gap = rubric.gap(to: target, levels: rubric.currentLevels)
        #expect(gap.map(\.met) == [false, false])
        #expect(gap.flatMap { rubric.missing($0) } == ["Architecture 2 → 3", "Operations 2 → 3", "1 more of Delivery 3 → 4, Mentoring 3 → 4"])
        #expect(rubric.distance(to: target, levels: rubric.currentLevels) == "3 to go")
        #expect(rubric.diagnostics.isEmpty)
        // Unchanged, it saves byte-identical.
        #expect(rubric.bytes(withLevels: rubric.currentLevels) == fixture("promotion.md"))
    }

    /// The blocks are no ladder: no area is named Titles or Evidence, whatever the layout.
    @Test func blocksAreNotLadder() throws {
        let rubric = try Rubric(bytes: fixture("promotion.md"))
        #expect(!rubric.areas.contains { ["titles", "evidence"].contains($0.name.lowercased()) })
        #expect(rubric.headingsWithoutLevels.isEmpty)
        #expect(rubric.titlesBlock?.headingLineIndex == 34)
        #expect(rubric.evidence?.sections.map(\.title) == ["Delivery", "Mentoring"])
    }

    @Test(arguments: [
        ("every area at 2", Requirement.Rule.everyArea(level: 2)),
        ("All Areas  at 3", .everyArea(level: 3)),
        ("two areas at 4", .areas(count: 2, level: 4)),
        ("one area at 5", .areas(count: 1, level: 5)),
        ("3 areas at 3", .areas(count: 3, level: 3)),
        ("Architecture at 4", .area(index: 0, level: 4)),
        ("**operations** at 3", .area(index: 2, level: 3)),
        ("12 points", .points(12)),
        ("at least 10 points", .points(10)),
    ])
    func requirementForms(text: String, rule: Requirement.Rule) throws {
        let rubric = try parse(ladder("- **T**: \(text)\n"))
        #expect(rubric.titles.first?.requirements.map(\.rule) == [rule])
    }

    @Test(arguments: [
        ("every area at three", "'three' is not a level number"),
        ("Security at 2", "names no area ('Security')"),
        ("Architecture at 6", "'Architecture' has no level 6 (its highest is 5)"),
        ("every area at 7", "'Architecture' has no level 7 (its highest is 5)"),
        ("five areas at 2", "only 4 areas have a level 2"),
        ("21 points", "21 points is more than the ladder's maximum, 20"),
        ("be kind", "can't be read"),
    ])
    func unreadableOrImpossible(text: String, reason: String) throws {
        let rubric = try parse(ladder("- **Engineer I**\n- **T**: \(text)\n", score: "10/20 · Engineer I\n"))
        #expect(rubric.titles[1].requirements.map(\.rule) == [.invalid(reason: reason)])
        #expect(rubric.currentTitle?.name == "Engineer I")
        #expect(rubric.diagnostics.map(\.line) == [37])
        #expect(rubric.diagnostics.first?.message.contains(reason) == true)
    }

    /// Requirements split at commas and semicolons, `and` and a final period dropped; an item
    /// without a bold label, or after the first list, is no title.
    @Test func listAndSeparators() throws {
        let rubric = try parse(ladder("""
            - **Engineer I**
            - **Engineer II**: every area at 2; Architecture at 2, and 10 points.
            - plain item
            - **Senior**: every area at 3,
              one area at 4

            Some text.

            - **Not a title**: a second list
            """))
        #expect(rubric.titles.map(\.name) == ["Engineer I", "Engineer II", "Senior"])
        #expect(rubric.titles[1].requirements.map(\.text) == ["every area at 2", "Architecture at 2", "10 points"])
        #expect(rubric.titles[2].requirements.map(\.rule) == [.everyArea(level: 3), .areas(count: 1, level: 4)])
    }

    /// `GROUP / NAME` tells apart two areas of one name.
    @Test func groupSlashName() throws {
        let text = "# Backend\n\n## Testing\n\n1. a\n2. <mark>b</mark>\n\n# Frontend\n\n## Testing\n\n1. <mark>a</mark>\n2. b\n\n"
            + "## Titles\n<!-- rubric: titles -->\n\n- **A**: Frontend / Testing at 2\n- **B**: Testing at 2\n\n## Score\n\n3/4\n"
        let rubric = try parse(text)
        #expect(rubric.titles[0].requirements[0].rule == .area(index: 1, level: 2))
        #expect(rubric.titles[1].requirements[0].rule == .invalid(reason: "'Testing' names several areas (Backend / Testing, Frontend / Testing); write GROUP / NAME"))
    }

    /// The title is the last met one, even after an unmet one.
    @Test func lastMetTitleCounts() throws {
        let rubric = try parse(ladder("- **A**: every area at 2\n- **B**: every area at 4\n- **C**: Delivery at 3\n"))
        #expect(rubric.currentTitle?.name == "C")
    }

    @Test func pointsDeclaration() throws {
        let rubric = try parse(ladder("- **T**: 13 points\n", declaration: "<!-- rubric: points=0,1,3,6,12,20 -->"))
        #expect(rubric.points == [0, 1, 3, 6, 12, 20])
        #expect(rubric.total == 3 + 6 + 3 + 6)
        #expect(rubric.maximum == 80)
        #expect(rubric.currentTitle?.name == "T")
        let saved = rubric.bytes(withLevels: rubric.currentLevels).text
        #expect(saved.hasSuffix("## Score\n\n18/80 · T\n\n"))
    }

    @Test(arguments: [
        ("<!-- rubric: points=0,1,3 -->", "line 1: points= gives 3 numbers; the ladder needs one for each level from 0 to 5, 6 in all"),
        ("<!-- rubric: points=0,1,3,2,4,5 -->", "line 1: points= 2 for level 3 is less than 3 for level 2; points never decrease"),
        ("<!-- rubric: points=0,1,x,3,4,5 -->", "line 1: points= 'x' is not a whole number"),
        ("<!-- rubric: pionts=0,1 -->", "line 1: unknown declaration 'rubric: pionts=0,1' (rubric reads layout=NAME, points=N,N,..., titles and evidence)"),
        ("<!-- rubric: tittles -->", "line 1: unknown declaration 'rubric: tittles' (rubric reads layout=NAME, points=N,N,..., titles and evidence)"),
    ])
    func badDeclarations(declaration: String, message: String) {
        #expect { try parse(ladder("- **T**\n", declaration: declaration)) } throws: { ($0 as? RubricError)?.description == message }
    }

    /// A block declaration under no heading, and a second block, are reported and ignored.
    @Test func misplacedAndSecondBlocks() throws {
        let text = ladder("- **T**: every area at 1\n") .replacingOccurrences(of: "## Score", with: "## More\n<!-- rubric: titles -->\n\n- **U**\n\nSome text.\n\n<!-- rubric: evidence -->\n\n## Score")
        let rubric = try parse(text)
        #expect(rubric.titles.map(\.name) == ["T"])
        let messages = rubric.diagnostics.map(\.message)
        #expect(messages.contains { $0.hasPrefix("a second titles block (the first is at line 34)") })
        #expect(messages.contains { $0.hasPrefix("a <!-- rubric: evidence --> declaration must come right under a heading") })
    }

    /// A table's header names its levels: one title per name, shown, never written.
    @Test func implicitTitlesFromATable() throws {
        let text = "| Area | Junior | Mid | Senior |\n| --- | --- | --- | --- |\n| Code | a | <mark>b</mark> | c |\n| Tests | a | <mark>b</mark> | c |\n\n## Score\n\n4/6\n\nTarget: senior\n"
        let rubric = try parse(text)
        #expect(rubric.titleSource == .levelNames)
        #expect(rubric.titles.map(\.name) == ["Junior", "Mid", "Senior"])
        #expect(rubric.currentTitle?.name == "Mid")
        #expect(rubric.targetTitleIndex == 2)
        #expect(rubric.bytes(withLevels: rubric.currentLevels) == Array(text.utf8))
        #expect(rubric.bytes(withLevels: [3, 3]).text.contains("## Score\n\n6/6\n"))
    }

    @Test func implicitTitlesFromLevelHeadings() throws {
        let rubric = try Rubric(bytes: fixture("headings.md"))
        #expect(rubric.titleSource == .levelNames)
        #expect(rubric.titles.map(\.name) == rubric.areas[0].levels.map { $0.name ?? "" })
    }
}

@Suite("Writing the title and the target")
struct TitleWritingTests {
    private func saved(_ text: String, levels: [Int]? = nil, target: TargetChange = .keep) throws -> String {
        let rubric = try parse(text)
        return rubric.bytes(withLevels: levels ?? rubric.currentLevels, target: target).text
    }

    /// A title appears, changes and goes with the marks, on the score line only.
    @Test func titleFollowsTheMarks() throws {
        let titles = "- **Engineer I**\n- **Engineer II**: every area at 2\n- **Senior**: every area at 3\n"
        let text = ladder(titles, score: "10/20 · Engineer II\n")
        #expect(try saved(text) == text)
        #expect(try saved(text, levels: [3, 3, 3, 3]).hasSuffix("## Score\n\n12/20 · Senior\n"))
        #expect(try saved(text, levels: [1, 3, 2, 3]).hasSuffix("## Score\n\n9/20 · Engineer I\n"))
        let none = ladder("- **Engineer II**: every area at 2\n", score: "10/20 · Engineer II\n")
        #expect(try saved(none, levels: [1, 3, 2, 3]).hasSuffix("## Score\n\n9/20\n"))
        let stale = ladder(titles, score: "10/20\n")
        #expect(try saved(stale) == stale.replacingOccurrences(of: "10/20\n", with: "10/20 · Engineer II\n"))
        #expect(try parse(stale).diagnostics.map(\.message) == ["stale title: says no title, the marks give 'Engineer II'"])
    }

    /// Without a titles block, text after `·` is the person's.
    @Test func textAfterTheDotIsKeptWithoutTitles() throws {
        let text = "## A\n\n1. <mark>a</mark>\n2. b\n\n## Score\n\n1/2 · my note\n"
        #expect(try saved(text) == text)
        #expect(try saved(text, levels: [2]).hasSuffix("## Score\n\n2/2 · my note\n"))
    }

    @Test func settingChangingAndClearingTheTarget() throws {
        let text = ladder("- **Engineer II**: every area at 2\n- **Senior Engineer**: every area at 3\n", score: "10/20 · Engineer II\n")
        let set = try saved(text, target: .set("Senior Engineer"))
        #expect(set == text + "\nTarget: Senior Engineer\n")
        let changed = try saved(set, target: .set("Engineer II"))
        #expect(changed == text + "\nTarget: Engineer II\n")
        #expect(try saved(set.replacingOccurrences(of: "Target: Senior Engineer", with: "Target:  senior engineer  "), target: .set("Senior Engineer")) == set)
        #expect(try saved(set, target: .clear) == text)
        // A score line that ended the file: a line ending is added after it, the target gets none,
        // and clearing leaves that line ending.
        let bare = String(text.dropLast())
        let setBare = try saved(bare, target: .set("Senior Engineer"))
        #expect(setBare == bare + "\n\nTarget: Senior Engineer")
        #expect(try saved(setBare, target: .clear) == text)
        // Text after the target is kept; only the target line and the blank line the save added go.
        let more = set + "\nNotes: later.\n"
        #expect(try saved(more, target: .clear) == text + "\nNotes: later.\n")
    }

    /// With no score line, setting the target adds the score line first, then the target.
    @Test func targetWithoutScoreLine() throws {
        let text = ladder("- **Engineer II**: every area at 2\n")
        // (The score line goes after the section's last line, the heading, as any save adds it.)
        #expect(try saved(text, target: .set("Engineer II")) == text.dropLast() + "\n10/20 · Engineer II\n\nTarget: Engineer II\n\n")
        let noSection = "## A\n\n1. <mark>a</mark>\n2. b\n"
        #expect(try saved(noSection, target: .set("X")) == noSection + "\n## Score\n\n1/2\n\nTarget: X\n")
        #expect(try saved(String(noSection.dropLast()), target: .set("X")) == noSection + "\n## Score\n\n1/2\n\nTarget: X")
    }

    @Test func crlfTarget() throws {
        let text = ladder("- **E**: every area at 2\n", score: "10/20 · E\n").replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try saved(text, target: .set("E")) == text + "\r\nTarget: E\r\n")
    }

    @Test func unknownTarget() throws {
        let text = ladder("- **E**: every area at 2\n", score: "10/20 · E\n\nTarget: Principal\n")
        let rubric = try parse(text)
        #expect(rubric.targetTitleIndex == nil)
        #expect(rubric.diagnostics.map(\.message) == ["unknown target 'Principal' (titles: E)"])
    }
}

@Suite("Points in every layout")
struct PointsInEveryLayoutTests {
    /// A points= declaration before each layout's example: the layout is read as before, the
    /// total and the maximum count points, and a save writes them on the score line.
    @Test(arguments: [("technical.md", Layout.lists), ("bullets.md", .bullets), ("table.md", .table), ("headings.md", .headings)])
    func pointsCountInEveryLayout(name: String, layout: Layout) throws {
        let plain = try Rubric(bytes: fixture(name))
        let values = [0, 1, 3, 6, 12, 20, 30, 40, 50, 60]
        let declared = Array("<!-- rubric: points=\(values.map(String.init).joined(separator: ",")) -->\n\n".utf8) + fixture(name)
        let rubric = try Rubric(bytes: declared)
        #expect(rubric.layout == layout)
        #expect(rubric.areas.map(\.name) == plain.areas.map(\.name))
        #expect(rubric.total == plain.currentLevels.reduce(0) { $0 + values[$1] })
        #expect(rubric.maximum == plain.areas.reduce(0) { $0 + values[$1.maximum] })
        let saved = String(decoding: rubric.bytes(withLevels: rubric.currentLevels), as: UTF8.self)
        #expect(saved.contains("\(rubric.total)/\(rubric.maximum)"))
    }
}

@Suite("Titles: what a review found")
struct TitlesReviewTests {
    /// A title is named by its label's words, without emphasis, code or a link's destination;
    /// a marked item still has its requirements.
    @Test func titlesAreTheirLabelsWords() throws {
        let rubric = try parse("## Code\n\n1. <mark>a</mark>\n2. b\n\n## Titles\n<!-- rubric: titles -->\n\n"
            + "- **[Staff](http://x)**: every area at 2\n- **Senior _Eng_ `SE3`**: every area at 1\n- **snake_case**\n- <mark>**Marked**: Code at 2</mark>\n\n## Score\n\n1/2\n")
        #expect(rubric.titles.map(\.name) == ["Staff", "Senior Eng SE3", "snake_case", "Marked"])
        #expect(rubric.titles[3].requirements.map(\.rule) == [.area(index: 0, level: 2)])
        #expect(rubric.currentTitle?.name == "snake_case")
        #expect(rubric.bytes(withLevels: [1], target: .set("Staff")).text.hasSuffix("1/2 · snake_case\n\nTarget: Staff\n"))
    }

    /// Without a points= declaration a point is a level: points short are levels to climb.
    @Test func pointsWithoutADeclarationAreLevelsToGo() throws {
        let text = String(decoding: fixture("promotion.md"), as: UTF8.self)
            .replacingOccurrences(of: "- **Staff Engineer**", with: "- **X2**: every area at 3, 14 points\n- **Staff Engineer**")
        let rubric = try parse(text)
        #expect(rubric.distance(to: 3, levels: rubric.currentLevels) == "4 to go")
        let declared = try parse("<!-- rubric: points=0,1,3,6,12,20 -->\n\n" + text.replacingOccurrences(of: "14 points", with: "30 points"))
        #expect(declared.distance(to: 3, levels: declared.currentLevels) == "2 to go, 6 points short")
    }

    /// A level a table row has no cell for can't be marked, so a title asking it is never met.
    @Test func aMissingLevelMakesATitleUnreachable() throws {
        let rubric = try parse("| Area | Junior | Mid | Senior |\n| --- | --- | --- | --- |\n| Code | a | <mark>b</mark> | c |\n| Tests | a | b |\n\n## Score\n\n2/6\n")
        #expect(rubric.titles[2].requirements.map(\.rule) == [.invalid(reason: "'Tests' has no level 3 or above in this file to mark (its cells or entries are missing)")])
    }

    @Test func twoAreasOfOneNameAreToldApartInAGap() throws {
        let rubric = try parse("# Backend\n\n## Testing\n\n1. <mark>a</mark>\n2. b\n\n# Frontend\n\n## Testing\n\n1. a\n2. <mark>b</mark>\n\n"
            + "## Titles\n<!-- rubric: titles -->\n\n- **A**: every area at 2\n\n## Score\n\n3/4\n")
        #expect(rubric.gap(to: 0, levels: rubric.currentLevels).flatMap { rubric.missing($0) } == ["Backend / Testing 1 → 2"])
    }

    @Test func secondTargetLinesAndPointsDeclarationsAreReported() throws {
        let text = "<!-- rubric: points=0,1,2 -->\n<!-- rubric: points=0,5,9 -->\n\n## A\n\n1. <mark>a</mark>\n2. b\n\n## Score\n\n1/2\n\nTarget: X\nTarget: Y\n"
        let messages = try parse(text).diagnostics.map { "\($0.line): \($0.message)" }
        #expect(messages.contains("2: a second points= declaration (the first, at line 1, counts); it is ignored"))
        #expect(messages.contains("14: a second Target: line (the first counts); it is ignored"))
        #expect(messages.contains("13: unknown target 'X' (the ladder has no titles)"))
    }

    /// A titles block under a `#` heading runs over the `##` areas after it: the refusal says so.
    @Test func aBlockThatSwallowsTheLadderIsNamed() {
        let text = "# Titles\n<!-- rubric: titles -->\n\n- **A**\n\n## Code\n\n1. a\n2. b\n"
        #expect { try parse(text) } throws: {
            ($0 as? RubricError)?.description == "line 1: no areas outside the titles block under this heading: a block runs to the next heading as shallow as its own, "
                + "so the ladder after it is inside it; give the block a heading as deep as the areas' (## Titles)"
        }
        #expect { try parse("<!-- rubric: points -->\n\n## A\n\n1. a\n") } throws: {
            ($0 as? RubricError)?.description == "line 1: points= needs what each level is worth, from level 0 up: points=0,1,3,6,12"
        }
    }
}
