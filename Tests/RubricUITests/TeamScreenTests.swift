import RubricCore
import Testing
@testable import RubricUI

@Suite("The team screen")
struct TeamScreenTests {
    private func state(width: Int = 80, height: Int = 24) -> TeamState {
        let members = ["ana", "ben", "chloe"].enumerated().map { index, name in
            Team.Member(name: name, file: "people/\(name).md", rubric: try! Rubric(bytes: fixtureRubric("technical.md").bytes(settingArea: 0, to: index + 1)))
        }
        return TeamState(team: Team(members), place: "people", size: Size(width: width, height: height))
    }

    private func press(_ state: TeamState, _ keys: Key...) -> (TeamState, [TeamEffect]) {
        var current = state, effects: [TeamEffect] = []
        for key in keys {
            let (next, more) = update(current, .key(key))
            current = next
            effects += more
        }
        return (current, effects)
    }

    @Test func theMatrixAndTheSpread() {
        let grid = TeamView.render(state())
        let rows = (0..<grid.height).map { grid.rowText($0) }
        #expect(rows[0].hasPrefix(" rubric · team · 3 people · people"))
        #expect(rows[1].hasPrefix("        Arc Eng Ope Sec Sto Dep Qua    total"))
        #expect(rows[2].hasPrefix("▌ ana   1   2   2   2   2   2   3   14/35"))
        #expect(rows[6].hasPrefix(" Arc Architecture: median 2; 1 at 1, 1 at 2, 1 at 3"))
        #expect(rows[23].hasPrefix(" q quit  Enter open  c compare"))
    }

    /// Enter opens the selected person; with one marked by c, against them.
    @Test func enterOpensAPersonPerhapsAgainstAnother() {
        #expect(press(state(), .down, .enter).1 == [.open(file: "people/ben.md", against: nil)])
        let (marked, _) = press(state(), .character("c"), .down, .down)
        #expect(marked.message == nil && marked.marked == 0)
        #expect(press(marked, .enter).1 == [.open(file: "people/chloe.md", against: "people/ana.md")])
        #expect(press(state(), .character("q")).1 == [.quit])
        #expect(press(state(), .character("r")).1 == [.reload])
    }

    /// Read again, the same person stays selected wherever they are now.
    @Test func aReadKeepsTheSelection() {
        var (moved, _) = press(state(), .down)
        let reversed = Team(moved.team.people.reversed().map { person in
            Team.Member(name: person.name, file: person.file, rubric: try! Rubric(bytes: fixtureRubric("technical.md").bytes))
        })
        moved.replaceTeam(reversed)
        #expect(moved.team.people[moved.row].file == "people/ben.md")
    }

    /// Read again with fewer areas, or nobody at all, the screen holds: no crash, nothing marked.
    @Test func aTeamThatShrinksIsStillDrawn() {
        var (scrolled, _) = press(state(width: 40, height: 12), .right, .right, .right)
        scrolled.replaceTeam(Team([]))
        #expect(TeamView.render(scrolled).rowText(0).contains("0 people"))
        #expect(press(scrolled, .character("c"), .enter, .down).1.isEmpty)
    }

    @Test func narrowScreensScrollTheAreas() {
        let narrow = state(width: 40, height: 12)
        let rows = (0..<12).map { TeamView.render(narrow).rowText($0) }
        #expect(rows[1].hasSuffix("▶"))
        let (scrolled, _) = press(narrow, .right, .right)
        #expect(TeamView.render(scrolled).rowText(1).contains("Ope"))
        #expect(!TeamView.render(scrolled).rowText(1).contains("Arc"))
    }
}
