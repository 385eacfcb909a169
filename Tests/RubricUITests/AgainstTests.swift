import RubricCore
import Testing
@testable import RubricUI

@Suite("A second assessment beside the first")
struct AgainstTests {
    /// The example against a copy with Architecture at 3 and Storage at 4.
    private func comparing(width: Int = 80, height: Int = 24) throws -> AppState {
        var other = fixtureRubric("technical.md")
        other = try Rubric(bytes: other.bytes(settingArea: 0, to: 3))
        other = try Rubric(bytes: other.bytes(settingArea: 4, to: 4))
        var state = makeState(width: width, height: height)
        state.compare(with: other, name: "manager.md")
        return state
    }

    @Test func theTabsTheColumnAndTheScoreBarShowBoth() throws {
        let text = screen(try comparing()).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(text[1].hasPrefix(" ≠Architecture 2 ◆3 │ Engineering 2 ◆2 │ Operations 2 ◆2"))
        #expect(text.contains { $0.hasPrefix(" 3 ○ ◆ Contributes and challenges") })
        #expect(text.contains { $0.hasPrefix("▌2 ●   Articulates") })
        // The score bar is the legend: each side's symbol, name and total.
        #expect(text[21].hasPrefix(" ● technical.md 15/35  ◆ manager.md 18/35 █"))
        #expect(text[23].hasPrefix(" q quit  s save  Space toggle  ] [ differ  = take theirs"))
    }

    @Test func anotherLadderIsSaidWhenItOpens() {
        var state = makeState()
        state.compare(with: fixtureRubric("headings.md"), name: "other.md")
        #expect(state.message?.text == "These look like different ladders: none of their areas match (7 and 3 areas)")
        var same = makeState()
        same.compare(with: fixtureRubric("technical.md"), name: "manager.md")
        #expect(same.message == nil)
    }

    @Test func theLegendGivesWayToTheBarWhereTheNamesWouldCrowdIt() throws {
        var state = AppState(rubric: fixtureRubric("technical.md"), fileName: "engineering-assessment.md", size: Size(width: 64, height: 24))
        state.compare(with: fixtureRubric("technical.md"), name: "managers-assessment.md")
        let row = screen(state).split(separator: "\n", omittingEmptySubsequences: false)[21]
        #expect(row.hasPrefix(" ● 15/35 ◆ 15/35 █") && row.contains(" 43%") && row.hasSuffix("saved"), "\(row)")
    }

    @Test func inASCIIBothSidesReadAsWell() throws {
        var other = fixtureRubric("technical.md")
        other = try Rubric(bytes: other.bytes(settingArea: 0, to: 3))
        var state = AppState(rubric: fixtureRubric("technical.md"), fileName: "me.md", size: Size(width: 80, height: 24), glyphs: .ascii)
        state.compare(with: other, name: "manager.md")
        let text = screen(state).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(text[1].hasPrefix(" !Architecture 2 <>3 | Engineering 2 <>2 |"))
        #expect(text[21].hasPrefix(" [x] me.md 15/35  <> manager.md 16/35 #"))
    }

    @Test func bracketsGoToTheDifferencesAndWrap() throws {
        let state = try comparing()
        #expect(press(state, .character("]")).0.areaIndex == 4)
        #expect(press(state, .character("]"), .character("]")).0.areaIndex == 0)
        #expect(press(state, .character("[")).0.areaIndex == 4)
    }

    @Test func equalsTakesTheirLevelAsAnUndoableChange() throws {
        let (taken, effects) = press(try comparing(), .character("]"), .character("="))
        #expect(effects.isEmpty && taken.chosenLevels[4] == 4 && taken.cursor == 3 && taken.isModified)
        #expect(!taken.differs(taken.area))
        // All agree now but Architecture; after taking it too, ] says so.
        let (all, _) = press(taken, .character("]"), .character("="), .character("]"))
        #expect(all.message?.text == "The two agree in every area")
        #expect(press(taken, .character("u")).0.chosenLevels[4] == 2)
        // The save writes this file's bytes only: the other is never an effect's target.
        let (_, saving) = press(taken, .character("s"))
        #expect(saving == [.save(bytes: taken.document.bytes, allowing: [])])
    }

    @Test func theOverviewFlagsAndShowsBothLevels() throws {
        let text = screen(press(try comparing(), .character("o")).0)
        #expect(text.contains("▌≠ Architecture        ██░░░  2/5 ◆3/5"))
        #expect(text.contains("   Engineering         ██░░░  2/5 ◆2/5"))
        #expect(text.contains(" ≠ Storage             ██░░░  2/5 ◆4/5"))
        // Both sides' subtotals and totals.
        #expect(text.contains("\n Technical  15/35 ◆18/35\n"))
        #expect(text.contains("\n Total  15/35  43%   ◆18/35  51%\n"))
    }

    @Test func theOverviewsHintsOfferTheComparingKeys() throws {
        let hints = screen(press(try comparing(), .character("o")).0).split(separator: "\n").last!
        #expect(hints.hasPrefix(" q quit  Enter open  Esc back  ] [ differ  = take theirs"))
        // On a narrow screen the score bar keeps the other's total without its name.
        let narrow = screen(try comparing(width: 44, height: 12)).split(separator: "\n")[9]
        #expect(narrow.hasPrefix(" ● 15/35 ◆ 18/35 ") && narrow.hasSuffix("saved"))
    }

    @Test func withoutASecondAssessmentTheKeysSaySo() {
        let (state, _) = press(makeState(), .character("]"))
        #expect(state.message?.text == "Nothing to compare with: open the file with --against OTHER")
        #expect(!screen(makeState()).contains("differ"))
    }

    @Test func anAreaTheOtherLacksDiffersAndCannotBeTaken() throws {
        var state = makeState()
        state.compare(with: try Rubric(bytes: Array("# Technical\n\n## Architecture\n\n1. a\n2. <mark>b</mark>\n".utf8)), name: "short.md")
        #expect(screen(state).split(separator: "\n")[1].contains("≠Engineering 2 ◆-"))
        let (taken, _) = press(state, .right, .character("="))
        #expect(taken.message?.text == "short.md has no Engineering" && !taken.isModified)
    }
}
