import Testing
@testable import RubricCore

@Suite("Writing marks back")
struct WritingTests {
    /// Rule 5 and the round trip: an unchanged load and save gives the same bytes.
    @Test(arguments: ["technical.md", "crlf.md", "bom.md", "mixed-endings.md", "no-final-newline.md",
                      "trailing-spaces.md", "unicode.md", "paren-lists.md", "nested.md", "two-groups.md",
                      "two-marks.md", "control-chars.md", "comments.md", "fenced.md"])
    func roundTripIsByteIdentical(name: String) throws {
        let original = fixture(name)
        let rubric = try Rubric(bytes: original)
        let saved = rubric.bytes(withLevels: rubric.currentLevels)
        #expect(saved == original)
    }

    /// Rules 1 and 2: the old mark's tags go, the new level is wrapped.
    @Test func movingTheMarkTouchesOnlyTags() throws {
        let original = fixture("technical.md")
        let rubric = try Rubric(bytes: original)
        let saved = try rubric.bytes(settingArea: 0, to: 4)
        var expected = replacing(original, "2. <mark>Articulates the logical, component and physical architecture of the distributed system their teams services contributes towards</mark>",
                                 with: "2. Articulates the logical, component and physical architecture of the distributed system their teams services contributes towards")
        expected = replacing(expected, "4. Actively contributes towards creating and incrementally improving the architecture in line with the architectural goals",
                             with: "4. <mark>Actively contributes towards creating and incrementally improving the architecture in line with the architectural goals</mark>")
        expected = replacing(expected, "15/35", with: "17/35")
        #expect(saved == expected)
    }

    /// Rule 2 for a mark that spans lines: `</mark>` ends the last non-blank line.
    @Test func multiLineLevelGetsClosingTagOnItsLastLine() throws {
        let original = fixture("technical.md")
        let saved = try Rubric(bytes: original).bytes(settingArea: 1, to: 3)
        let text = saved.text
        #expect(text.contains("3. <mark>Contributing towards improvements"))
        #expect(text.contains("engineering practices and patterns</summary></mark>\n"))
        #expect(text.contains("2. Actively improves the code-base and the feedback loops. <details>"))
        #expect(text.contains("trade-offs.</details>\n"))
    }

    @Test func clearingAnArea() throws {
        let original = fixture("paren-lists.md")
        let saved = try Rubric(bytes: original).bytes(settingArea: 0, to: 0)
        #expect(saved == replacing(replacing(original, "<mark>Designs</mark>", with: "Designs"), "2/3", with: "0/3"))
    }

    @Test func crlfLinesKeepTheirEndings() throws {
        let original = fixture("crlf.md")
        let saved = try Rubric(bytes: original).bytes(settingArea: 1, to: 1)
        #expect(saved == replacing(replacing(original, "1. Ships\r\n", with: "1. <mark>Ships</mark>\r\n"), "2/5", with: "3/5"))
    }

    @Test func byteOrderMarkIsKept() throws {
        let original = fixture("bom.md")
        let saved = try Rubric(bytes: original).bytes(settingArea: 0, to: 3)
        #expect(saved.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(saved.text.contains("3. <mark>Leads</mark>\n"))
    }

    @Test func missingFinalNewlineStaysMissing() throws {
        let original = fixture("no-final-newline.md")
        let saved = try Rubric(bytes: original).bytes(settingArea: 0, to: 1)
        #expect(saved.text.hasSuffix("\n\n## Score\n\n1/2"))
    }

    @Test func trailingSpacesStayInsideTheMark() throws {
        let original = fixture("trailing-spaces.md")
        let saved = try Rubric(bytes: original).bytes(settingArea: 0, to: 3)
        #expect(saved.text.hasSuffix("## Score\n\n  3/3\n"))
        #expect(saved.text.contains("3. <mark>Leads\t</mark>\n"))
        #expect(saved.text.contains("2. Designs  \n"))
        #expect(saved.text.contains("## Design   \n"))
    }

    @Test func marksInCodeAndCommentsAreLeftAlone() throws {
        for name in ["fenced.md", "comments.md"] {
            let original = fixture(name)
            let rubric = try Rubric(bytes: original)
            let marked = rubric.bytes(withLevels: [1])
            let cleared = try Rubric(bytes: marked).bytes(withLevels: [0])
            #expect(cleared == original, "\(name)")
            #expect(marked.text.contains("<mark>not a mark</mark>") == (name == "fenced.md"))
        }
    }

    /// Rule 4: an area not changed keeps both of its marks.
    @Test func unchangedAreaKeepsTwoMarks() throws {
        let original = fixture("two-marks.md")
        let saved = try Rubric(bytes: original).bytes(settingArea: 1, to: 1)
        #expect(saved.text.contains("1. <mark>Sketches</mark>\n2. Designs\n3. <MARK>Leads</Mark>"))
    }

    /// Rule 1 on an area with two marks: every tag of the unmarked levels goes, in any case.
    @Test func changedAreaLosesAllOtherTags() throws {
        let saved = try Rubric(bytes: fixture("two-marks.md")).bytes(settingArea: 0, to: 2)
        #expect(saved.text.contains("1. Sketches\n2. <mark>Designs</mark>\n3. Leads\n"))
    }

    @Test func mixedEndingsAddNothingButTags() throws {
        let original = fixture("mixed-endings.md")
        let saved = try Rubric(bytes: original).bytes(settingArea: 0, to: 3)
        #expect(saved == replacing(replacing(replacing(original, "<mark>Designs</mark>", with: "Designs"),
                                             "3. Leads\n", with: "3. <mark>Leads</mark>\n"), "2/3", with: "3/3"))
    }

    /// Rule 3: a file with no score section gets one, in its dominant line ending.
    @Test func missingScoreSectionIsAppended() throws {
        let saved = try Rubric(bytes: fixture("missing-score.md")).bytes(withLevels: [2])
        #expect(saved.text == "## Design\n\n1. Sketches\n2. <mark>Designs</mark>\n\n## Score\n\n2/2\n")
        let crlf = try parse("## Design\r\n\r\n1. a\r\n").bytes(withLevels: [1])
        #expect(crlf.text == "## Design\r\n\r\n1. <mark>a</mark>\r\n\r\n## Score\r\n\r\n1/1\r\n")
        let noNewline = try parse("## Design\n\n1. a").bytes(withLevels: [0])
        #expect(noNewline.text == "## Design\n\n1. a\n\n## Score\n\n0/1")
    }

    @Test func scoreSectionWithoutScoreLineGetsOne() throws {
        let saved = try parse("## Design\n\n1. a\n\n## Score\n\nNotes.\n\n## Later\n\ntext\n").bytes(withLevels: [1])
        #expect(saved.text == "## Design\n\n1. <mark>a</mark>\n\n## Score\n\nNotes.\n\n1/1\n\n## Later\n\ntext\n")
        let atEnd = try parse("## Design\n\n1. a\n\n## Score").bytes(withLevels: [0])
        #expect(atEnd.text == "## Design\n\n1. a\n\n## Score\n\n0/1")
    }

    /// Rule 3: the first `N/M` line is rewritten, keeping its indentation and ending.
    @Test func staleScoreIsCorrected() throws {
        let original = fixture("stale-score.md")
        let saved = try Rubric(bytes: original).bytes(withLevels: [2])
        #expect(saved == replacing(original, " 1 / 9 \n", with: " 2/2\n"))
    }

    @Test func markingAnEmptyLevel() throws {
        let saved = try parse("## D\n\n1.\n2. b\n").bytes(withLevels: [1])
        #expect(saved.text.hasPrefix("## D\n\n1. <mark></mark>\n2. b\n"))
    }

    @Test func unicodeLevelsAreWrappedWhole() throws {
        let saved = try Rubric(bytes: fixture("unicode.md")).bytes(settingArea: 0, to: 3)
        #expect(saved.text.contains("3. <mark>Leads 設計レビュー</mark>\n"))
        #expect(saved.text.contains("2. Explains ✅ trade-offs 👩‍💻\n"))
    }

    @Test func controlCharactersAreKeptInTheFile() throws {
        let original = fixture("control-chars.md")
        let saved = try Rubric(bytes: original).bytes(settingArea: 0, to: 1)
        #expect(saved == replacing(replacing(original, "1. Sketches \u{07} bell\n", with: "1. <mark>Sketches \u{07} bell</mark>\n"),
                                   "0/2", with: "1/2"))
    }

    @Test func levelOutOfRangeIsRefused() throws {
        let rubric = try Rubric(bytes: fixture("paren-lists.md"))
        #expect(throws: RubricError.levelOutOfRange(area: "Design", level: 4, max: 3)) {
            try rubric.bytes(settingArea: 0, to: 4)
        }
        #expect(throws: RubricError.levelOutOfRange(area: "Design", level: -1, max: 3)) {
            try rubric.bytes(settingArea: 0, to: -1)
        }
    }
}
