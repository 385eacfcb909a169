import RubricCore
import Testing
@testable import RubricUI
import RubricStyle

@Suite("Clicks, the wheel and the reading pane")
struct MouseAndPaneTests {
    @Test func regionsLieInsideTheGridAndNameWhatIsDrawnThere() {
        let state = makeState()
        let frame = Renderer.frame(state)
        for region in frame.regions {
            #expect(region.rect.x >= 0 && region.rect.right <= 80 && region.rect.y >= 0 && region.rect.bottom <= 24)
        }
        let tabs = frame.regions.filter { if case .tab = $0.target { return true } else { return false } }
        #expect(tabs.count == 4)  // the three that fit at 80 columns, and ▶ for the next
        let marks = frame.regions.filter { if case .mark = $0.target { return true } else { return false } }
        // Each covers the level's number and its indicator.
        #expect(marks.map { frame.grid.rowText($0.rect.y).dropFirst($0.rect.x).prefix($0.rect.width) } == ["1 ○", "2 ●", "3 ○", "4 ○", "5 ○"])
        #expect(frame.target(x: 77, y: 0) == .help)
        #expect(frame.target(x: 40, y: 7) == .level(index: 1))
        #expect(frame.target(x: 40, y: 0) == nil)
    }

    @Test func clicksSelectToggleAndOpen() {
        let state = makeState()
        let ids = state.document.areaIDs
        #expect(update(state, .click(.level(index: 3))).0.cursor == 3)
        let marked = update(state, .click(.mark(index: 3))).0
        #expect(marked.chosenLevels[0] == 4 && marked.cursor == 3)
        #expect(update(marked, .click(.mark(index: 3))).0.chosenLevels[0] == 0)
        #expect(update(state, .click(.tab(ids[5]))).0.areaIndex == 5)
    }

    @Test func clicksOpenDetailsAndTheHelp() throws {
        let state = press(makeState(), .right).0
        let frame = Renderer.frame(state)
        let summary = try #require(frame.regions.first { $0.target == .details(index: 2) })
        #expect(frame.grid.rowText(summary.rect.y).contains("▸ Other items for discussion"))
        let opened = update(state, .click(.details(index: 2))).0
        #expect(opened.cursor == 2 && opened.expanded.contains(.init(area: state.area, level: 2)))
        #expect(update(state, .click(.help)).0.screen == .help)
    }

    @Test func tabArrowsOpenTheHiddenNeighbour() throws {
        let state = press(makeState(), .character("l"), .character("l"), .character("l")).0
        let frame = Renderer.frame(state)
        let left = try #require(frame.target(x: 0, y: 1)), right = try #require(frame.target(x: 79, y: 1))
        let ids = state.document.areaIDs
        #expect(frame.grid.rowText(1).hasPrefix("◀") && frame.grid.rowText(1).hasSuffix("▶"))
        let shown = frame.regions.compactMap { region -> Int? in
            guard region.rect.x > 1, region.rect.right < 79, case .tab(let id) = region.target else { return nil }
            return ids.firstIndex(of: id)
        }
        #expect(left == .tab(ids[shown.min()! - 1]) && right == .tab(ids[shown.max()! + 1]))
    }

    @Test func clicksWaitForAnAnswerAndCloseABox() {
        let asking = press(makeState(), .character("1"), .character("q")).0
        #expect(update(asking, .click(.mark(index: 4))).0.chosenLevels == asking.chosenLevels)
        let help = press(makeState(), .character("?")).0
        let closed = update(help, .click(.level(index: 2))).0
        #expect(closed.screen == .levels && closed.cursor == 1)
        #expect(Renderer.frame(help).regions.isEmpty)
        // A click on nothing at all closes it too.
        #expect(update(help, .click(nil)).0.screen == .levels)
        #expect(update(makeState(), .click(nil)).0.cursor == 1)
        // A level number from a frame of another area, past this one's levels, is ignored.
        let short = try! Rubric(bytes: Array("## A\n\n1. a\n2. b\n".utf8))
        let state = AppState(rubric: short, fileName: "s.md", size: Size(width: 80, height: 24))
        #expect(update(state, .click(.mark(index: 4))).0.chosenLevels == [0])
        #expect(update(state, .click(.level(index: 4))).0.cursor == 0)
    }

    @Test func theWheelMovesLikeTheArrowsOnEachScreen() {
        #expect(update(makeState(), .wheel(1)).0.cursor == 2)
        #expect(update(makeState(), .wheel(-1)).0.cursor == 0)
        let overview = press(makeState(), .character("o")).0
        #expect(update(overview, .wheel(1)).0.selectedArea == overview.document.areaIDs[1])
        let help = press(makeState(width: 40, height: 10), .character("?")).0
        #expect(update(help, .wheel(1)).0.boxScroll == 1)
    }

    @Test func aWideScreenShowsTheSelectedLevelInFullAndTheNextOne() {
        let state = press(makeState(width: 160, height: 45), .right).0
        let text = screen(state)
        #expect(text.contains("│ Level 2 of 5 (marked)"))
        #expect(text.contains("│ ▾ Other items for discussion"))
        #expect(text.contains("│   Can review code authored by engineers of any level"))
        #expect(text.contains("│ Next up: level 3"))
        // The list keeps a readable length.
        let list = LevelsScreen.layout(state)
        #expect(list.listRect.width == 88 && list.pane?.x == 89)
        #expect(list.list.lines.allSatisfy { CharacterWidth.of($0.text) <= LevelListLayout.readableWidth })
        // The last level has no next one.
        #expect(!screen(press(state, .end).0).contains("Next up"))
    }

    @Test func belowOneHundredAndTwentyColumnsThereIsNoPane() {
        #expect(LevelsScreen.layout(makeState(width: 119, height: 30)).pane == nil)
        #expect(LevelsScreen.layout(makeState(width: 120, height: 30)).pane != nil)
        #expect(!screen(makeState(width: 119, height: 30)).contains("Level 2 of 5"))
    }

    @Test func areaIdentityIgnoresCaseEmphasisAndEmojiAndCountsRepeats() throws {
        #expect(AreaID(group: "**Craft**", name: " 🚚 Delivery ") == AreaID(group: "craft", name: "DELIVERY"))
        #expect(AreaID(group: nil, name: "1. Delivery") == AreaID(group: nil, name: "delivery"))
        #expect(AreaID(group: "A", name: "x") != AreaID(group: "B", name: "x"))
        let rubric = try Rubric(bytes: Array("## Same\n\n1. a\n\n## same\n\n1. b\n".utf8))
        #expect(rubric.areaIDs.map(\.occurrence) == [0, 1])
    }

    @Test func marksFollowTheAreaNotItsPosition() throws {
        let first = try Rubric(bytes: Array("## A\n\n1. <mark>a</mark>\n2. b\n\n## B\n\n1. a\n2. b\n".utf8))
        let reordered = try Rubric(bytes: Array("## b\n\n1. a\n2. b\n\n## *A*\n\n1. a\n2. <mark>b</mark>\n".utf8))
        var state = AppState(rubric: first, fileName: "a.md", size: Size(width: 80, height: 24))
        state = press(state, .right).0
        // A reload that reorders the areas keeps the one shown.
        let (reloaded, _) = update(state, reloaded(reordered))
        #expect(reloaded.areaIndex == 0 && reloaded.areaNames[reloaded.areaIndex] == "b")
        #expect(reloaded.document.level(of: AreaID(group: nil, name: "a")) == 2)
    }
}
