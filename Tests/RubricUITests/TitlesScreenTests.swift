import RubricCore
import Testing
@testable import RubricUI

/// What the score is worth in the editor: the score bar's title and target, the titles
/// screen, and what the target asks of each area in the overview and the levels.
@Suite("Titles in the editor")
struct TitlesScreenTests {
    private func promotion(width: Int = 100, height: Int = 30) -> AppState { makeState("promotion.md", width: width, height: height) }

    @Test func scoreBarSaysTheTitleAndHowFarTheTargetIs() {
        #expect(screen(promotion()).contains(" Score 10/20 · Engineer II → Senior Engineer: 3 to go █"))
        // Narrower, the target's name goes first, then the distance, then the title.
        #expect(screen(promotion(width: 70)).contains(" Score 10/20 · Engineer II → 3 to go █"))
        #expect(screen(promotion(width: 56)).contains(" Score 10/20 · Engineer II █"))
        #expect(screen(promotion(width: 40)).contains(" Score 10/20 █"))
    }

    @Test func choosingAndClearingATargetIsAnUndoableChangeThatASaveWrites() throws {
        let start = promotion()
        var (state, _) = press(start, .character("t"))
        #expect(state.screen == .titles)
        let shown = screen(state)
        #expect(shown.contains("● Engineer II      current title"))
        #expect(shown.contains("▌ ○ Senior Engineer  target, 3 to go"))
        #expect(shown.contains("○ one area at 4: 1 more of Delivery 3 → 4, Mentoring 3 → 4"))
        (state, _) = press(state, .down, .enter)
        #expect(state.document.target == "Staff Engineer")
        #expect(state.isModified)
        #expect(screen(state).contains("Engineer II → Staff Engineer: 5 to go"))
        let (saving, effects) = press(state, .character("s"))
        #expect(effects == [.save(bytes: start.rubric.bytes(withLevels: start.rubric.currentLevels, target: .set("Staff Engineer")), allowing: [])])
        (state, _) = press(saving, .character("c"))
        #expect(state.document.target == nil)
        #expect(screen(state).contains("Score 10/20 · Engineer II █"))
        (state, _) = press(state, .character("u"))
        #expect(state.document.target == "Staff Engineer")
        (state, _) = press(state, .character("u"))
        #expect(state.document.target == "Senior Engineer")
        #expect(!state.isModified)
        (state, _) = press(state, .escape)
        #expect(state.screen == .levels)
    }

    /// Architecture is at 2; Senior Engineer asks 3 of it, so its level 3 shows the target's mark.
    @Test func levelsAndOverviewShowWhatTheTargetAsks() {
        let levels = screen(promotion())
        #expect(levels.contains(" 3 ◎ Shapes designs"))
        #expect(levels.contains(" 4 ○ Leads the design"))
        let (overview, _) = press(promotion(), .character("o"))
        let shown = screen(overview)
        #expect(shown.contains("Architecture  ██░░░  2/5 →3"))
        #expect(shown.contains("Delivery      ███░░  3/5 →4"))
        #expect(shown.contains("Operations    ██░░░  2/5 →3"))
        #expect(shown.contains("Mentoring     ███░░  3/5     "))
        #expect(shown.contains("Total  10/20  50%  · Engineer II"))
    }

    @Test func aLadderWithoutTitlesSaysHowToAddThem() {
        let (state, _) = press(makeState(), .character("t"))
        #expect(screen(state).contains("This ladder has no titles."))
        #expect(press(state, .enter).0.document.target == nil)
    }
}

@Suite("Titles in the editor: targets met, never met and unknown")
struct TargetStatesInTheEditorTests {
    private func state(_ text: String, width: Int = 100) throws -> AppState {
        AppState(rubric: try Rubric(bytes: Array(text.utf8)), fileName: "t.md", size: Size(width: width, height: 30))
    }
    private let ladder = "## A\n\n1. a\n2. <mark>b</mark>\n\n## Titles\n<!-- rubric: titles -->\n\n- **Low**\n- **High**: A at 2\n- **Never**: A at 9\n\n## Score\n\n2/2 · High\n\n"

    @Test func aMetTargetSaysSo() throws {
        #expect(screen(try state(ladder + "Target: High\n")).contains(" Score 2/2 · High, target met █"))
        #expect(screen(try state(ladder + "Target: low\n")).contains(" Score 2/2 · High, Low met █"))
    }

    @Test func aTargetNeverMetOrNamingNoTitleSaysSo() throws {
        #expect(screen(try state(ladder + "Target: Never\n")).contains(" Score 2/2 · High → Never: never met (see !) █"))
        let unknown = try state(ladder + "Target: Principal\n")
        #expect(screen(unknown).contains(" Score 2/2 · High → Principal: no such title █"))
        let (titles, _) = press(unknown, .character("t"))
        let shown = screen(titles)
        #expect(shown.contains("The target, Principal, names no title: Enter sets one of these."))
        #expect(shown.contains("○ Never  never met (! says why)"))
    }
}
