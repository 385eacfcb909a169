import RubricCore
import Testing
@testable import RubricUI

/// The screen at every size and in every locale: what fits, what is refused while it can't
/// be seen, and what stays put.
@Suite("Fitting the screen")
struct FittingTests {
    @Test func keysDoNothingUnseenWhileTooSmall() {
        let small = makeState(width: 39, height: 10)
        let (after, effects) = press(small, .character("j"), .character(" "), .character("3"), .enter, .right, .character("?"))
        #expect(effects.isEmpty && after.chosenLevels == small.chosenLevels && after.cursors == small.cursors && after.areaIndex == 0)
        #expect(after.screen == .tooSmall && after.screens == [.levels] && after.prompt == nil)
        #expect(press(small, .control("l")).1 == [.redraw])
        #expect(press(small, .character("q")).1 == [.quit])
    }

    @Test func quittingWhileTooSmallStillAsksInAFormThatFits() {
        let (modified, _) = press(makeState(), .character("5"))
        let (small, _) = update(modified, .resize(Size(width: 30, height: 8)))
        let (asking, effects) = press(small, .control("c"))
        #expect(effects.isEmpty && asking.prompt == .quit)
        #expect(screen(asking) == """


                 Terminal too small:
                  30×8, needs 40×10
               Save changes? (y)es (n)o
                       (c)ancel


            """)
        #expect(press(asking, .character("n")).1 == [.quit])
        #expect(press(asking, .character("c")).0.prompt == nil)
    }

    @Test func asciiGlyphsOutsideAUTF8Locale() {
        let state = AppState(rubric: fixtureRubric("unicode.md"), fileName: "ünï.md", size: Size(width: 40, height: 12), glyphs: .ascii)
        let grid = Renderer.render(state)
        #expect(grid.cells.allSatisfy { $0.character.isASCII }, "\(grid.text)")
        #expect(screen(state) == """
             rubric - ?n?.md - ??            ? help
             ?? ? 2/3
            ----------------------------------------
             1 [ ] ???? ? basic

            >2 [x] Explains ? trade-offs ?

             3 [ ] Leads ??????

             Score 2/3 ########---- 67%   saved

             q quit  s save  Space toggle  ? help
            """)
    }

    @Test func asciiScrollMarksTabArrowsAndBox() {
        let narrow = AppState(rubric: fixtureRubric("technical.md"), fileName: "t.md", size: Size(width: 40, height: 10), glyphs: .ascii)
        let text = screen(narrow)
        let rows = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows[3].hasPrefix(">2 [x] Articulates") && rows[1].contains(" | Engineering") && text.hasPrefix(" rubric - t.md - Technical"))
        #expect(rows[6].hasSuffix("v"), "\(text)")
        #expect(screen(press(narrow, .right, .right).0).split(separator: "\n")[1].hasPrefix("<"))
        let help = screen(press(narrow, .character("?")).0)
        #expect(help.contains("+- Keys -") && help.contains("Left h S-Tab"))
    }

    @Test func theScoreBarKeepsItsLengthWhateverTheStatus() {
        for width in [40, 57, 80, 131] {
            let saved = makeState(width: width, height: 12)
            let (unsaved, _) = press(saved, .character("3"))
            let new = AppState(rubric: saved.rubric, fileName: "n.md", isNewFile: true, size: saved.size)
            let bars = [saved, unsaved, new].map { state in
                Renderer.render(state).cells[(9 * width)..<(10 * width)].filter { $0.role == .scoreFilled || $0.role == .scoreEmpty }.count
            }
            #expect(Set(bars).count == 1, "\(width): \(bars)")
            #expect(bars[0] > 0)
        }
        // And from 9 to 10 points, the fill grows.
        let nine = press(makeState("technical.md", width: 60, height: 12), .character("0"), .right, .character("0"), .right, .character("0")).0
        let ten = press(nine, .character("1")).0
        func filled(_ state: AppState) -> Int { Renderer.render(state).cells.filter { $0.role == .scoreFilled }.count }
        #expect(nine.total == 9 && ten.total == 10 && filled(ten) > filled(nine))
    }

    @Test func hintsAreWholeAndByPriority() {
        for width in 40...120 {
            let row = Renderer.render(makeState(width: width, height: 12)).rowText(11)
            let hints = KeyMap.levels.hints(.unicode)
            let shown = hints.filter { row.contains("  \($0)") || row.hasPrefix(" \($0)") }
            // What shows is a prefix of the priority list, each hint whole.
            #expect(shown == Array(hints.prefix(shown.count)), "\(width): \(row)")
            #expect(shown.count >= 4, "\(width): \(row)")
            #expect(!row.contains("…"))
        }
    }

    @Test func helpScrollsAndWrapsAtSmallSizes() {
        let (help, _) = press(makeState(width: 40, height: 10), .character("?"))
        let first = screen(help)
        #expect(first.contains("┌─ Keys"))
        #expect(first.contains("1-8 of"))
        // Wrapped, never cut: every word of every description can be read by scrolling.
        var seen = ""
        var state = help
        for _ in 0..<80 {
            seen += screen(state).split(separator: "\n")[1...8].joined(separator: "\n") + "\n"
            state = press(state, .down).0
        }
        #expect(state.screen == .help)
        for binding in KeyMap.levels.bindings {
            for word in binding.description.split(separator: " ") { #expect(seen.contains(word), "\(word)") }
        }
        #expect(!seen.contains("…"))
        let end = press(help, .end).0
        #expect(end.boxScroll > 0 && press(end, .down).0.boxScroll == end.boxScroll)
        #expect(press(end, .home).0.boxScroll == 0 && press(end, .pageUp).0.boxScroll < end.boxScroll)
        #expect(press(help, .pageDown).0.boxScroll > 1)
        #expect(press(help, .character("x")).0.isIdle)
    }

    @Test func theTopLineAlwaysStartsALevel() {
        // Line by line through the example at a height where levels wrap.
        for height in 10...16 {
            var state = makeState(width: 40, height: height)
            for _ in 0..<6 {
                for _ in 0..<5 {
                    state = press(state, .down).0
                    assertTopStartsALevel(state)
                }
                for _ in 0..<5 {
                    state = press(state, .up).0
                    assertTopStartsALevel(state)
                }
                state = press(state, .right).0
            }
        }
    }

    @Test func aLevelTallerThanTheBodyIsReadLineByLine() throws {
        let long = (1...30).map { "word\($0)" }.joined(separator: " ")
        let rubric = try Rubric(bytes: Array("## A\n\n1. short\n2. \(long)\n3. short\n".utf8))
        var state = AppState(rubric: rubric, fileName: "t.md", size: Size(width: 40, height: 10))
        state = press(state, .down).0
        #expect(state.cursor == 1 && state.levelsLayout.levelLines[1].count > state.levelsLayout.height)
        var seen = ""
        for _ in 0..<10 {
            seen += screen(state)
            state = press(state, .down).0
        }
        // Every word of the tall level showed on the way down, and ↓ then went on to level 3.
        for index in 1...30 { #expect(seen.range(of: "word\(index)\\b", options: .regularExpression) != nil, "word\(index)") }
        #expect(state.cursor == 2)
        // ↑ comes back up through it line by line, then to level 1.
        var up = press(state, .up).0
        #expect(up.cursor == 1)
        for _ in 0..<10 { up = press(up, .up).0 }
        #expect(up.cursor == 0)
    }

    @Test func theFirstLevelShowsTheDescriptionOnlyWhenBothFit() throws {
        let level = (1...16).map { "w\($0)" }.joined(separator: " ")
        let rubric = try Rubric(bytes: Array("## A\n\nA description.\n\n1. \(level) \(level)\n2. b\n".utf8))
        // A body of ten lines: the description and its blank line, then level 1 in full.
        let state = AppState(rubric: rubric, fileName: "t.md", size: Size(width: 20, height: 16))
        let list = state.levelsLayout
        let top = state.shownTop, first = list.levelLines[0]
        // The case that matters: level 1 fits the body, but not below the description.
        #expect(first.count <= list.height && first.upperBound > list.height)
        #expect(first.upperBound <= top + list.height, "level 1 cut: top \(top), \(first), height \(list.height)")
        #expect(press(press(state, .down).0, .up).0.shownTop == top)
    }

    private func assertTopStartsALevel(_ state: AppState, sourceLocation: SourceLocation = #_sourceLocation) {
        let list = state.levelsLayout
        let top = state.shownTop
        let selected = list.levelLines[state.cursor]
        let startsLevel = top == 0 || list.levelLines.contains { $0.lowerBound == top }
        let tallerThanBody = selected.count > list.height
        #expect(startsLevel || tallerThanBody, "top \(top) in \(list.levelLines)", sourceLocation: sourceLocation)
        if tallerThanBody {
            // Scrolled within the level, never past either end of it.
            #expect(top >= selected.lowerBound && top + list.height <= selected.upperBound, sourceLocation: sourceLocation)
        } else {
            #expect(top <= selected.lowerBound && selected.upperBound <= top + list.height, sourceLocation: sourceLocation)
        }
    }

    @Test func enterMarksAndNeverClears() {
        let state = makeState()
        #expect(state.chosenLevels[0] == 2 && state.cursor == 1)
        let (after, _) = press(state, .enter, .enter)
        #expect(after.chosenLevels[0] == 2 && !after.isModified)
        let (moved, _) = press(state, .down, .enter)
        #expect(moved.chosenLevels[0] == 3)
        #expect(press(state, .character(" ")).0.chosenLevels[0] == 0)
    }

    @Test func problemsShowAtOpeningAndListWithBang() {
        let opened = makeState()
        #expect(opened.message == nil && opened.problems.isEmpty)
        // The shell checks the file after the first frame and reports back.
        let (state, effects) = update(opened, .checked(opened.rubric.diagnostics, bytes: opened.rubric.bytes))
        #expect(effects.isEmpty && state.message?.text == "1 problem in this file: ! lists them")
        let (listed, _) = press(state, .character("!"))
        #expect(listed.screen == .problems)
        let text = screen(listed)
        #expect(text.contains("Problems") && text.contains("line 22") && text.contains("Engineering' has unbalanced"))
        #expect(press(listed, .escape).0.isIdle)
        let twoGroups = makeState("two-groups.md")
        let clean = update(twoGroups, .checked([], bytes: twoGroups.rubric.bytes)).0
        #expect(clean.message == nil)
        #expect(press(clean, .character("!")).0.isIdle)
        // A check of a document since replaced is out of date, and dropped.
        let stale = update(opened, .checked(opened.rubric.diagnostics, bytes: Array("# Other\n".utf8))).0
        #expect(stale.problems.isEmpty && stale.message == nil)
        #expect(press(clean, .character("!")).0.message?.text.hasPrefix("No problems") == true)
    }

    @Test func aNewFileSaysNewUntilItsFirstSave() throws {
        let new = AppState(rubric: try Rubric(bytes: DefaultFramework.bytes), fileName: "rubric.md", isNewFile: true, size: Size(width: 80, height: 24))
        #expect(Renderer.render(new).rowText(21).hasSuffix("  new       "))
        let (saving, effects) = press(new, .character("s"))
        guard case .save(let bytes, _) = effects.first else { Issue.record("no save"); return }
        let (saved, checking) = update(saving, .saveSucceeded(path: "rubric.md", saved: try Rubric(bytes: bytes)))
        #expect(checking == [.check])
        #expect(Renderer.render(saved).rowText(21).hasSuffix("  saved     "))
    }

    @Test func aReadOnlyFileIsAskedAbout() {
        let (modified, saveEffects) = press(makeState(), .character("1"), .character("s"))
        #expect(saveEffects == [.save(bytes: modified.document.bytes, allowing: [])])
        let (asking, _) = update(modified, .fileIsReadOnly(ReadOnlyFile()))
        #expect(asking.prompt == .readOnly(owner: nil))
        #expect(Renderer.render(asking).rowText(22).hasPrefix(" technical.md is read-only: (o)verwrite (c)ancel"))
        // While a question waits, the hint line says so instead of offering keys that wait too.
        #expect(Renderer.render(asking).rowText(23).hasPrefix(" o overwrite  c cancel  Esc cancel"))
        let (cancelled, _) = press(asking, .character("c"))
        #expect(cancelled.isIdle && cancelled.message?.text == "Not saved: technical.md is read-only")
        let (overwriting, effects) = press(asking, .character("o"))
        #expect(effects == [.save(bytes: modified.document.bytes, allowing: .readOnly)])
        // Once agreed, later saves don't ask again; a changed-on-disk answer holds for one save.
        let (conflict, _) = update(overwriting, .fileChangedOnDisk)
        let (both, more) = press(conflict, .character("o"))
        #expect(more == [.save(bytes: modified.document.bytes, allowing: [.readOnly, .changedOnDisk])])
        let (saved, _) = update(both, .saveSucceeded(path: "t.md", saved: fixtureRubric("technical.md")))
        #expect(press(saved, .character("3"), .character("s")).1.last == .save(bytes: press(saved, .character("3")).0.document.bytes, allowing: .readOnly))
    }

    @Test func aReadOnlyFileSaysWhoseItIsAndWhyItCantBeWrittenOver() {
        let (modified, _) = press(makeState(), .character("1"), .character("s"))
        let (asking, _) = update(modified, .fileIsReadOnly(ReadOnlyFile(owner: "alice")))
        #expect(asking.promptText == "technical.md is read-only (it belongs to alice): (o)verwrite (c)ancel")
        let (refused, effects) = update(modified, .fileIsReadOnly(ReadOnlyFile(owner: "alice", blocker: "its folder is not writable")))
        #expect(effects.isEmpty && refused.prompt == nil && refused.isModified)
        #expect(refused.message?.text == "Not saved: technical.md is read-only (it belongs to alice) and its folder is not writable")
    }

    @Test func theRescueOfferCountsTheCopiesAndTheCopyGoesOnceSaved() throws {
        var state = makeState()
        let copy = try Rubric(bytes: fixtureRubric("technical.md").bytes(settingArea: 0, to: 5))
        state.offerRescue(copy, path: "/tmp/x/technical-assessment.md.save.1", others: ["/tmp/x/technical-assessment.md.save"])
        // Too long for one line at 80 columns: wrapped upward over the score bar, never cut.
        #expect(screen(state).split(separator: "\n", omittingEmptySubsequences: false)[21...22] ==
                [" Unsaved changes in technical-assessment.md.save.1 (2 rescue copies in all):", " (o)pen (i)gnore"])
        let (opened, _) = press(state, .character("o"), .character("n"), .character("s"))
        let (saved, effects) = update(opened, .saveSucceeded(path: "technical.md", saved: try Rubric(bytes: opened.document.bytes)))
        #expect(effects == [.removeRescueCopies(paths: ["/tmp/x/technical-assessment.md.save.1"]), .check])
        #expect(saved.message?.text == "Saved; removed technical-assessment.md.save.1, whose marks the file now holds")
        // Saved with other marks, the file doesn't hold the copy's work: the copy stays.
        let (changed, _) = press(state, .character("o"), .character("n"), .character("1"), .character("s"))
        #expect(update(changed, .saveSucceeded(path: "technical.md", saved: try Rubric(bytes: changed.document.bytes))).1 == [.check])
        // Ignored, it stays too.
        let (ignored, _) = press(state, .character("i"), .character("n"), .character("1"), .character("s"))
        #expect(update(ignored, .saveSucceeded(path: "technical.md", saved: try Rubric(bytes: ignored.document.bytes))).1 == [.check])
    }
}
