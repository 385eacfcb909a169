import RubricCore
import Testing
@testable import RubricUI

@Suite("The history screen")
struct HistoryScreenTests {
    /// Three commits of the example: first as it is, then Storage 3, then Quality 4.
    private func history() throws -> ScoreHistory {
        let first = fixtureRubric("technical.md")
        let second = try Rubric(bytes: first.bytes(settingArea: 4, to: 3))
        let third = try Rubric(bytes: second.bytes(settingArea: 6, to: 4))
        let revisions = [(third, "c3", "Quality up", "2026-03-01"), (second, "b2", "Storage up", "2026-02-01"), (first, "a1", "First", "2026-01-01")]
            .map { Revision(commit: $0.1 + "full", shortCommit: $0.1, date: $0.3 + "T10:00:00+00:00", author: "Ana", subject: $0.2, parents: [], bytes: $0.0.bytes) }
        return ScoreHistory(revisions: revisions, working: third.bytes, head: third.bytes)
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
        #expect(compared.message?.text == "Beside a1 2026-01-01: ] [ go to the differences")
    }

    @Test func aFailureIsSaidOnTheScreen() {
        let failed = update(press(makeState(), .character("H")).0, .historyFailed("technical.md is not in a git repository, so it has no history")).0
        #expect(screen(failed).contains("No history: technical.md is not in a git repository"))
        #expect(press(failed, .enter).0.screen == .history)
    }
}
