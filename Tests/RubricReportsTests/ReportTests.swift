import RubricCore
import Testing
@testable import RubricReports

private func rubric(_ text: String) throws -> Rubric { try Rubric(bytes: Array(text.utf8)) }

/// The reports as functions of a document, without the binary: what `score`, `compare` and
/// `history` print.
@Suite("Reports")
struct ReportTests {
    @Test func scoreInEveryFormat() throws {
        let file = try rubric("# Craft\n\n## Code\n\n1. a\n2. <mark>b</mark>\n\n## Tests\n\n1. a\n2. b\n3. c\n")
        #expect(ScoreReport.render(file, as: .text) == "Craft  Code   2/2  ██\nCraft  Tests  0/3  ░░░\nTotal 2/5 (40%)\n")
        #expect(ScoreReport.render(file, as: .csv) == "group,name,level,max,levelName,layout,points,title,target\nCraft,Code,2,2,,lists,,,\nCraft,Tests,0,3,,lists,,,\n")
        #expect(ScoreReport.render(file, as: .json).hasPrefix(#"{"layout":"lists","total":2,"max":5,"title":null,"target":null,"gap":null,"areas":[{"group":"Craft","name":"Code""#))
    }

    /// With a points= declaration, each area's points in every format, and the title the
    /// points reach.
    @Test func scoreWithPointsAndTitles() throws {
        let file = try rubric("<!-- rubric: points=0,1,3,6 -->\n\n## Code\n\n1. a\n2. <mark>b</mark>\n3. c\n\n## Tests\n\n1. a\n2. b\n3. <mark>c</mark>\n\n"
            + "## Titles\n<!-- rubric: titles -->\n\n- **Junior**\n- **Mid**: 9 points\n- **Senior**: every area at 3\n\n## Score\n\n9/12 · Mid\n\nTarget: senior\n")
        #expect(ScoreReport.render(file, as: .text) == """
            Code   2/3  ██░  3 points
            Tests  3/3  ███  6 points
            Total 9/12 points (75%) · Mid
            Target Senior: 1 to go
              every area at 3: Code 2 → 3

            """)
        #expect(ScoreReport.render(file, as: .csv).hasSuffix(",Code,2,3,,lists,3,Mid,senior\n,Tests,3,3,,lists,6,Mid,senior\n"))
        #expect(ScoreReport.render(file, as: .json) == #"{"layout":"lists","total":9,"max":12,"title":"Mid","target":"senior","gap":[{"requirement":"every area at 3","met":false,"missing":["Code 2 → 3"]}],"areas":[{"group":null,"name":"Code","level":2,"max":3,"levelName":null,"points":3},{"group":null,"name":"Tests","level":3,"max":3,"levelName":null,"points":6}]}"# + "\n")
    }

    @Test func compareSaysDifferencesAndDifferentLadders() throws {
        let a = try rubric("## One\n\n1. <mark>a</mark>\n2. b\n\n## Two\n\n1. a\n2. b\n")
        let b = try rubric("## One\n\n1. a\n2. <mark>b</mark>\n\n## Two\n\n1. a\n2. b\n")
        let text = CompareReport.render(Comparison(a, b), a: "a.md", b: "b.md", as: .text)
        #expect(text.contains("* One       1      2    +1\n") && text.contains("1 of 2 areas differ (marked *).\n"), "\(text)")
        let other = try rubric("## Three\n\n1. a\n2. b\n\n## Four\n\n1. a\n2. b\n")
        #expect(CompareReport.render(Comparison(a, other), a: "a.md", b: "c.md", as: .markdown)
            .contains("A and B look like different ladders: none of their areas match (2 and 2 areas)."))
    }

    @Test func historyFitsTheWidthItIsGiven() throws {
        let file = try rubric("## 👩‍💼 Leadership\n\n1. <mark>a</mark>\n2. b\n")
        let subject = String(repeating: "long subject ", count: 10)
        let history = ScoreHistory(revisions: [Revision(commit: "c1", shortCommit: "c1", date: "2026-01-01T10:00:00+00:00", author: "Ana",
                                                        subject: subject, parents: [], bytes: file.bytes)])
        let narrow = HistoryReport.render(history, as: .text, width: 80).split(separator: "\n")
        #expect(narrow[0] == "commit   date        total  Lea  subject")
        #expect(Columns.width(String(narrow[1])) == 80 && narrow[1].hasSuffix("…"))
        let wide = HistoryReport.render(history, as: .text, width: 200).split(separator: "\n")
        #expect(wide[1].hasSuffix(String(subject.dropLast())) || wide[1].hasSuffix(subject))
    }

    /// Each side's title beside its total, and each history entry's title in a column of its own.
    @Test func titlesInCompareAndHistory() throws {
        let titles = "## Titles\n<!-- rubric: titles -->\n\n- **Junior**\n- **Senior**: every area at 2\n\n## Score\n\n"
        let a = try rubric("## One\n\n1. <mark>a</mark>\n2. b\n\n" + titles)
        let b = try rubric("## One\n\n1. a\n2. <mark>b</mark>\n\n" + titles)
        let text = CompareReport.render(Comparison(a, b), a: "a.md", b: "b.md", as: .text)
        #expect(text.hasPrefix("A  a.md  1/2 · Junior\nB  b.md  2/2 · Senior\n"), "\(text)")
        #expect(CompareReport.render(Comparison(a, b), a: "a.md", b: "b.md", as: .json).contains(#""total":1,"max":2,"title":"Junior"}"#))
        #expect(CompareReport.render(Comparison(a, b), a: "a.md", b: "b.md", as: .markdown).contains("| **Title** | | Junior | Senior | |\n"))
        let history = ScoreHistory(revisions: [
            Revision(commit: "c2", shortCommit: "c2", date: "2026-02-01T10:00:00+00:00", author: "Ana", subject: "up", parents: ["c1"], bytes: b.bytes),
            Revision(commit: "c1", shortCommit: "c1", date: "2026-01-01T10:00:00+00:00", author: "Ana", subject: "start", parents: [], bytes: a.bytes),
        ])
        let lines = HistoryReport.render(history, as: .text, width: 80).split(separator: "\n")
        #expect(lines[0] == "commit   date        total  title   One  subject")
        #expect(lines[1].hasPrefix("c2       2026-02-01    2/2  Senior  2↑") && lines[2].hasPrefix("c1       2026-01-01    1/2  Junior  1 "))
        #expect(HistoryReport.render(history, as: .json).contains(#""total":2,"max":2,"title":"Senior","areas""#))
    }

    @Test func columnsCountTerminalCells() {
        #expect(Columns.width("漢字") == 4 && Columns.pad("漢字", 6) == "漢字  " && Columns.pad("ab", 4, left: true) == "  ab")
        #expect(Columns.fit("abcdefgh", 5) == "abcd…" && Columns.abbreviation("🚚 Delivery", cells: 3) == "Del")
    }
}
