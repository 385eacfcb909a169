import RubricCore
import Testing
@testable import RubricUI
import RubricStyle

@Suite("Rendering into a grid")
struct RendererTests {
    @Test func exampleAt80x24() {
        #expect(screen(makeState()) == """
             rubric · technical.md · Technical                                       ? help
             Architecture 2/5 │ Engineering 2/5 │ Operations 2/5                           ▶
            ────────────────────────────────────────────────────────────────────────────────
             1 ○ Understands the logical, component and physical architecture of the
                 service their team owns

            ▌2 ● Articulates the logical, component and physical architecture of the
                 distributed system their teams services contributes towards

             3 ○ Contributes and challenges the architecture - considering the trade-offs
                 and effectively communicating this to engineers and architects

             4 ○ Actively contributes towards creating and incrementally improving the
                 architecture in line with the architectural goals

             5 ○ Actively researches and understands architectural practices and uses this
                 to drive forward coaching and system level improvements




             Score 15/35 █████████████████████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░ 43%   saved

             q quit  s save  Space toggle  ? help  ←→ area  ↑↓ level  o overview  / search
            """)
    }

    @Test func narrowWithDetailsExpandedAndScrolled() {
        let (state, _) = press(makeState(width: 40, height: 10), .right, .down, .character("d"))
        #expect(screen(state) == """
             rubric · technical.md · Techni… ? help
             Architecture 2/5 │ Engineering 2/5    ▶
            ────────────────────────────────────────
            ▌3 ○ Contributing towards improvements ▲
                 to the patterns and practices in
                 use by the code base and the
                 team.                             ▼
             Score 15/35 ████░░░░░░ 43%   saved

             q quit  s save  Space toggle  ? help
            """)
    }

    @Test func rolesMarkTheSelectionAndTheMark() {
        let grid = Renderer.render(makeState())
        // The selected level (the marked one here) is highlighted across the width, each line.
        for x in [0, 3, 10, 79] { #expect(grid[x, 6].role == .selectedRow && grid[x, 7].role == .selectedRow, "\(x)") }
        #expect(grid[0, 6].character == "▌")
        #expect(grid[3, 3].role == .markIndicator)
        #expect(grid[10, 3].role == .levelText && grid[79, 3].role == .normal)
        // Off the selection, the marked level's text has a style of its own.
        let moved = Renderer.render(press(makeState(), .down).0)
        #expect(moved[10, 6].role == .markedLevel && moved[10, 7].role == .markedLevel)
        #expect(moved[3, 6].role == .markIndicator && moved[10, 9].role == .selectedRow)
        #expect(grid[1, 1].role == .activeTab)
        #expect(grid[20, 1].role == .tab)
        #expect(grid[0, 0].role == .title)
    }

    @Test func scoreBarFollowsEveryChange() {
        let (state, _) = press(makeState(), .character("5"))
        let row = Renderer.render(state).rowText(21)
        #expect(row.hasPrefix(" Score 18/35 "))
        #expect(row.hasSuffix(" 51%   ● unsaved "))
        #expect(Renderer.render(state)[70, 21].role == .modified)
    }

    @Test func tooSmallShowsANoticeAndComesBack() {
        let small = makeState(width: 39, height: 9)
        #expect(screen(small).contains("Terminal too small"))
        #expect(screen(small).contains("39×9, needs 40×10"))
        let (grown, _) = update(small, .resize(Size(width: 80, height: 24)))
        #expect(screen(grown) == screen(makeState()))
    }

    @Test func wideCharactersTakeTwoColumns() {
        let grid = Renderer.render(makeState("unicode.md", width: 40, height: 10))
        #expect(grid.rowText(3) == " 1 ○ 理解する — basic                   ")
        #expect(grid[5, 3].character == "理" && grid[5, 3].width == 2 && grid[6, 3].width == 0)
        #expect(grid[7, 3].character == "解")
        // Every row covers exactly 40 columns.
        for y in 0..<grid.height {
            #expect((0..<grid.width).reduce(0) { $0 + grid[$1, y].width } + continuationCount(grid, y) == 40)
        }
    }

    private func continuationCount(_ grid: Grid, _ y: Int) -> Int {
        (0..<grid.width).filter { grid[$0, y].width == 0 }.count - (0..<grid.width).filter { grid[$0, y].width == 2 }.count
    }

    @Test func wideCharacterNeverCutAtTheEdge() {
        var grid = Grid(width: 5, height: 1)
        let end = grid.put("ab設計", x: 0, y: 0, role: .normal)
        #expect(grid.rowText(0) == "ab設 ")
        #expect(end == 5)
        grid.put("x", x: 3, y: 0, role: .normal)  // over the continuation of 設
        #expect(grid.rowText(0) == "ab x ")
    }

    @Test func textFromTheFileIsSanitized() {
        let grid = Renderer.render(makeState("control-chars.md"))
        let forbidden: Set<UInt32> = Set(0..<0x20).union(0x7F...0x9F).union([0x202E])
        for cell in grid.cells {
            #expect(!cell.character.unicodeScalars.contains { forbidden.contains($0.value) })
        }
        #expect(grid.text.contains("Design ␛[31mred␛[0m"))
        #expect(grid.text.contains("Sketches ␇ bell"))
        #expect(grid.text.contains("Designs � reversed"))
    }

    @Test func tabsKeepTheCurrentOneVisible() {
        for index in 0..<7 {
            var state = makeState(width: 50, height: 12)
            for _ in 0..<index { state = press(state, .right).0 }
            let row = Renderer.render(state).rowText(1)
            #expect(row.contains(state.currentArea.name), "\(row)")
            #expect(row.hasPrefix("◀") == (index > 1), "\(row)")
            #expect(row.hasSuffix("▶") == (index < 6), "\(row)")
        }
    }

    @Test func helpListsEveryKey() {
        // Built from the key map: every binding's keys and words, in a box that fits and
        // scrolls through them all.
        var state = press(makeState(), .character("?")).0
        var text = ""
        for _ in 0..<20 {
            text += screen(state)
            state = press(state, .pageDown).0
        }
        for binding in KeyMap.levels.bindings {
            #expect(text.contains(binding.label.text(.unicode)), "\(binding.label.unicode)")
            #expect(text.contains(binding.description.prefix(20)), "\(binding.description)")
        }
    }

    @Test func quitPromptShowsOnTheMessageLine() {
        let state = press(makeState(), .character("1"), .character("q")).0
        #expect(Renderer.render(state).rowText(22).hasPrefix(" Save changes? (y)es (n)o (c)ancel"))
    }

    @Test func descriptionShowsAboveTheLevelsWhenThereIsRoom() throws {
        let rubric = try Rubric(bytes: Array("## Design\n\nHow you shape systems.\n\n1. Sketches\n2. Designs\n".utf8))
        let tall = AppState(rubric: rubric, fileName: "d.md", size: Size(width: 60, height: 20))
        #expect(Renderer.render(tall).rowText(3).hasPrefix(" How you shape systems."))
        let short = AppState(rubric: rubric, fileName: "d.md", size: Size(width: 60, height: 10))
        #expect(!screen(short).contains("How you shape"))
    }
}

@Suite("Text for display")
struct DisplayTextTests {
    @Test func wrappingAtWordBoundaries() {
        #expect(TextWrap.lines("one two three four", width: 9) == ["one two", "three", "four"])
        #expect(TextWrap.lines("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextWrap.lines("設計設計設", width: 5) == ["設計", "設計", "設"])
        #expect(TextWrap.lines("a\nb", width: 5) == ["a", "b"])
        // A list item's continuation lines hang under its text.
        #expect(TextWrap.lines("- one two three four", width: 11) == ["- one two", "  three", "  four"])
        #expect(TextWrap.lines("  12. alpha beta gamma", width: 14) == ["12. alpha beta", "    gamma"])
        #expect(TextWrap.lines("-x y z w", width: 4) == ["-x y", "z w"])
    }

    @Test func markupIsRemovedAndDetailsSplit() {
        let level = MarkupText.level("<mark>Improves. <details><summary>More</summary>\nHidden text.</details></mark>")
        #expect(level.text == "Improves.")
        #expect(level.details == [DisplayDetails(summary: "More", body: "Hidden text.")])
    }

    @Test func unclosedDetailsRunToTheEnd() {
        let level = MarkupText.level("Contributes. <details><summary>Other</summary>\nCoaches engineers</summary>")
        #expect(level.text == "Contributes.")
        #expect(level.details == [DisplayDetails(summary: "Other", body: "Coaches engineers")])
    }

    @Test func softBreaksJoinButListsKeepTheirLines() {
        #expect(MarkupText.plain("one\n   two\n   - three\n   - four") == "one two\n- three\n- four")
    }

    @Test func characterWidths() {
        #expect(CharacterWidth.of("a") == 1)
        #expect(CharacterWidth.of("設") == 2)
        #expect(CharacterWidth.of("✅") == 2)
        #expect(CharacterWidth.of("👩‍💻") == 2)
        #expect(CharacterWidth.of("é") == 1)
        #expect(CharacterWidth.of("\u{301}" as Unicode.Scalar) == 0)
    }
}
