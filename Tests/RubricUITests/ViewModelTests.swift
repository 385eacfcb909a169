import RubricCore
import Testing
@testable import RubricUI

@Suite("View model transitions")
struct ViewModelTests {
    @Test func cursorsStartOnTheMarkedLevel() {
        let state = makeState()
        #expect(state.document.areaIDs.map(state.cursor(in:)) == [1, 1, 1, 1, 1, 1, 2])
        #expect(state.areaIndex == 0 && !state.isModified)
    }

    @Test func areasWrapBothWays() {
        #expect(press(makeState(), .left).0.areaIndex == 6)
        #expect(press(makeState(), .backTab).0.areaIndex == 6)
        #expect(press(makeState(), .character("h")).0.areaIndex == 6)
        #expect(press(makeState(), .right, .tab, .character("l")).0.areaIndex == 3)
        #expect(press(makeState(), .left, .right).0.areaIndex == 0)
        #expect(press(makeState(), .left, .right, .right).0.areaIndex == 1)
    }

    @Test func levelsMoveAndStopAtTheEnds() {
        #expect(press(makeState(), .down).0.cursor == 2)
        #expect(press(makeState(), .character("j"), .character("j"), .character("j"), .character("j")).0.cursor == 4)
        #expect(press(makeState(), .up, .character("k"), .up).0.cursor == 0)
        #expect(press(makeState(), .end).0.cursor == 4)
        #expect(press(makeState(), .character("G"), .character("g")).0.cursor == 0)
        #expect(press(makeState(), .home).0.cursor == 0)
        #expect(press(makeState(), .pageDown, .pageDown, .pageDown).0.cursor == 4)
        #expect(press(makeState(), .pageUp, .pageUp).0.cursor == 0)
    }

    @Test func eachAreaKeepsItsOwnCursor() {
        let (state, _) = press(makeState(), .down, .down, .right, .up, .left)
        #expect(state.cursor == 3)
        #expect(state.cursor(in: state.document.areaIDs[1]) == 0)
    }

    @Test func toggleMarksOneLevelAndUnmarksTheOthers() {
        let (marked, effects) = press(makeState(), .down, .character(" "))
        #expect(effects.isEmpty)
        #expect(marked.chosenLevels[0] == 3 && marked.total == 16 && marked.isModified)
        let (cleared, _) = press(marked, .character(" "))
        #expect(cleared.chosenLevels[0] == 0 && cleared.total == 13)
        let (again, _) = press(cleared, .up, .character(" "))
        #expect(again.chosenLevels[0] == 2 && !again.isModified)
    }

    @Test func digitsMarkThatLevel() {
        let (state, _) = press(makeState(), .character("4"))
        #expect(state.chosenLevels[0] == 4 && state.cursor == 3)
        let (cleared, _) = press(state, .character("0"))
        #expect(cleared.chosenLevels[0] == 0 && cleared.cursor == 3)
        let (tooHigh, _) = press(state, .character("9"))
        #expect(tooHigh.chosenLevels[0] == 4)
        #expect(tooHigh.message == .init(text: "Architecture has 5 levels", isError: true))
    }

    @Test func undoAndRedoFollowTheChanges() {
        let (changed, _) = press(makeState(), .character("5"), .right, .character("1"))
        #expect(changed.chosenLevels == [5, 1, 2, 2, 2, 2, 3])
        let (once, _) = press(changed, .character("u"))
        #expect(once.chosenLevels == [5, 2, 2, 2, 2, 2, 3] && once.areaIndex == 1)
        let (twice, _) = press(once, .character("u"))
        #expect(twice.chosenLevels == [2, 2, 2, 2, 2, 2, 3] && !twice.isModified && twice.areaIndex == 0)
        #expect(press(twice, .character("u")).0.message?.text == "Nothing to undo")
        let (redone, _) = press(twice, .control("r"), .control("r"))
        #expect(redone.chosenLevels == changed.chosenLevels)
        #expect(press(redone, .control("r")).0.message?.text == "Nothing to redo")
        // A new change after undo drops the redo history.
        let (branched, _) = press(once, .character("3"), .control("r"))
        #expect(branched.chosenLevels == [5, 3, 2, 2, 2, 2, 3])
    }

    @Test func saveAsksTheShellToWriteTheMarkedDocument() throws {
        let (state, effects) = press(makeState(), .character("1"), .character("s"))
        let expected = try fixtureRubric("technical.md").bytes(settingArea: 0, to: 1)
        #expect(effects == [.save(bytes: expected, allowing: [])])
        #expect(press(state, .control("s")).1 == [.save(bytes: expected, allowing: [])])
        let saved = try Rubric(bytes: expected)
        let (after, more) = update(state, .saveSucceeded(path: "/tmp/x.md", saved: saved))
        #expect(more == [.check] && !after.isModified)
        #expect(after.message == .init(text: "Saved to /tmp/x.md", isError: false))
        // Undo after a save makes the session differ from the file again.
        #expect(press(after, .character("u")).0.isModified)
    }

    @Test func failedSaveKeepsTheChanges() {
        let (state, _) = press(makeState(), .character("1"), .character("s"))
        let (after, effects) = update(state, .saveFailed(reason: "cannot write: no space left on device"))
        #expect(effects.isEmpty && after.isModified && after.chosenLevels[0] == 1)
        #expect(after.message == .init(text: "Not saved: cannot write: no space left on device", isError: true))
    }

    @Test func quittingWithoutChangesIsImmediate() {
        #expect(press(makeState(), .character("q")).1 == [.quit])
        #expect(press(makeState(), .escape).1 == [.quit])
        #expect(press(makeState(), .control("c")).1 == [.quit])
    }

    @Test func quittingWithChangesAsks() throws {
        let (asking, effects) = press(makeState(), .character("1"), .character("q"))
        #expect(effects.isEmpty && asking.prompt == .quit)
        #expect(press(asking, .character("c")).0.isIdle)
        #expect(press(asking, .escape).0.isIdle)
        #expect(press(asking, .character("x")).0.prompt == .quit)
        #expect(press(asking, .character("n")).1 == [.quit])
        let (saving, saveEffects) = press(asking, .character("y"))
        guard case .save(let bytes, []) = saveEffects.first else { Issue.record("no save"); return }
        let (_, done) = update(saving, .saveSucceeded(path: "x", saved: try Rubric(bytes: bytes)))
        #expect(done == [.quit])
        // A failed save on the way out stays in the program.
        let (stayed, none) = update(saving, .saveFailed(reason: "read-only file system"))
        #expect(none.isEmpty && stayed.isIdle && stayed.isModified)
    }

    @Test func promptsTakeEitherCaseAndEscOrCtrlCCancel() {
        let (asking, _) = press(makeState(), .character("1"), .character("q"))
        #expect(press(asking, .character("N")).1 == [.quit])
        #expect(press(asking, .character("C")).0.isIdle)
        #expect(press(asking, .control("c")).0.isIdle)
        #expect(press(asking, .control("x")).0.prompt == .quit)
        let (modified, _) = press(makeState(), .character("1"), .character("s"))
        let (conflict, _) = update(modified, .fileChangedOnDisk)
        #expect(press(conflict, .character("O")).1 == [.save(bytes: modified.document.bytes, allowing: .changedOnDisk)])
        #expect(press(conflict, .escape).0.isIdle)
        let (confirm, _) = press(conflict, .character("R"))
        #expect(confirm.prompt == .reload)
        #expect(press(confirm, .character("Y")).1 == [.reload])
        #expect(press(confirm, .character("C")).0.isIdle)
        #expect(press(confirm, .control("c")).0.isIdle)
    }

    @Test func helpOpensAndAnyKeyClosesIt() {
        let (help, _) = press(makeState(), .character("?"))
        #expect(help.screen == .help)
        let (closed, effects) = press(help, .character("q"))
        #expect(closed.isIdle && effects.isEmpty)
    }

    @Test func detailsExpandOnTheSelectedLevel() {
        let (state, _) = press(makeState(), .right, .character("d"))
        #expect(state.expanded == [.init(area: state.document.areaIDs[1], level: 1)])
        #expect(press(state, .character("d")).0.expanded.isEmpty)
        let (none, _) = press(makeState(), .character("d"))
        #expect(none.expanded.isEmpty && none.message?.text == "This level has no details")
    }

    @Test func terminalKeysBecomeEffects() {
        #expect(press(makeState(), .control("l")).1 == [.redraw])
        #expect(press(makeState(), .control("z")).1 == [.suspend])
    }

    @Test func changedOnDiskOffersOverwriteReloadCancel() {
        let (modified, _) = press(makeState(), .character("1"), .character("s"))
        let (conflict, _) = update(modified, .fileChangedOnDisk)
        #expect(conflict.prompt == .conflict)
        #expect(press(conflict, .character("o")).1 == [.save(bytes: modified.document.bytes, allowing: .changedOnDisk)])
        #expect(press(conflict, .character("c")).0.isIdle)
        let (confirm, none) = press(conflict, .character("r"))
        #expect(confirm.prompt == .reload && none.isEmpty)
        #expect(press(confirm, .character("n")).0.isIdle)
        #expect(press(confirm, .character("y")).1 == [.reload])
        let (reloaded, _) = update(confirm, reloaded(fixtureRubric("technical.md")))
        #expect(!reloaded.isModified && reloaded.chosenLevels[0] == 2)
    }

    @Test func resizeKeepsTheSelectionInView() {
        let (small, _) = press(makeState(width: 40, height: 10), .end)
        let layout = LevelListLayout(area: small.currentArea, id: small.area, expanded: [], width: 40, height: 4)
        let lines = layout.levelLines[4]
        // Fully in view, or from its first line when it is taller than the body.
        let top = small.shownTop
        #expect(top <= lines.lowerBound && (lines.upperBound <= top + 4 || top == lines.lowerBound))
        #expect(top > 0)
        let (large, _) = update(small, .resize(Size(width: 120, height: 40)))
        #expect(large.shownTop == 0)
    }
}

@Suite("Offering back a rescue copy")
struct RescueOfferTests {
    @Test func openingTheRescueMarksIsOneUndoableChange() throws {
        var state = makeState()
        let copy = try Rubric(bytes: fixtureRubric("technical.md").bytes(settingArea: 0, to: 5))
        state.offerRescue(copy, path: "/tmp/technical.md.save", others: [])
        #expect(state.isOfferingRescue)
        #expect(Renderer.render(state).rowText(22).contains("Unsaved changes in technical.md.save (newer than the file): (o)pen (i)gnore"))
        #expect(press(state, .character("x")).0.isOfferingRescue)
        let (opened, _) = press(state, .character("o"))
        #expect(opened.isIdle && opened.chosenLevels[0] == 5 && opened.isModified)
        #expect(opened.message?.text == "Marks from technical.md.save loaded; save to keep them")
        #expect(!press(opened, .character("u")).0.isModified)
        // Declined, the copy would be offered at every start: removing it is offered.
        let (ignored, _) = press(state, .character("i"))
        #expect(!ignored.isModified)
        #expect(ignored.promptText == "Remove technical.md.save, whose marks are not in the file? (y)es (n)o")
        #expect(press(ignored, .character("y")).1 == [.removeRescueCopies(paths: ["/tmp/technical.md.save"])])
        #expect(press(ignored, .character("n")).0.isIdle && press(ignored, .character("n")).1.isEmpty)
        // Esc puts the question off without asking more.
        #expect(press(state, .escape).0.isIdle)
    }

    @Test func olderCopiesAreOfferedForRemovalOnceTheNewestIsTaken() throws {
        var state = makeState()
        let copy = try Rubric(bytes: fixtureRubric("technical.md").bytes(settingArea: 0, to: 5))
        state.offerRescue(copy, path: "/t/a.md.save.2", others: ["/t/a.md.save", "/t/a.md.save.1"])
        let (opened, _) = press(state, .character("o"))
        #expect(opened.promptText == "Marks from a.md.save.2 loaded; save to keep them. Remove the 2 other rescue copies? (y)es (n)o")
        let (removing, effects) = press(opened, .character("y"))
        #expect(effects == [.removeRescueCopies(paths: ["/t/a.md.save", "/t/a.md.save.1"])])
        #expect(update(removing, .rescueCopiesRemoved(count: 2, failure: nil)).0.message?.text == "Removed 2 rescue copies")
        let (ignored, _) = press(state, .character("i"))
        #expect(ignored.promptText == "Remove a.md.save.2 and the 2 other rescue copies, whose marks are not in the file? (y)es (n)o")
    }

    @Test func anUnusableCopyIsSaidAndOfferedForRemoval() {
        var state = makeState()
        state.reportUnusableRescue(path: "/t/technical.md.save", problem: "is empty (a rescue cut short)", others: [])
        #expect(state.promptText == "technical.md.save is empty (a rescue cut short): remove it? (y)es (n)o")
        #expect(press(state, .character("y")).1 == [.removeRescueCopies(paths: ["/t/technical.md.save"])])
    }

    @Test func aCopyWithOtherAreasIsNotApplied() throws {
        var state = makeState()
        state.offerRescue(try Rubric(bytes: Array("## Other\n\n1. a\n".utf8)), path: "x.save", others: [])
        #expect(state.isIdle)
        #expect(state.message?.text == "x.save has other areas than this file (it may have been cut short); open it with: rubric x.save")
    }
}

@Suite("A file whose score line no longer fits")
struct StatedScoreTests {
    /// The example with `## Engineering` typed without its space: six areas, 13/30 where the
    /// score line says 15/35.
    private func typo() throws -> AppState {
        let text = String(decoding: fixtureRubric("technical.md").bytes, as: UTF8.self)
            .replacingOccurrences(of: "\n## Engineering\n", with: "\n##Engineering\n")
        return AppState(rubric: try Rubric(bytes: Array(text.utf8)), fileName: "me.md", size: Size(width: 80, height: 24))
    }

    @Test func itIsSaidWhenTheFileOpens() throws {
        let state = try typo()
        #expect(state.message?.text == "The score line says 15/35, the file reads as 6 areas, 13/30: see !")
        #expect(makeState().message == nil)
    }

    @Test func aSaveThatChangesTheMaximumAsksFirst() throws {
        let (asking, effects) = press(try typo(), .character("s"))
        #expect(effects.isEmpty)
        #expect(asking.promptText == "The score line says 15/35; saving writes 13/30, as the file now reads (! says why). Save? (y)es (n)o")
        let (declined, none) = press(asking, .character("n"))
        #expect(none.isEmpty && declined.prompt == nil && declined.message?.text == "Not saved")
        let (_, saving) = press(asking, .character("y"))
        #expect(saving == [.save(bytes: try typo().document.bytes, allowing: [])])
        // Asked once a session.
        let again = press(press(asking, .character("y")).0, .character("1"), .character("s"))
        #expect(again.0.prompt == nil && again.1.count == 1)
    }
}
