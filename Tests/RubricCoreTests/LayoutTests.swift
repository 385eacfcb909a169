import Testing
@testable import RubricCore

/// The other layouts people keep ladders in: what is read, and exactly which bytes a mark
/// changes. The examples are the shared ones, copied into the fixtures.
@Suite("Layouts")
struct LayoutTests {
    func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test func bulletsExample() throws {
        let rubric = try Rubric(bytes: fixture("bullets.md"))
        #expect(rubric.layout == .bullets && rubric.layoutChoice == .detected)
        #expect(rubric.areas.map(\.name) == ["Craft", "Collaboration"])
        #expect(rubric.areas.map(\.maximum) == [4, 4] && rubric.currentLevels == [0, 2])
        #expect(rubric.groups.map(\.name) == ["Product engineering"])
        // The plain list under "Reading list" is description, not levels: no area there.
        #expect(!rubric.areas.contains { $0.name == "Reading list" })
        let marked = text(try rubric.bytes(settingArea: 0, to: 1))
        #expect(marked.contains("- <mark>**Learning**</mark>\n  - writes working code"))
        #expect(marked.hasSuffix("## Score\n\n3/8\n"))
        let lazy = text(try rubric.bytes(settingArea: 0, to: 3))
        #expect(lazy.contains("- <mark>**Leading**: sets patterns others follow\n  and reviews for design, not only style</mark>\n"))
    }

    @Test func bulletsKeepNestedCriteriaOutsideTheMark() throws {
        let rubric = try Rubric(bytes: fixture("bullets-nested.md"))
        #expect(rubric.currentLevels == [2])
        let moved = text(try rubric.bytes(settingArea: 0, to: 1))
        #expect(moved.hasPrefix("## Delivery\n\n- <mark>**Beginner**</mark>\n  - ships small tasks with help\n  - asks early\n- **Intermediate**: ships features\n  on their own\n\n  - plans their work\n"))
        #expect(try Rubric(bytes: Array(moved.utf8)).bytes(settingArea: 0, to: 2) == fixture("bullets-nested.md") + Array("\n## Score\n\n2/3\n".utf8))
    }

    @Test func tableExample() throws {
        let rubric = try Rubric(bytes: fixture("table.md"))
        #expect(rubric.layout == .table)
        #expect(rubric.areas.map(\.name) == ["Systems", "Reliability", "Mentoring"])
        #expect(rubric.areas.map { rubric.group(of: $0)?.name } == ["Technical", "Technical", "Team"])
        #expect(rubric.currentLevels == [3, 0, 0] && rubric.maximum == 12)
        #expect(rubric.areas[0].levels.map(\.name) == ["Associate (P1)", "Engineer (P2)", "Senior (P3)", "Staff (P4)"])
        #expect(rubric.areas[0].currentLevelName == "Senior (P3)")
        let marked = text(try rubric.bytes(settingArea: 2, to: 2))
        #expect(marked.contains("| Mentoring | Learns from reviews | <mark>Reviews peers' work \\| pairs</mark> | Mentors engineers |"))
    }

    @Test func tablePaddingCRLFAndBOMStayAndMissingCellsAreRefused() throws {
        let original = fixture("table-crlf-bom.md")
        let rubric = try Rubric(bytes: original)
        #expect(rubric.layout == .table && rubric.currentLevels == [2, 0, 0])
        #expect(rubric.bytes(withLevels: rubric.currentLevels) == original)
        // Padding inside cells is kept: the mark goes inside it.
        let code = text(try rubric.bytes(settingArea: 0, to: 3))
        #expect(code.contains("|  Code   |  writes  | reviews \\| pairs |   <mark>designs</mark>   |\r\n"))
        #expect(code.hasPrefix("\u{FEFF}# Team ladder\r\n"))
        // An empty cell gets an empty mark where its text would start, padding untouched.
        let ops = text(try rubric.bytes(settingArea: 1, to: 2))
        #expect(ops.contains("| Ops | runs | <mark></mark> ||\r\n"))
        #expect(text(try rubric.bytes(settingArea: 1, to: 3)).contains("| Ops | runs |  |<mark></mark>|\r\n"))
        #expect(throws: RubricError.levelMissing(area: "Short", level: 2)) { try rubric.bytes(settingArea: 2, to: 2) }
        #expect(rubric.diagnostics.contains { $0.message == "level 2 of area 'Short' is missing (no cell or entry for it), so it can't be marked" })
    }

    @Test func headingsExample() throws {
        let rubric = try Rubric(bytes: fixture("headings.md"))
        #expect(rubric.layout == .headings)
        #expect(rubric.areas.map(\.name) == ["Empathy", "Resolution", "Knowledge"])
        #expect(rubric.areas.map { rubric.group(of: $0)?.name } == ["Customers", "Customers", "Team"])
        #expect(rubric.currentLevels == [0, 1, 2])
        #expect(rubric.areas[2].currentLevelName == "Support Engineer II")
        // A paragraph's mark takes in its label and its continuation lines.
        let marked = text(try rubric.bytes(settingArea: 1, to: 2))
        #expect(marked.contains("**Resolution**: solves common tickets with the knowledge base.\n"))
        #expect(marked.contains("<mark>**Resolution**: solves uncommon tickets\nand writes up what they learned.</mark>\n"))
        // An item's mark starts after its bullet.
        #expect(text(try rubric.bytes(settingArea: 2, to: 3)).contains("- <mark>Knowledge: owns the knowledge base's structure.</mark>\n"))
    }

    @Test func headingsWhoseLabelsChangeGoByPosition() throws {
        let rubric = try Rubric(bytes: fixture("headings-positional.md"))
        #expect(rubric.layout == .headings)
        #expect(rubric.areas.map(\.name) == ["Area 1", "Area 2"])
        #expect(rubric.areas.map(\.maximum) == [3, 3] && rubric.currentLevels == [2, 0])
        #expect(text(try rubric.bytes(settingArea: 1, to: 3)).contains("- <mark>Multiplies: grows others.</mark>"))
    }

    @Test func aDeclarationOverridesDetection() throws {
        let declared = try Rubric(bytes: fixture("declared.md"))
        #expect(declared.layout == .headings && declared.layoutChoice == .declared)
        #expect(declared.areas.map(\.name) == ["Empathy", "Resolution"] && declared.currentLevels == [2, 0])
        // Without it, bold-labeled items under a heading read as bullets (detection tries them first).
        let detected = try Rubric(bytes: Array(text(fixture("declared.md")).split(separator: "\n", maxSplits: 1)[1].utf8))
        #expect(detected.layout == .bullets)
        #expect(throws: RubricError.unknownLayout("tabel", line: 1)) { try Rubric(bytes: Array("<!-- rubric: layout=tabel -->\n## A\n\n1. a\n2. b\n".utf8)) }
        // A declaration inside code is text.
        let fenced = try Rubric(bytes: Array("```\n<!-- rubric: layout=table -->\n```\n## A\n\n1. a\n2. b\n".utf8))
        #expect(fenced.layout == .lists && fenced.layoutChoice == .detected)
    }

    /// Once every mark is where the program writes it (a hand-written mark may sit after a
    /// label), marking any level and restoring the old one gives back the same bytes.
    @Test(arguments: ["bullets.md", "table.md", "headings.md", "table-crlf-bom.md", "headings-positional.md", "declared.md", "bullets-nested.md"])
    func roundTripAndMarkThenRestore(name: String) throws {
        let original = fixture(name)
        let rubric = try Rubric(bytes: original)
        // Saving unchanged changes only the score line (added when missing).
        let unchanged = rubric.bytes(withLevels: rubric.currentLevels)
        #expect(rubric.scoreSection?.scoreLine == nil ? unchanged.starts(with: original) : unchanged == original)
        var saved = rubric.bytes(withLevels: rubric.currentLevels)
        for index in rubric.areas.indices {
            let cleared = try Rubric(bytes: saved).bytes(settingArea: index, to: 0)
            saved = try Rubric(bytes: cleared).bytes(settingArea: index, to: rubric.currentLevels[index])
        }
        let settled = try Rubric(bytes: saved)
        #expect(settled.currentLevels == rubric.currentLevels)
        for (index, area) in settled.areas.enumerated() {
            for level in 0...area.maximum where level == 0 || !area.levels[level - 1].isMissing {
                let marked = try Rubric(bytes: try settled.bytes(settingArea: index, to: level))
                #expect(marked.layout == settled.layout && marked.currentLevels[index] == level, "\(name) \(area.name) \(level)")
                #expect(try marked.bytes(settingArea: index, to: settled.currentLevels[index]) == saved, "\(name) \(area.name) \(level)")
            }
        }
    }

    // MARK: - Cases a review found

    @Test func labeledParagraphsWithoutBlankLinesAreEntriesOfTheirOwn() throws {
        let text = "## Junior\n### Skills\n**Mastery**: knows the basics.\n**Scope**: small tasks\nand fixes.\n## Mid\n### Skills\n**Mastery**: applies patterns.\n**Scope**: features.\n"
        let rubric = try Rubric(bytes: Array(text.utf8))
        #expect(rubric.layout == .headings && rubric.areas.map(\.name) == ["Mastery", "Scope"])
        let marked = self.text(try rubric.bytes(settingArea: 1, to: 1))
        #expect(marked.contains("**Mastery**: knows the basics.\n<mark>**Scope**: small tasks\nand fixes.</mark>\n"))
    }

    @Test func aLabelUnderTwoSubheadingsIsTwoAreas() throws {
        let level = { (n: Int) in "## L\(n)\n\n### Technical\n\n**Scope**: t\(n)\n\n**Quality**: q\(n)\n\n### Leadership\n\n**Scope**: l\(n)\n\n**Influence**: i\(n)\n\n" }
        let rubric = try Rubric(bytes: Array((level(1) + level(2)).utf8))
        #expect(rubric.areas.map(\.name) == ["Scope", "Quality", "Scope", "Influence"])
        #expect(rubric.areas.map { rubric.group(of: $0)?.name } == ["Technical", "Technical", "Leadership", "Leadership"])
        #expect(self.text(try rubric.bytes(settingArea: 2, to: 2)).contains("<mark>**Scope**: l2</mark>"))
    }

    @Test func aTableOnTheFirstLineAfterAByteOrderMark() throws {
        let rubric = try Rubric(bytes: [0xEF, 0xBB, 0xBF] + Array("| Skill | A | B |\r\n| --- | --- | --- |\r\n| Code | x | y |\r\n".utf8))
        #expect(rubric.layout == .table && rubric.areas.map(\.name) == ["Code"])
    }

    @Test func aTableInTheScoreSectionIsNotALadder() throws {
        let rubric = try Rubric(bytes: Array("| Skill | A | B |\n| --- | --- | --- |\n| Code | x | y |\n\n## Score\n\n| s | t | u |\n| - | - | - |\n| v | w | x |\n\n0/2\n".utf8))
        #expect(rubric.areas.map(\.name) == ["Code"] && rubric.maximum == 2)
        #expect(rubric.scoreSection?.scoreLine?.total == 0)
    }

    @Test func onlyADeclarationOnItsOwnLineDeclares() throws {
        let mention = try Rubric(bytes: Array("Write `<!-- rubric: layout=table -->` to choose.\n\n## A\n\n1. a\n2. b\n".utf8))
        #expect(mention.layout == .lists && mention.layoutChoice == .detected)
        #expect(throws: RubricError.self) { try Rubric(bytes: Array("  <!-- rubric: layout=table -->  \n\n## A\n\n1. a\n2. b\n".utf8)) }
        do {
            _ = try Rubric(bytes: Array("<!-- rubric: layout=table -->\n## A\n\n1. a\n2. b\n".utf8))
        } catch {
            #expect("\(error)".hasPrefix("no areas in the table layout that a <!-- rubric: layout=table --> comment declares"))
        }
    }

    @Test func checkSaysWhenAnotherLayoutReadsMore() throws {
        let text = "### Delivery\n\n- **Novice**: a\n- **Expert**: b\n\n### Craft\n\n- **Novice**: c\n- **Expert**: d\n\n## How to use this\n\n1. copy it\n2. mark it\n"
        let rubric = try Rubric(bytes: Array(text.utf8))
        #expect(rubric.layout == .lists && rubric.areas.map(\.name) == ["How to use this"])
        #expect(rubric.diagnostics.contains { $0.line == 1 && $0.message.hasPrefix("the bullets layout finds 2 areas with 4 levels in all, more than the lists layout's 1 with 2") })
        let declared = try Rubric(bytes: Array(("<!-- rubric: layout=bullets -->\n" + text).utf8))
        #expect(declared.areas.map(\.name) == ["Delivery", "Craft"] && !declared.diagnostics.contains { $0.message.contains("layout finds") })
    }
}
