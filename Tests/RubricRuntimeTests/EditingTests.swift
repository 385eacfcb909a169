import Foundation
import RubricCore
import RubricRuntime
import RubricUI
import Testing

/// Editing as a person does it, key by key through the whole loop with a fake terminal, the
/// file's bytes read back: what needs no real terminal to be shown.
@Suite("Editing through the loop")
struct EditingTests {
    private let example = bytes(fixturePath("technical.md"))

    @Test func theQuitQuestionCanBeCancelledDiscardOrSave() throws {
        let discard = FakeTerminal([.key(.character("5")), .key(.character("q")), .key(.character("c")), .key(.escape), .key(.character("n"))])
        let (first, path) = try runtime(discard)
        #expect(first.run() == 0)
        #expect(discard.frames.contains { $0.text.contains("Save changes? (y)es (n)o (c)ancel") })
        // Cancelled, the change is still there; then discarded.
        #expect(discard.frames.contains { $0.text.contains("Score 18/35") })
        #expect(bytes(path) == example)
        let keep = FakeTerminal([.key(.tab), .key(.character("j")), .key(.character("j")), .key(.enter), .key(.control("c")), .key(.character("y"))])
        let (second, kept) = try runtime(keep)
        #expect(second.run() == 0)
        // Engineering at 4 instead of 2 (the end-to-end tests spell these bytes out).
        #expect(bytes(kept) == (try Rubric(bytes: example).bytes(settingArea: 1, to: 4)))
    }

    @Test func undoReturnsToTheSavedState() throws {
        let terminal = FakeTerminal([.key(.right), .key(.character("1")), .key(.left), .key(.character("3")), .key(.character("u")),
                                     .key(.character("u")), .key(.control("r")), .key(.character("u")), .key(.character("q"))])
        let (loop, path) = try runtime(terminal)
        // Back at the saved marks, q asks nothing.
        #expect(loop.run() == 0)
        let texts = terminal.frames.map(\.text)
        #expect(texts.contains { $0.contains("Architecture 3/5") } && texts.contains { $0.contains("Engineering 1/5") })
        #expect(texts.last?.contains("saved") == true)
        #expect(bytes(path) == example)
    }

    @Test func enterOnTheMarkedLevelKeepsIt() throws {
        let terminal = FakeTerminal([.key(.enter), .key(.enter), .key(.down), .key(.enter), .key(.up), .key(.enter), .key(.character("q"))])
        let (loop, path) = try runtime(terminal)
        #expect(loop.run() == 0)
        #expect(terminal.frames.contains { $0.text.contains("Architecture 3/5") })
        #expect(terminal.frames.last?.text.contains("saved") == true)
        #expect(bytes(path) == example)
    }

    @Test func detailsOpenWithD() throws {
        let terminal = FakeTerminal([.key(.character("l")), .key(.character("d")), .key(.character("q"))])
        let (loop, _) = try runtime(terminal)
        #expect(loop.run() == 0)
        #expect(terminal.frames.contains { $0.text.contains("▸ Other items for discussion") })
        #expect(terminal.frames.contains { $0.text.contains("Can review code authored by engineers") })
    }

    @Test func theOverviewOpensAnAreaToMark() throws {
        let terminal = FakeTerminal([.key(.character("o")), .key(.down), .key(.down), .key(.enter), .key(.character("4")), .key(.character("s")),
                                     .key(.character("q"))])
        let (loop, path) = try runtime(terminal)
        #expect(loop.run() == 0)
        let texts = terminal.frames.map(\.text)
        #expect(texts.contains { $0.contains("technical.md · overview") && $0.contains(" Total  15/35  43%") })
        #expect(texts.contains { $0.contains("▌  Operations") })
        #expect(texts.contains { $0.contains("Saved to") })
        #expect(bytes(path) == (try Rubric(bytes: example).bytes(settingArea: 2, to: 4)))
    }

    @Test func searchGoesToAMatchAndNToTheNext() throws {
        let typed = "error budget".map { FakeTerminal.Step.key(.character($0)) }
        let terminal = FakeTerminal([.key(.character("/"))] + typed + [.key(.enter), .key(.character("n")), .key(.character(" ")),
                                                                     .key(.character("s")), .key(.character("q"))])
        let (loop, path) = try runtime(terminal)
        #expect(loop.run() == 0)
        let texts = terminal.frames.map(\.text)
        #expect(texts.contains { $0.contains("/error budget▏ (2 levels)") })
        #expect(texts.contains { $0.contains("Match 1 of 2 for \"error budget\"") } && texts.contains { $0.contains("Match 2 of 2") })
        #expect(bytes(path) == (try Rubric(bytes: example).bytes(settingArea: 2, to: 3)))
    }

    @Test func keysChangeNothingWhileTheTerminalIsTooSmall() throws {
        let terminal = FakeTerminal(size: Size(width: 39, height: 10), [
            .key(.character("j")), .key(.character(" ")), .key(.character("3")), .key(.enter), .key(.right),
            .input(.resize(Size(width: 80, height: 24))), .key(.character("5")), .input(.resize(Size(width: 30, height: 8))),
            .key(.character("q")), .key(.character("n")),
        ])
        let (loop, path) = try runtime(terminal)
        #expect(loop.run() == 0)
        let texts = terminal.frames.map(\.text)
        #expect(texts.first?.contains("39×10, needs 40×10") == true)
        // Back at full size nothing had changed: the marks, the selection, the area.
        let restored = try #require(terminal.frames.first { $0.width == 80 }?.text)
        #expect(restored.contains("Architecture 2/5") && restored.contains("saved") && restored.contains("▌2 ● Articulates"), "\(restored)")
        // Quitting from the small screen asks about unsaved work, in a form that fits.
        #expect(texts.contains { $0.contains("30×8, needs 40×10") && $0.contains("Save changes? (y)es (n)o") })
        #expect(bytes(path) == example)
    }

    @Test func theScoreBarKeepsItsLengthAndTheHintsStayWhole() throws {
        let terminal = FakeTerminal(size: Size(width: 61, height: 20), [.key(.character("5")), .key(.character("q")), .key(.character("n"))])
        let (loop, _) = try runtime(terminal)
        #expect(loop.run() == 0)
        func bar(_ grid: Grid) -> Int { grid.rowText(17).filter { $0 == "█" || $0 == "░" }.count }
        let before = terminal.frames[0], after = try #require(terminal.frames.first { $0.rowText(17).contains("● unsaved") })
        #expect(bar(before) == bar(after) && bar(before) > 0)
        let hints = after.rowText(19)
        #expect(hints.hasPrefix(" q quit  s save  Space toggle  ? help") && !hints.contains("…"), "\(hints)")
    }

    @Test func theHelpScrollsAtFortyByTen() throws {
        let terminal = FakeTerminal(size: Size(width: 40, height: 10), [
            .key(.character("?")), .key(.down), .key(.end), .key(.home), .key(.escape), .key(.character("q")),
        ])
        let (loop, _) = try runtime(terminal)
        #expect(loop.run() == 0)
        let texts = terminal.frames.map(\.text)
        #expect(texts.contains { $0.contains("1-8 of") } && texts.contains { $0.contains("2-9 of") })
        // The last entry, what the mouse does, to its last line; then closed.
        #expect(texts.contains { $0.contains("terminal)") && $0.contains("the wheel") && $0.contains("moves as the arrows do") })
        #expect(texts.last?.contains("Keys") == false)
    }
}

@Suite("Choosing a target through the loop")
struct TargetEditingTests {
    /// t opens the titles, ↓ Enter aims for Staff Engineer, s saves: the file's Target: line
    /// names it, and nothing else changes.
    @Test func aTargetChosenInTheEditorIsSaved() throws {
        let terminal = FakeTerminal([.key(.character("t")), .key(.down), .key(.enter), .key(.character("s")), .key(.character("q"))])
        let (loop, path) = try runtime(terminal, fixture: "promotion.md")
        #expect(loop.run() == 0)
        let original = bytes(fixturePath("promotion.md"))
        #expect(bytes(path) == Array(String(decoding: original, as: UTF8.self)
            .replacingOccurrences(of: "Target: Senior Engineer", with: "Target: Staff Engineer").utf8))
        #expect(terminal.frames.contains { $0.text.contains("Engineer II → Staff Engineer: 5 to go") })
    }
}
