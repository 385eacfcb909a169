import RubricCore
import Testing

@Suite("Reading a revision that only moves marks")
struct MarksOnlyChangeTests {
    /// Every fixture, every area set to every level in turn: the quick reading agrees with a
    /// full parse wherever it answers, and answers for the plain layouts.
    @Test(arguments: ["technical.md", "bullets.md", "table.md", "headings.md", "crlf.md", "nested.md", "two-groups.md", "comments.md", "fenced.md"])
    func agreesWithAFullParse(name: String) throws {
        let rubric = try Rubric(bytes: fixture(name))
        let template = MarksTemplate(rubric)
        var answered = 0
        for (index, area) in rubric.areas.enumerated() {
            for level in 0...area.maximum where level == 0 || !area.levels[level - 1].isMissing {
                let moved = try rubric.bytes(settingArea: index, to: level)
                guard let quick = template.levels(in: moved) else { continue }
                answered += 1
                #expect(quick == (try Rubric(bytes: moved)).currentLevels, "\(name) area \(index) level \(level)")
            }
        }
        // (A file without a score section gains one at the first mark: a change of structure.)
        if ["technical.md", "two-groups.md"].contains(name) { #expect(answered > 0) }
    }

    @Test func anyOtherChangeSendsItToTheFullParse() throws {
        let rubric = try Rubric(bytes: fixture("technical.md"))
        let template = MarksTemplate(rubric)
        let moved = try rubric.bytes(settingArea: 0, to: 4)
        var reworded = moved
        reworded[reworded.firstIndex(of: 0x55)!] = 0x75  // U -> u in the first level's text
        #expect(template.levels(in: reworded) == nil)
        #expect(template.levels(in: moved + Array("\n## New\n\n1. a\n".utf8)) == nil)
        #expect(template.levels(in: rubric.bytes) == rubric.currentLevels)
    }
}
