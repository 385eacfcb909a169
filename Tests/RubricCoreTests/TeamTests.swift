import Testing
@testable import RubricCore

@Suite("A team")
struct TeamTests {
    private func member(_ name: String, _ text: String) throws -> Team.Member { Team.Member(name: name, file: name + ".md", rubric: try parse(text)) }

    /// Areas are matched as compare matches them: reordered, in another case or with emphasis,
    /// moved to another group; the columns are the union in the order first seen.
    @Test func areasAreMatchedAcrossFiles() throws {
        let ana = try member("ana", "# Tech\n\n## Design\n\n1. <mark>a</mark>\n2. b\n\n## Testing\n\n1. a\n2. <mark>b</mark>\n")
        let ben = try member("ben", "# Craft\n\n## **testing**\n\n1. <mark>a</mark>\n2. b\n3. c\n\n## design\n\n1. a\n2. <mark>b</mark>\n\n## Mentoring\n\n1. <mark>a</mark>\n2. b\n")
        let team = Team([ana, ben])
        #expect(team.columns.map(\.name) == ["Design", "Testing", "Mentoring"])
        #expect(team.columns.map(\.maximum) == [2, 3, 2])
        #expect(team.people.map(\.levels) == [[1, 2, nil], [2, 1, 1]])
        #expect(team.people.map(\.total) == [3, 4])
        #expect(team.column(named: "ment") == 2 && team.column(named: "x") == nil)
    }

    @Test func theSpreadAndTheMedian() throws {
        let levels = [1, 2, 2, 3]
        let team = Team(try levels.enumerated().map { index, level in
            try member("p\(index)", "## A\n\n" + (1...3).map { $0 == level ? "\($0). <mark>x</mark>" : "\($0). x" }.joined(separator: "\n") + "\n")
        })
        #expect(team.spread(of: 0).counts == [0, 1, 2, 1])
        #expect(team.spread(of: 0).median == 2)
        #expect(team.reordered([3, 0, 1, 2]).people.map(\.name) == ["p3", "p0", "p1", "p2"])
    }
}
