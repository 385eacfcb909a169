import RubricCore
import Testing
@testable import RubricUI

@Suite("Searching the levels")
struct SearchTests {
    private func typing(_ text: String, into state: AppState) -> AppState {
        text.reduce(state) { press($0, .character($1)).0 }
    }

    @Test func matchesAreCountedAsYouType() {
        var state = press(makeState(), .character("/")).0
        #expect(state.prompt == .search)
        state = typing("arch", into: state)
        #expect(screen(state).contains("/arch▏ (6 levels)"))
        state = typing("itectural g", into: state)
        #expect(state.search.matches.count == 1)
        state = typing("zz", into: state)
        #expect(screen(state).contains("(no match)"))
        state = press(state, .backspace, .backspace).0
        #expect(state.search.matches.count == 1)
    }

    /// The index is made in the background: what is typed before it comes is matched when
    /// it does, and an index asked for by an earlier prompt is not taken.
    @Test func typingDoesNotWaitForTheIndex() {
        var (state, effects) = update(makeState(), .key(.character("/")))
        #expect(effects == [.indexSearch(request: 1)])
        let index = indexed(state)
        state = update(state, .key(.escape)).0
        (state, effects) = update(state, .key(.character("/")))
        #expect(effects == [.indexSearch(request: 2)])
        for letter in "arch" { state = update(state, .key(.character(letter))).0 }
        #expect(screen(state).contains("/arch▏ (searching…)"))
        state = update(state, .searchIndexed(index, request: 1)).0
        #expect(screen(state).contains("/arch▏ (searching…)"))
        state = update(state, .searchIndexed(index, request: 2)).0
        #expect(screen(state).contains("/arch▏ (6 levels)"))
        // Enter before the index comes goes to the match all the same.
        state = update(update(state, .key(.escape)).0, .key(.character("/"))).0
        for letter in "mentors" { state = update(state, .key(.character(letter))).0 }
        state = update(state, .key(.enter)).0
        #expect(state.areaIndex == 1 && state.cursor == 2)
    }

    @Test func enterGoesToTheFirstMatchFromHereAndNWraps() {
        var state = typing("error budget", into: press(makeState(), .character("/")).0)
        #expect(state.search.matches.map(\.level) == [1, 2])
        state = press(state, .enter).0
        #expect(state.prompt == nil && state.areaIndex == 2 && state.cursor == 1)
        #expect(state.message?.text == "Match 1 of 2 for \"error budget\"")
        state = press(state, .character("n")).0
        #expect(state.areaIndex == 2 && state.cursor == 2)
        state = press(state, .character("n")).0
        #expect(state.cursor == 1)
        state = press(state, .character("N")).0
        #expect(state.cursor == 2)
    }

    @Test func aMatchInDetailsOpensThem() {
        let state = press(typing("mentors", into: press(makeState(), .character("/")).0), .enter).0
        #expect(state.areaIndex == 1 && state.cursor == 2)
        #expect(state.expanded.contains(.init(area: state.area, level: 2)))
        #expect(screen(state).contains("mentors"))
    }

    @Test func matchesAreHighlightedAndEscCancels() {
        let state = typing("team", into: press(makeState(), .character("/")).0)
        let grid = Renderer.render(state)
        let row = (0..<grid.height).first { grid.rowText($0).contains("their team owns") }!
        let column = grid.rowText(row).distance(of: "team")
        #expect((0..<4).allSatisfy { grid[column + $0, row].role == .searchMatch })
        let (cancelled, _) = press(state, .escape)
        #expect(cancelled.prompt == nil && cancelled.search.query.isEmpty && cancelled.areaIndex == 0)
        #expect(!Renderer.render(cancelled).cells.contains { $0.role == .searchMatch })
        // Esc cancels the search, not the program.
        #expect(press(state, .escape).1.isEmpty)
    }

    @Test func nWithoutASearchSaysHow() {
        #expect(press(makeState(), .character("n")).0.message?.text == "No search yet: / searches")
        let none = press(typing("qqqq", into: press(makeState(), .character("/")).0), .enter).0
        #expect(none.message?.text == "No level holds \"qqqq\"" && none.message?.isError == true)
    }

    @Test func caseAndWideCharactersAreMatched() throws {
        let rubric = try Rubric(bytes: Array("## Ünïcode\n\n1. 日本語 ÉCOLE\n2. other\n".utf8))
        var state = AppState(rubric: rubric, fileName: "u.md", size: Size(width: 40, height: 12))
        state = typing("école", into: press(state, .character("/")).0)
        #expect(state.search.matches.count == 1)
        let grid = Renderer.render(state)
        let row = (0..<grid.height).first { grid.rowText($0).contains("ÉCOLE") }!
        // After three wide characters (six columns) and a space.
        let start = (0..<grid.width).first { grid[$0, row].role == .searchMatch }!
        #expect(grid[start, row].character == "É")
    }
}

extension String {
    /// The column where `text` starts, counting characters (the tests use narrow text).
    func distance(of text: String) -> Int { distance(from: startIndex, to: range(of: text)!.lowerBound) }
}
