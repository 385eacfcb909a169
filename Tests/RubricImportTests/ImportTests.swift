import Foundation
import RubricCore
import Testing
@testable import RubricImport

func fixture(_ name: String) -> [UInt8] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("RubricCoreTests/Fixtures/\(name)")
    return [UInt8](try! Data(contentsOf: url))
}

/// `rubric import`: any readable layout, and YAML front matter, as the lists layout, with
/// the marks and the score carried over; the result passes check.
@Suite("Import")
struct ImportTests {
    @Test func frontMatterBecomesAreasWithEveryLevelNumbered() throws {
        let ladder = try ImportedLadder(frontMatter: fixture("frontmatter.md"), source: "frontmatter.md")
        #expect(ladder.title == "Data engineering framework")
        #expect(ladder.areas.map(\.name) == ["Pipelines", "Data quality"])
        // `levels: 3`: data quality stops at 2, so its level 3 says there is no expectation.
        #expect(ladder.areas.map(\.levels.count) == [3, 3])
        #expect(ladder.areas[1].levels[2] == ImportedLadder.noExpectation)
        #expect(ladder.areas[0].levels[0] == "Level 1\n- Changes existing pipelines safely\n- Adds tests for the transformations they touch")
        let rubric = try Rubric(bytes: Array(ladder.markdown().utf8))
        #expect(rubric.layout == .lists && rubric.total == 0 && rubric.maximum == 6)
        #expect(rubric.diagnostics.isEmpty, "\(rubric.diagnostics)")
    }

    @Test(arguments: ["bullets.md", "table.md", "headings.md", "table-crlf-bom.md", "bullets-nested.md", "headings-positional.md", "two-groups.md"])
    func eachLayoutKeepsItsMarksAndPassesCheck(name: String) throws {
        let source = try Rubric(bytes: fixture(name))
        let markdown = ImportedLadder(source, source: name).markdown()
        let imported = try Rubric(bytes: Array(markdown.utf8))
        #expect(imported.layout == .lists)
        #expect(imported.areas.map(\.name) == source.areas.map(\.name))
        #expect(imported.currentLevels == source.currentLevels && imported.maximum == source.maximum)
        #expect(imported.areas.map { imported.group(of: $0)?.name } == source.areas.map { source.group(of: $0)?.name })
        let problems = imported.diagnostics.filter { !$0.message.contains("levels where most areas have") }
        #expect(problems.isEmpty, "\(problems)\n\(markdown)")
    }

    @Test func namedLevelsKeepTheirNamesAndLabelsAreNotRepeated() throws {
        let table = ImportedLadder(try Rubric(bytes: fixture("table.md")), source: "table.md").markdown()
        #expect(table.contains("3. <mark>**Senior (P3)**: Designs a group of services</mark>\n"))
        #expect(table.contains("2. **Engineer (P2)**: Reviews peers' work | pairs\n"))
        let headings = ImportedLadder(try Rubric(bytes: fixture("headings.md")), source: "headings.md").markdown()
        #expect(headings.contains("## Resolution\n\n1. <mark>**Support Engineer I**: solves common tickets with the knowledge base.</mark>\n"))
        #expect(headings.contains("2. **Support Engineer II**: solves uncommon tickets\n   and writes up what they learned.\n"))
        let bullets = ImportedLadder(try Rubric(bytes: fixture("bullets.md")), source: "bullets.md").markdown()
        #expect(bullets.contains("1. **Learning**\n   - writes working code for well-defined tasks\n   - asks for review early\n"))
    }

    /// Monzo's shape: example criteria with their examples, a topic's description, prose
    /// after the front matter; what has no place in the new file is said.
    @Test func frontMatterExamplesDescriptionsAndProseAreCarried() throws {
        let yaml = """
            ---
            title: "Backend"
            levels: 2
            topics:
              - name: "technical-skills"
                description: "How well you build."
                content:
                  - level: 1
                    criteria: ["Writes simple code"]
                    exampleCriteria:
                      - criteria: "Gives helpful reviews"
                        examples: ["Read the talk on reviews", "Pair on one"]
                      - "A bare criterion"
                      - criteria: "Writes design notes"
                        examples: "One as text"
                        note: "not a key this knows"
                  - level: 2
                    criteria: ["Designs small services"]
                    notes: "kept elsewhere"
            ---

            # Backend

            # Backend engineering

            Generated from the front matter.

            1. Read it top to bottom.
            """
        let ladder = try ImportedLadder(frontMatter: Array(yaml.utf8), source: "monzo.md")
        #expect(ladder.areas[0].levels[0] == "Level 1\n- Writes simple code\n- Gives helpful reviews\n  - Read the talk on reviews\n  - Pair on one"
                + "\n- A bare criterion\n- Writes design notes\n  - One as text")
        #expect(ladder.areas[0].description == "How well you build.")
        #expect(ladder.notCarried == ["topic 'Technical skills', level 1, example criterion: 'note' is not carried over",
                                      "topic 'Technical skills', level 2: 'notes' is not carried over"])
        let markdown = ladder.markdown()
        // The page's own heading repeating the title goes; the title is written once.
        #expect(markdown.hasPrefix("**Backend**\n\nImported from monzo.md (YAML front matter) by `rubric import`.\n\n**Backend engineering**\n\nGenerated from the front matter.\n\n1\\. Read it top to bottom.\n"), "\(markdown)")
        // The prose reads back as prose: the same one area, its two levels, nothing to report.
        let rubric = try Rubric(bytes: Array(markdown.utf8))
        #expect(rubric.areas.map(\.name) == ["Technical skills"] && rubric.maximum == 2 && rubric.diagnostics.isEmpty, "\(rubric.diagnostics)")
        #expect(rubric.introduction.contains("Generated from the front matter."))
        #expect(rubric.descriptionText(of: rubric.areas[0]).contains("How well you build."))
    }

    @Test func theIntroductionAndDescriptionsComeAlongAndTheRestIsSaid() throws {
        let source = try Rubric(bytes: Array("""
            # Craft

            Mark the highest level that describes your work.

            ## Testing

            Judged on the last six months.

            1. Writes tests
            2. <mark>Designs tests</mark>

            # People

            Text under a group, about its areas.

            ## Mentoring

            1. Pairs
            2. Mentors
            """.utf8))
        let ladder = ImportedLadder(source, source: "craft.md")
        #expect(ladder.introduction == "Mark the highest level that describes your work.")
        #expect(ladder.areas[0].description == "Judged on the last six months.")
        #expect(ladder.notCarried == ["line 14 belongs to no area, level or description (a level's summary, text under a group) and is not carried over"])
        let table = try Rubric(bytes: Array("| Area | One | Two |\n| --- | --- | --- |\n| Code | a | <mark>b</mark> | c | d |\n".utf8))
        #expect(ImportedLadder(table, source: "t.md").notCarried == ["the row of 'Code' has 2 cells beyond the header's levels, not carried over"])
        #expect(ImportedLadder(try Rubric(bytes: fixture("technical.md")), source: "t.md").notCarried.isEmpty)
        // A list or code before the ladder is no introduction: said too.
        let before = try Rubric(bytes: Array("Read this first:\n\n- one\n- two\n\n## A\n\n1. a\n2. b\n".utf8))
        #expect(ImportedLadder(before, source: "b.md").notCarried.first?.hasPrefix("lines 3-4 belong to no area") == true)
        // A table's document title is not a group: it comes along as the title.
        #expect(ImportedLadder(try Rubric(bytes: fixture("table.md")), source: "t.md").title == "Platform team expectations")
    }

    @Test func frontMatterThatIsNotALadderIsRefused() {
        #expect(throws: ImportedLadder.FrontMatterError.noTopics) {
            try ImportedLadder(frontMatter: Array("---\ntitle: x\n---\n".utf8), source: "x")
        }
        #expect(throws: ImportedLadder.FrontMatterError.badTopic(0, "has a content entry without a level number")) {
            try ImportedLadder(frontMatter: Array("---\ntopics:\n  - name: a\n    content:\n      - criteria: [x]\n---\n".utf8), source: "x")
        }
        do {
            _ = try ImportedLadder(frontMatter: Array("---\ntopics: [a\n---\n".utf8), source: "x")
            Issue.record("bad YAML was read")
        } catch {
            guard case .notYAML = error else { Issue.record("\(error)"); return }
        }
    }
}
