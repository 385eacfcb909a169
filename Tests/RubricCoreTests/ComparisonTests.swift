import RubricCore
import Testing

@Suite("Comparing two assessments")
struct ComparisonTests {
    private func rubric(_ text: String) throws -> Rubric { try Rubric(bytes: Array(text.utf8)) }

    @Test func areasMatchByGroupAndNameWhateverTheirOrderAndCase() throws {
        let a = try rubric("# Craft\n\n## Architecture\n\n1. a\n2. <mark>b</mark>\n\n## Testing\n\n1. <mark>a</mark>\n2. b\n")
        let b = try rubric("# craft\n\n## TESTING\n\n1. a\n2. <mark>b</mark>\n\n## *Architecture* \n\n1. a\n2. <mark>b</mark>\n")
        let comparison = Comparison(a, b)
        #expect(comparison.rows.map(\.name) == ["Architecture", "Testing"])
        #expect(comparison.rows.map(\.a) == [2, 1] && comparison.rows.map(\.b) == [2, 2])
        #expect(comparison.rows.map(\.difference) == [0, 1] && !comparison.agrees)
        #expect(Comparison.match(a, b) == [1, 0])
    }

    @Test func anAreaOnOneSideOnlyComesInItsOwnSidesOrder() throws {
        let a = try rubric("## One\n\n1. <mark>a</mark>\n\n## Two\n\n1. a\n")
        let b = try rubric("## Three\n\n1. a\n\n## One\n\n1. <mark>a</mark>\n\n## Four\n\n1. a\n")
        let rows = Comparison(a, b).rows
        #expect(rows.map(\.name) == ["One", "Two", "Three", "Four"])
        #expect(rows.map(\.a) == [1, 0, nil, nil] && rows.map(\.b) == [1, nil, 0, 0])
        #expect(rows.map(\.indexB) == [1, nil, 0, 2])
    }

    @Test func fewMatchingAreasAreSaidToBeDifferentLadders() throws {
        let a = try rubric("## One\n\n1. a\n\n## Two\n\n1. a\n\n## Three\n\n1. a\n")
        let b = try rubric("## One\n\n1. a\n\n## Four\n\n1. a\n\n## Five\n\n1. a\n")
        #expect(Comparison(a, b).ladderWarning == "A and B look like different ladders: only 1 of their areas match (3 and 3 areas)")
        // Half or more on both sides: one ladder, some areas added or renamed.
        let c = try rubric("## One\n\n1. a\n\n## Two\n\n1. a\n\n## Six\n\n1. a\n")
        #expect(Comparison(a, c).ladderWarning == nil)
        // Half of the smaller side is not enough when the other side has many more.
        let d = try rubric("## One\n\n1. a\n\n## Two\n\n1. a\n\n## Three\n\n1. a\n\n## Four\n\n1. a\n\n## Five\n\n1. a\n\n## Six\n\n1. a\n\n## Seven\n\n1. a\n")
        #expect(Comparison(c, d).ladderWarning != nil)
    }

    @Test func differentNumbersOfLevelsAreSaidAndMaxComesFromA() throws {
        let a = try rubric("## One\n\n1. a\n2. <mark>b</mark>\n3. c\n")
        let b = try rubric("## One\n\n1. a\n2. <mark>b</mark>\n")
        let row = try #require(Comparison(a, b).rows.first)
        #expect(row.levelCountsDiffer && row.maximum == 3 && row.agrees)
    }

    @Test func anAreaInAnotherGroupIsStillMatchedByItsName() throws {
        let a = try rubric("# Craft\n\n## Testing\n\n1. <mark>a</mark>\n2. b\n")
        let b = try rubric("# Delivery\n\n## Testing\n\n1. a\n2. <mark>b</mark>\n")
        let rows = Comparison(a, b).rows
        #expect(rows.count == 1 && rows[0].group == "Craft" && rows[0].a == 1 && rows[0].b == 2)
        // Unless the name is ambiguous: two Testing areas on one side stay apart.
        let twice = try rubric("# X\n\n## Testing\n\n1. a\n\n# Y\n\n## Testing\n\n1. a\n")
        #expect(Comparison(b, twice).rows.count == 3)
    }
}

@Suite("A history's areas over time")
struct HistoryAreaMatchingTests {
    /// A commit that wrote the group in lower case and the name in emphasis is the same area,
    /// as compare matches areas: its level is not lost from the history.
    @Test func areasAreMatchedByIdentityNotSpelling() throws {
        let now = try Rubric(bytes: Array("# Technical\n\n## Storage\n\n1. a\n2. <mark>b</mark>\n".utf8))
        let then = try Rubric(bytes: Array("# technical\n\n## *Storage*\n\n1. <mark>a</mark>\n2. b\n".utf8))
        let revisions = [(now, "b"), (then, "a")].map { rubric, id in
            Revision(commit: id, shortCommit: id, date: "2026-01-0\(id == "a" ? 1 : 2)T10:00:00+00:00", author: "Ana", subject: id, parents: [], bytes: rubric.bytes)
        }
        let entries = ScoreHistory(revisions: revisions).entries
        let id = try #require(entries.first?.areas.first?.id)
        #expect(entries.map { $0.areas.score(of: id)?.level } == [2, 1])
    }
}
