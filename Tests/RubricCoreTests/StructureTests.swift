import Testing
@testable import RubricCore

@Suite("Reading the structure")
struct StructureTests {
    @Test func exampleScoresFifteenOfThirtyFive() throws {
        let rubric = try Rubric(bytes: fixture("technical.md"))
        #expect(rubric.areas.map(\.name) == ["Architecture", "Engineering", "Operations", "Secure engineering",
                                             "Storage", "Deploying software", "Quality"])
        #expect(rubric.currentLevels == [2, 2, 2, 2, 2, 2, 3])
        #expect(rubric.total == 15 && rubric.maximum == 35)
        #expect(rubric.groups.map(\.name) == ["Technical"])
        // Engineering 3 closes its <details> with a second </summary>: the one thing check reports.
        #expect(rubric.diagnostics == [Diagnostic(line: 22, message:
            "level 3 of area 'Engineering' has unbalanced HTML: <details> opened 1, closed 0; <summary> opened 1, closed 2")])
    }

    @Test func lazyContinuationLinesBelongToTheLevel() throws {
        let rubric = try Rubric(bytes: fixture("technical.md"))
        let engineering = rubric.areas[1]
        #expect(rubric.text(of: engineering.levels[1]).hasSuffix("trade-offs.</details></mark>"))
        #expect(rubric.text(of: engineering.levels[2]).hasSuffix("engineering practices and patterns</summary>"))
        #expect(engineering.levels[1].isMarked && !engineering.levels[2].isMarked)
    }

    @Test func groupsAndAreasBeforeTheFirstGroup() throws {
        let rubric = try Rubric(bytes: fixture("two-groups.md"))
        #expect(rubric.areas.map(\.name) == ["Loose", "Design", "Mentoring"])
        #expect(rubric.areas.map { rubric.group(of: $0)?.name } == [nil, "Technical", "People"])
        #expect(rubric.total == 3 && rubric.maximum == 7)
    }

    @Test func parenthesisListMarkers() throws {
        let rubric = try Rubric(bytes: fixture("paren-lists.md"))
        #expect(rubric.areas[0].maximum == 3 && rubric.areas[0].currentLevel == 2)
    }

    @Test func lazyNumberingCountsPositions() throws {
        let rubric = try Rubric(bytes: fixture("lazy-numbering.md"))
        #expect(rubric.areas[0].maximum == 4)
    }

    @Test func nestedListsAndContinuationsStayInTheirLevel() throws {
        let rubric = try Rubric(bytes: fixture("nested.md"))
        let design = rubric.areas[0]
        #expect(design.maximum == 3)
        #expect(design.currentLevel == 2)
        #expect(rubric.text(of: design.levels[0]).contains("More about sketching."))
        #expect(rubric.text(of: design.levels[2]).hasSuffix("lazily continued"))
    }

    @Test func fencedCodeHoldsNoStructure() throws {
        let rubric = try Rubric(bytes: fixture("fenced.md"))
        #expect(rubric.areas.map(\.name) == ["Design"])
        #expect(rubric.areas[0].maximum == 2)
        #expect(rubric.areas[0].currentLevel == 0)
    }

    @Test func htmlCommentsHoldNoStructure() throws {
        let rubric = try Rubric(bytes: fixture("comments.md"))
        #expect(rubric.areas.map(\.name) == ["Design"])
        #expect(rubric.areas[0].maximum == 2)
        #expect(rubric.areas[0].currentLevel == 0)
        #expect(rubric.text(of: rubric.areas[0].levels[0]) == "Sketches ")
    }

    @Test func tablesAndQuotesAroundTheListAreDescription() throws {
        let rubric = try Rubric(bytes: fixture("tables-quotes.md"))
        let design = rubric.areas[0]
        #expect(design.maximum == 2)
        let description = rubric.descriptionText(of: design)
        #expect(description.contains("> A quote before the list."))
        #expect(description.contains("| 1 | 2 |"))
        #expect(description.contains("1. Not a level: second list"))
    }

    @Test func marksInAnyCaseAndTheHighestWins() throws {
        let rubric = try Rubric(bytes: fixture("two-marks.md"))
        #expect(rubric.areas[0].markedLevels == [1, 3])
        #expect(rubric.areas[0].currentLevel == 3)
    }

    @Test func unicodeText() throws {
        let rubric = try Rubric(bytes: fixture("unicode.md"))
        #expect(rubric.groups.first?.name == "技術")
        #expect(rubric.areas[0].name == "設計 🏗️")
        #expect(rubric.text(of: rubric.areas[0].levels[1]) == "<mark>Explains ✅ trade-offs 👩‍💻</mark>")
    }

    @Test func byteOrderMarkAndCRLF() throws {
        for name in ["bom.md", "crlf.md"] {
            let rubric = try Rubric(bytes: fixture(name))
            #expect(rubric.groups.map(\.name) == ["Team"], "\(name)")
            #expect(rubric.areas.map(\.name) == ["Design", "Delivery"], "\(name)")
            #expect(rubric.total == 2, "\(name)")
        }
        #expect(try Rubric(bytes: fixture("crlf.md")).lineEnding == .crlf)
    }

    @Test func headingWithClosingHashes() throws {
        let rubric = try parse("## Design ##\n\n1. a\n")
        #expect(rubric.areas[0].name == "Design")
    }

    @Test func scoreHeadingInAnyCaseIsNotAnArea() throws {
        let rubric = try parse("## Design\n\n1. a\n\n## SCORE\n\n0/1\n")
        #expect(rubric.areas.count == 1)
        #expect(rubric.scoreSection?.scoreLine?.total == 0)
    }

    @Test func nonIndentedLineAfterBlankEndsTheList() throws {
        let rubric = try parse("## Design\n\n1. a\n\nparagraph\n2. not a level\n")
        #expect(rubric.areas[0].maximum == 1)
    }

    @Test func bulletAfterItemEndsTheList() throws {
        let rubric = try parse("## Design\n\n1. a\n- bullet\n2. not a level\n")
        #expect(rubric.areas[0].maximum == 1)
    }

    @Test func aScoreInsideACommentIsNotTheScoreLine() throws {
        let rubric = try Rubric(bytes: Array("## A\n\n1. <mark>x</mark>\n\n## Score\n\n<!--\n9/9\n-->\n1/1\n".utf8))
        #expect(rubric.scoreSection?.scoreLine?.lineIndex == 9)
        #expect(rubric.diagnostics.isEmpty)
    }
}

@Suite("The file's introduction")
struct IntroductionTests {
    @Test func itIsTheProseBeforeTheLadder() throws {
        #expect(try Rubric(bytes: DefaultFramework.bytes).introduction
                == "Each area's levels build on one another: mark the highest one that describes your work today.")
        let text = "---\ntitle: x\n---\n# Ladder\n\n<!-- rubric: layout=table -->\nHow to use it:\nread each row.\n\nThen mark one.\n\n| Area | One | Two |\n| --- | --- | --- |\n| Code | a | <mark>b</mark> |\n"
        #expect(try Rubric(bytes: Array(text.utf8)).introduction == "How to use it:\nread each row.\n\nThen mark one.")
        #expect(try Rubric(bytes: fixture("technical.md")).introduction == "")
    }
}
