import RubricCore
import Testing
@testable import RubricUI

@Suite("The overview")
struct OverviewTests {
    @Test func everyAreaAtOnceWithTheGroupAndTheTotal() {
        let (state, _) = press(makeState(), .right, .character("o"))
        #expect(state.screen == .overview)
        let text = screen(state).split(separator: "\n").map(String.init)
        #expect(text[0].contains("technical.md · overview"))
        #expect(text[3] == " Technical  15/35")
        #expect(text[5] == "▌  Engineering         ██░░░  2/5  Actively improves the code-base and the fee…")
        #expect(text[10] == "   Quality             ███░░  3/5  Optimises the tests used within the team by…")
        #expect(text[11] == " Total  15/35  43%")
        #expect(text.last!.hasPrefix(" q quit  Enter open  Esc back"))
    }

    @Test func enterOpensTheSelectedAreaAndEscGoesBack() {
        let (moved, _) = press(makeState(), .character("o"), .down, .down)
        #expect(screen(moved).contains("▌  Operations"))
        let (opened, _) = press(moved, .enter)
        #expect(opened.screen == .levels && opened.areaIndex == 2)
        let (back, _) = press(moved, .escape)
        #expect(back.screen == .levels && back.areaIndex == 0)
        // Esc leaves the overview; it never quits from there.
        #expect(press(moved, .escape).1.isEmpty)
        // Esc in an area opened from the overview goes back to it; q still quits.
        let (again, none) = press(opened, .escape)
        #expect(again.screen == .overview && again.selectedArea == opened.area && none.isEmpty)
        #expect(press(opened, .character("q")).1 == [.quit])
        #expect(press(back, .escape).1 == [.quit])
    }

    @Test func digitsMarkTheSelectedArea() {
        let (state, _) = press(makeState(), .character("o"), .end, .character("5"))
        #expect(state.chosenLevels == [2, 2, 2, 2, 2, 2, 5] && state.screen == .overview)
        #expect(screen(state).contains("Quality             █████  5/5"))
        let (undone, _) = press(state, .character("u"))
        #expect(undone.chosenLevels[6] == 3)
    }

    @Test func undoInTheOverviewSelectsTheAreaItChanges() {
        let (state, _) = press(makeState(), .character("o"), .end, .character("5"), .home, .character("u"))
        #expect(state.screen == .overview && state.chosenLevels[6] == 3)
        #expect(state.selectedArea == state.document.areaIDs[6])
        #expect(screen(state).contains("▌  Quality"))
    }

    @Test func nFromTheOverviewSearchesFromTheSelectedArea() {
        var state = press(makeState(), .character("o"), .down, .down, .down).0
        state = press(state, .character("/")).0
        state = "architect".reduce(state) { press($0, .character($1)).0 }
        state = press(state, .enter).0
        // Secure engineering's level 3 is the first match from the fourth area on.
        #expect(state.screen == .levels && state.areaIndex == 3 && state.cursor == 2)
        // Opened from the overview: Esc goes back there.
        #expect(press(state, .escape).0.screen == .overview)
    }

    @Test func aReloadKeepsTheScreenAndTheAnswersGiven() {
        var state = press(makeState(), .character("o"), .down).0
        state.saveAllowance = [.readOnly]
        let (after, _) = update(state, reloaded(fixtureRubric("technical.md")))
        #expect(after.screen == .overview && after.selectedArea == state.selectedArea && after.saveAllowance == [.readOnly])
    }

    @Test func escWhileTooSmallGoesBackToTheOverviewToo() {
        let opened = press(makeState(), .character("o"), .enter).0
        let small = update(opened, .resize(Size(width: 30, height: 8))).0
        let (back, effects) = press(small, .escape)
        #expect(effects.isEmpty && back.screens == [.overview])
    }

    @Test func manyAreasScrollWithTheSelection() throws {
        let areas = (1...40).map { "## Area \($0)\n\n1. one\n2. <mark>two</mark>\n3. three\n" }.joined(separator: "\n")
        let rubric = try Rubric(bytes: Array(areas.utf8))
        var state = AppState(rubric: rubric, fileName: "many.md", size: Size(width: 80, height: 24))
        state = press(state, .character("o")).0
        #expect(screen(state).contains("▼"))
        for _ in 0..<30 { state = press(state, .down).0 }
        let text = screen(state)
        #expect(text.contains("▌ Area 31") && text.contains("▲"))
        #expect(press(state, .enter).0.areaIndex == 30)
        // At the last area, the total comes into view with it.
        let end = screen(press(state, .end).0)
        #expect(end.contains("▌ Area 40") && end.contains(" Total  80/120") && !end.contains("▼"))
        // Rows stay put while the selection moves back up inside them.
        let up = press(state, .up).0
        #expect(screen(up).split(separator: "\n")[3] == text.split(separator: "\n")[3])
    }

    @Test func aClickOnARowOpensItsArea() throws {
        let state = press(makeState(), .character("o")).0
        let frame = Renderer.frame(state)
        let storage = state.document.areaIDs[4]
        let row = try #require(frame.regions.first { $0.target == .overviewRow(storage) })
        #expect(frame.grid.rowText(row.rect.y).contains("Storage"))
        let (opened, _) = update(state, .click(.overviewRow(storage)))
        #expect(opened.screen == .levels && opened.areaIndex == 4)
    }

    @Test func theHelpListsTheOverviewsKeysAndClosesBackToIt() {
        let (help, _) = press(makeState(), .character("o"), .character("?"))
        #expect(screen(help).contains("open the selected area's levels"))
        #expect(press(help, .character("x")).0.screen == .overview)
    }
}

@Suite("The file's introduction on screen")
struct IntroductionOnScreenTests {
    @Test func theOverviewHeadsWithItAndTheHelpStartsWithIt() throws {
        let state = AppState(rubric: try Rubric(bytes: DefaultFramework.bytes), fileName: "rubric.md", isNewFile: true, size: Size(width: 80, height: 24))
        let text = screen(press(state, .character("o")).0).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(text[3] == " Each area's levels build on one another: mark the highest one that describes")
        #expect(text[4] == " your work today.")
        #expect(text[6].hasPrefix(" Craft  0/15"))
        let help = screen(press(state, .character("?")).0)
        #expect(help.split(separator: "\n")[1].contains("This ladder  Each area's levels build on one another"), "\(help)")
        // The last area and the total still come into view below it.
        let (bottom, _) = press(state, .character("o"), .end)
        #expect(screen(bottom).contains(" Total  0/35  0%"))
        // On a short screen it gives way to the rows.
        #expect(!screen(press(AppState(rubric: try Rubric(bytes: DefaultFramework.bytes), fileName: "r.md", size: Size(width: 80, height: 10)),
                              .character("o")).0).contains("Each area's"))
    }
}

@Suite("Scrolling")
struct ScrollingTests {
    @Test func itMovesAsLittleAsItCan() {
        // Rows 10...12 in a window of 5 over 30: from 0 the window moves down to show them.
        #expect(Scrolling.top(revealing: 10...12, near: 0, height: 5, count: 30) == 8)
        #expect(Scrolling.top(revealing: 10...12, near: 9, height: 5, count: 30) == 9)
        #expect(Scrolling.top(revealing: 10...12, near: 20, height: 5, count: 30) == 10)
        // Taller than the window: it stays within them.
        #expect(Scrolling.top(revealing: 10...19, near: 13, height: 5, count: 30) == 13)
        #expect(Scrolling.top(revealing: 10...19, near: 30, height: 5, count: 30) == 15)
        // Never past the end, nor before the start.
        #expect(Scrolling.top(near: 40, height: 5, count: 30) == 25 && Scrolling.top(near: -3, height: 5, count: 30) == 0)
    }
}
