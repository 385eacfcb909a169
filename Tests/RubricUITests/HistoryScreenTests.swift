import RubricCore
import Testing
@testable import RubricUI

@Suite("The history screen")
struct HistoryScreenTests {
    /// Three commits of the example: first as it is, then Storage 3, then Quality 4.
    private func history() throws -> ScoreHistory {
        let revisions = try revisions()
        return ScoreHistory(revisions: revisions, working: revisions[0].bytes, head: revisions[0].bytes)
    }

    private func revisions() throws -> [Revision] {
        let first = fixtureRubric("technical.md")
        let second = try Rubric(bytes: first.bytes(settingArea: 4, to: 3))
        let third = try Rubric(bytes: second.bytes(settingArea: 6, to: 4))
        return [(third, "c3", "Quality up", "2026-03-01"), (second, "b2", "Storage up", "2026-02-01"), (first, "a1", "First", "2026-01-01")]
            .map { Revision(commit: $0.1 + "full", shortCommit: $0.1, date: $0.3 + "T10:00:00+00:00", author: "Ana", subject: $0.2, parents: [], bytes: $0.0.bytes) }
    }

    @Test func itOpensAtOnceAndFillsInWhenGitAnswers() throws {
        let (opening, effects) = press(makeState(), .character("H"))
        #expect(effects == [.loadHistory] && opening.screen == .history)
        #expect(screen(opening).contains("Reading the history from git… (keys keep working; Esc goes back)"))
        // Keys act while it loads, and asking again doesn't read again.
        #expect(press(opening, .character("?")).0.screen == .help)
        let (loaded, _) = update(opening, .historyLoaded(try history()))
        let text = screen(loaded).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(text[0].contains("technical.md · history"))
        #expect(text[3] == " Total               ▁▄█  15 → 17")
        #expect(text[8] == " Storage             ▃▅▅  2 → 3")
        #expect(text.contains("▌ c3       2026-03-01  17/35  Quality up"))
        #expect(text.contains("  a1       2026-01-01  15/35  First"))
        let (again, more) = press(update(press(loaded, .escape).0, .key(.character("H"))).0)
        #expect(more.isEmpty && again.screen == .history)
    }

    @Test func enterShowsTheRevisionBesideTheCurrentMarks() throws {
        let loaded = update(press(makeState(), .character("H")).0, .historyLoaded(try history())).0
        let (compared, _) = press(loaded, .end, .enter)
        #expect(compared.screen == .levels && compared.against?.name == "a1 2026-01-01" && compared.against?.total == 15)
        #expect(compared.message?.text == "Beside a1 2026-01-01: ] [ go to the differences, x stops comparing")
        // Esc goes back to the history, not out of the program; x stops comparing.
        let (back, effects) = press(compared, .escape)
        #expect(effects.isEmpty && back.screen == .history)
        // Through the overview and back, Esc still comes back to the history.
        let (viaOverview, quitting) = press(compared, .character("o"), .escape, .escape)
        #expect(quitting.isEmpty && viaOverview.screen == .history)
        // A tab clicked on the history screen opens its area over the history too.
        let (clicked, _) = update(loaded, .click(.tab(compared.document.areaIDs[2])))
        #expect(clicked.screen == .levels && press(clicked, .escape).0.screen == .history)
        let (openedFromOverview, _) = press(compared, .character("o"), .enter, .escape)
        #expect(openedFromOverview.screen == .overview && press(openedFromOverview, .escape, .escape).0.screen == .history)
        let (alone, _) = press(compared, .character("x"))
        #expect(alone.against == nil && alone.message?.text == "No longer comparing with a1 2026-01-01")
        #expect(screen(compared).contains("x stop comparing"))
    }

    @Test func theWorkingRowIsNotComparedWithItself() throws {
        let working = try Rubric(bytes: fixtureRubric("technical.md").bytes(settingArea: 0, to: 5))
        let withWork = ScoreHistory(revisions: try revisions(), working: working.bytes, head: try revisions()[0].bytes)
        let loaded = update(press(makeState(), .character("H")).0, .historyLoaded(withWork)).0
        let (pressed, _) = press(loaded, .enter)
        #expect(pressed.screen == .history && pressed.against == nil)
        #expect(pressed.message?.text == "That row is this file as saved now; choose a commit to compare with")
    }

    @Test func theHelpListsHOnceAndTheTotalsLineUp() throws {
        #expect(KeyMap.history.bindings.filter { $0.keys.contains(.character("H")) }.map(\.action) == [.back])
        let low = try Rubric(bytes: fixtureRubric("technical.md").bytes(withLevels: [0, 0, 1, 1, 1, 1, 1]))
        let revisions = [Revision(commit: "d4full", shortCommit: "d4", date: "2026-04-01T10:00:00+00:00", author: "Ana", subject: "Reset",
                                  parents: [], bytes: low.bytes)]
        let ragged = update(press(makeState(), .character("H")).0,
                            .historyLoaded(ScoreHistory(revisions: revisions + (try self.revisions()), working: low.bytes, head: low.bytes))).0
        let text = screen(ragged)
        #expect(text.contains("d4       2026-04-01   5/35  Reset"), "\(text)")
        #expect(text.contains("c3       2026-03-01  17/35  Quality up"), "\(text)")
    }

    @Test func areasThatDontFitAreSaid() throws {
        let small = AppState(rubric: fixtureRubric("technical.md"), fileName: "technical.md", size: Size(width: 53, height: 17))
        let loaded = update(press(small, .character("H")).0, .historyLoaded(try history())).0
        let text = screen(loaded)
        #expect(text.contains(" … 2 more areas (a taller terminal shows them)\n────"), "\(text)")
        // The rows the three entries don't need go to the sparklines.
        #expect(text.contains(" Storage             ▃▅▅  2 → 3\n"))
        #expect(!screen(update(press(makeState(height: 40), .character("H")).0, .historyLoaded(try history())).0).contains("more areas"))
        // The smallest sizes draw without a row for it.
        for height in [10, 11, 12] {
            let tiny = AppState(rubric: fixtureRubric("technical.md"), fileName: "technical.md", size: Size(width: 40, height: height))
            #expect(screen(update(press(tiny, .character("H")).0, .historyLoaded(try history())).0).contains("Total"))
        }
    }

    @Test func whatTheCommandLineWarnsOfIsSaidToo() throws {
        let warnings = ["b2: technical.md is not a rubric there (no areas); left out", "this is a shallow clone: commits before the oldest one here are missing"]
        let loaded = update(press(makeState(), .character("H")).0, .historyLoaded(try history(), warnings: warnings)).0
        #expect(loaded.message?.text == "b2: technical.md is not a rubric there (no areas); left out (and 1 more: rubric history lists them)")
    }

    @Test func aLongListScrollsAsLittleAsItCan() throws {
        let first = fixtureRubric("technical.md")
        let revisions = try (0..<30).map { index in
            Revision(commit: "c\(index)full", shortCommit: "c\(index)", date: "2026-01-01T10:00:00+00:00", author: "Ana", subject: "s\(index)",
                     parents: [], bytes: try first.bytes(settingArea: 0, to: index % 2 == 0 ? 1 : 3))
        }
        let small = AppState(rubric: first, fileName: "technical.md", size: Size(width: 80, height: 20))
        var state = update(press(small, .character("H")).0, .historyLoaded(ScoreHistory(revisions: revisions))).0
        let height = HistoryScreen.listHeight(state)
        for step in 1...12 {
            state = press(state, .down).0
            // The selection stays in view, at the bottom once it has reached it.
            #expect(state.historyScroll == max(0, step - height + 1), "step \(step)")
            #expect(screen(state).contains("▌ c\(step) "))
        }
        state = press(state, .up, .up).0
        #expect(state.historyScroll == max(0, 12 - height + 1))
        #expect(press(state, .home).0.historyScroll == 0)
    }

    @Test func aFailureIsSaidOnTheScreen() {
        let failed = update(press(makeState(), .character("H")).0, .historyFailed("technical.md is not in a git repository, so it has no history")).0
        #expect(screen(failed).contains("No history: technical.md is not in a git repository"))
        #expect(press(failed, .enter).0.screen == .history)
    }
}
