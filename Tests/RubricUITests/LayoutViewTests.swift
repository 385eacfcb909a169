import RubricCore
import Testing
@testable import RubricUI

/// The other layouts in the editor: level names on the rows, markdown a reader doesn't see,
/// and levels a file has no place for.
@Suite("Layouts in the editor")
struct LayoutViewTests {
    @Test func aTableShowsEachLevelsNameAndItsCell() {
        let state = press(makeState("table.md", width: 60, height: 16), .right, .right).0
        let text = screen(state)
        #expect(text.contains("▌1 ○ Associate (P1)\n     Learns from reviews"), "\(text)")
        // Bold markers and the escaped pipe are markdown, not text.
        #expect(text.contains("Reviews peers' work | pairs") && !text.contains("\\|") && !text.contains("**"))
        #expect(text.contains(" Systems 3/4 │ Reliability 0/4 │ Mentoring 0/4"))
    }

    @Test func aMissingLevelSaysSoAndCannotBeMarked() {
        let state = press(makeState("table-crlf-bom.md", width: 60, height: 16), .right, .right).0
        #expect(state.currentArea.name == "Short")
        #expect(screen(state).contains("(not in this file: no cell or entry for this level)"))
        let (refused, effects) = press(state, .character("2"))
        #expect(effects.isEmpty && refused.chosenLevels == state.chosenLevels)
        #expect(refused.message?.text == "Short has no level 2 in this file to mark (its cell or entry is missing)")
        #expect(press(state, .character("1")).0.chosenLevels[2] == 1)
    }

    @Test func headingsShowTheLevelHeadingAsTheName() {
        let text = screen(press(makeState("headings.md", width: 70, height: 20), .right).0)
        #expect(text.contains("▌1 ● Support Engineer I\n     Resolution: solves common tickets with the knowledge base."), "\(text)")
    }
}
