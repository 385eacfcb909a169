import Foundation
import RubricCore
import RubricRuntime
import RubricStore
import RubricUI
import Testing

/// The whole loop, key by key, with a fake terminal: input in, effects performed, frames out.
@Suite("The runtime's loop")
struct RuntimeTests {
    @Test func keysMarkSaveAndQuit() throws {
        let terminal = FakeTerminal([.key(.down), .key(.character(" ")), .key(.character("s")), .key(.character("q"))])
        let (loop, path) = try runtime(terminal)
        #expect(loop.run() == 0)
        let saved = try Rubric(bytes: LoadedFile.read(path).bytes)
        #expect(saved.currentLevels[0] == 3 && saved.total == 16)
        #expect(terminal.frames.contains { $0.rowText(22).contains("Saved to") })
    }

    @Test func theCheckRunsInTheBackgroundAndArrivesAsAnEvent() throws {
        // technical.md has one problem (line 22); it is found after the first frame.
        let terminal = FakeTerminal([.until("the check's result") { $0.rowText(22).contains("problem") },
                                     .key(.character("!")), .key(.escape), .key(.character("q"))])
        let (loop, _) = try runtime(terminal)
        #expect(loop.run() == 0)
        #expect(!terminal.frames[0].rowText(22).contains("problem"))
        #expect(terminal.frames.contains { $0.rowText(22).contains("1 problem in this file: ! lists them") })
        // The box `!` opens lists it.
        #expect(terminal.frames.contains { grid in (0..<grid.height).contains { grid.rowText($0).contains("line 22") } })
    }

    @Test func aResizeRedrawsAtTheNewSize() throws {
        let terminal = FakeTerminal([.input(.resize(Size(width: 130, height: 30))), .key(.character("q"))])
        let (loop, _) = try runtime(terminal)
        #expect(loop.run() == 0)
        // The last frame before quitting (the background check's may come before or after).
        #expect(terminal.frames.last?.width == 130 && terminal.frames.last?.height == 30)
        // Wide enough for the reading pane beside the list.
        #expect(terminal.lastScreen.contains("Level 2 of 5 (marked)"))
    }

    @Test func aClickAfterAKeyInTheSameReadHitsWhatTheKeyShows() throws {
        // Level 5's mark in Architecture's frame; Tab in the same read shows Engineering first.
        let start = try runtime(FakeTerminal([])).0.state
        let mark = try #require(Renderer.frame(update(start, .key(.tab)).0).regions.first { $0.target == HitTarget.mark(index: 4) }).rect
        let terminal = FakeTerminal([
            .batch([.key(.tab), .click(x: mark.x + 1, y: mark.y)]),
            .key(.control("c")), .key(.character("n")),
        ])
        let (loop, _) = try runtime(terminal)
        #expect(loop.run() == 0)
        #expect(loop.state.document.levels == [2, 5, 2, 2, 2, 2, 3])
    }

    @Test func aClickHitsWhatTheLastFrameDrewThere() throws {
        // Where the tab is on the first frame, and level 5's indicator once Operations shows.
        let start = try runtime(FakeTerminal([])).0.state
        let ids = start.document.areaIDs
        let tab = try #require(Renderer.frame(start).regions.first { $0.target == HitTarget.tab(ids[2]) }).rect
        let operations = update(start, .click(.tab(ids[2]))).0
        let mark = try #require(Renderer.frame(operations).regions.first { $0.target == HitTarget.mark(index: 4) }).rect
        let terminal = FakeTerminal([
            .input(.click(x: tab.x + 1, y: tab.y)),
            .input(.click(x: mark.x, y: mark.y)),
            .input(.wheel(-1)),
            .key(.control("c")), .key(.character("n")),
        ])
        let (loop, _) = try runtime(terminal)
        #expect(loop.run() == 0)
        // The tab opened Operations, the indicator marked level 5, the wheel moved up a level.
        #expect(loop.state.areaIndex == 2)
        #expect(loop.state.document.levels == [2, 2, 5, 2, 2, 2, 3])
        #expect(loop.state.cursor == 3)
    }
}
