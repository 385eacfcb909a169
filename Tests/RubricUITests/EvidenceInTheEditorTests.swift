import RubricCore
import Testing
@testable import RubricUI

@Suite("Evidence in the editor")
struct EvidenceInTheEditorTests {
    private func promotion(width: Int = 100) -> AppState { makeState("promotion.md", width: width, height: 30) }

    /// E hands the area's evidence to the editor; what comes back is an undoable change that
    /// the next save writes.
    @Test func editingIsAnUndoableChangeThatASaveWrites() throws {
        let start = promotion()
        var (state, effects) = press(start, .right, .character("E"))
        let delivery = start.document.areaIDs[1]
        #expect(effects == [.editEvidence(area: delivery, text: start.rubric.evidenceText(ofArea: 1)!)])
        (state, effects) = update(state, .evidenceEdited(area: delivery, text: "- Shipped billing\n\n"))
        #expect(state.document.evidenceText(of: delivery) == "- Shipped billing")
        #expect(state.isModified && state.message?.text == "Evidence for Delivery changed: s saves it, u undoes it")
        let (_, saving) = press(state, .character("s"))
        #expect(saving == [.save(bytes: try start.rubric.bytes(withLevels: start.rubric.currentLevels, evidence: [.replace(area: 1, text: "- Shipped billing")]),
                                 allowing: [])])
        (state, _) = press(state, .character("u"))
        #expect(state.document.evidenceText(of: delivery) == start.rubric.evidenceText(ofArea: 1) && !state.isModified)
    }

    @Test func evidenceThatWouldNotReadBackIsNotTaken() {
        let start = promotion()
        let (state, _) = update(start, .evidenceEdited(area: start.document.areaIDs[0], text: "## Sneaky\n1. a"))
        #expect(!state.isModified)
        #expect(state.message?.text.hasPrefix("Evidence not taken: a shallow heading") == true)
        // The text written is not lost: E opens it again.
        #expect(press(state, .character("E")).1 == [.editEvidence(area: start.document.areaIDs[0], text: "## Sneaky\n1. a")])
        let (failed, _) = update(start, .evidenceEditFailed("the editor exited with status 1 (vi)"))
        #expect(failed.message?.text == "Evidence unchanged: the editor exited with status 1 (vi)" && !failed.isModified)
    }

    @Test func theBoxThePaneAndTheOverviewShowIt() {
        let (box, _) = press(promotion(), .right, .character("e"))
        #expect(box.screen == .evidence)
        let shown = screen(box)
        #expect(shown.contains("Evidence: Delivery") && shown.contains("- Ran the weekly demo for the payments project"))
        #expect(screen(press(promotion(), .character("e")).0).contains("No evidence yet: E writes some in your editor"))
        let wide = screen(press(promotion(width: 130), .right).0)
        #expect(wide.contains("│ Evidence") && wide.contains("│ - Ran the weekly demo for the payments project"))
        let overview = screen(press(promotion(), .character("o")).0)
        #expect(overview.contains("Architecture  ██░░░  2/5 →3    -  "))
        #expect(overview.contains("Delivery      ███░░  3/5 →4   2✎  "))
        #expect(overview.contains("Mentoring     ███░░  3/5      1✎  "))
    }
}

@Suite("Evidence in a rescue copy")
struct EvidenceRescueTests {
    /// Evidence written before a hang-up comes back with the marks and the target.
    @Test func aRescueCopyBringsBackItsEvidence() throws {
        var state = makeState("promotion.md")
        let rubric = state.rubric
        let copy = try Rubric(bytes: try rubric.bytes(withLevels: [3, 3, 2, 3], target: .set("Staff Engineer"), evidence: [.note(area: 0, text: "Wrote the RFC")]))
        state.offerRescue(copy, path: "/tmp/promotion.md.save", others: [])
        let (restored, _) = press(state, .character("o"))
        #expect(restored.document.evidenceText(of: restored.document.areaIDs[0]) == "- Wrote the RFC")
        #expect(restored.document.target == "Staff Engineer")
        #expect(restored.document.bytes == copy.bytes)
    }
}
