import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// A manager's folder of assessments: five people from the example, a README, a person in a
/// folder of their own, a tag for last cycle.
@Suite("The team view, end to end", .serialized)
struct TeamEndToEndTests {
    /// people/{ana,ben,chloe,dev}.md, people/eve/rubric.md and people/README.md, committed and
    /// tagged 2026-h1; then ana's Architecture goes to 3 and eve's to 1.
    private func manager() throws -> Scratch {
        let scratch = Scratch()
        let people = scratch.url.appendingPathComponent("people")
        try FileManager.default.createDirectory(at: people.appendingPathComponent("eve"), withIntermediateDirectories: true)
        for name in ["ana", "ben", "chloe", "dev"] { try fixtureBytes("technical.md").write(to: people.appendingPathComponent("\(name).md")) }
        try fixtureBytes("technical.md").write(to: people.appendingPathComponent("eve/rubric.md"))
        try Data("# About this folder\n".utf8).write(to: people.appendingPathComponent("README.md"))
        try runGit(["init", "-q", "-b", "main"], in: scratch.url)
        try runGit(["add", "."], in: scratch.url)
        try runGit(["commit", "-q", "-m", "h1"], in: scratch.url)
        try runGit(["tag", "2026-h1"], in: scratch.url)
        _ = try runRubric(["mark", "people/ana.md", "architecture", "3"], in: scratch.url)
        _ = try runRubric(["mark", "people/eve/rubric.md", "architecture", "1"], in: scratch.url)
        return scratch
    }

    @Test func theMatrixAtEightyColumns() throws {
        let scratch = try manager()
        let result = try runRubric(["team", "people"], in: scratch.url)
        #expect(result.status == 0)
        #expect(result.stderr == "skipped 1 file that is not a rubric: README.md\n")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "person Arc Eng Ope Sec Sto Dep Qua  total")
        #expect(lines[1] == "ana     3   2   2   2   2   2   3   16/35")
        #expect(lines[5] == "eve     1   2   2   2   2   2   3   14/35")
        #expect(lines.allSatisfy { $0.count <= 80 || $0.hasPrefix("Arc ") })
        #expect(result.stdout.contains("Architecture        median 2    at 1: 1, at 2: 3, at 3: 1\n"))
    }

    @Test func sinceLastCycleAndAsOfIt() throws {
        let scratch = try manager()
        let since = try runRubric(["team", "people", "--since", "2026-h1", "--sort", "total"], in: scratch.url)
        #expect(since.status == 0)
        #expect(since.stdout.hasPrefix("person Arc Eng Ope Sec Sto Dep Qua  total\nana     3↑  2"))
        #expect(since.stdout.hasSuffix("Since 2026-h1: 2 moved\n  ana: Architecture 2 → 3\n  eve: Architecture 2 → 1\n"))
        // People are matched by their files however the paths are written: the default folder,
        // or from inside it.
        #expect(try runRubric(["team", "--since", "2026-h1"], in: scratch.url).stdout.contains("Since 2026-h1: 2 moved\n"))
        #expect(try runRubric(["team", "--since", "2026-h1"], in: scratch.url.appendingPathComponent("people")).stdout.contains("Since 2026-h1: 2 moved\n"))
        let then = try runRubric(["team", "people", "--at", "2026-h1", "--format", "json"], in: scratch.url)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(then.stdout.utf8)) as? [String: Any])
        let people = try #require(object["people"] as? [[String: Any]])
        #expect(people.map { $0["name"] as? String } == ["ana", "ben", "chloe", "dev", "eve"])
        #expect(people.allSatisfy { ($0["levels"] as? [Int])?.first == 2 })
        #expect(people[4]["file"] as? String == "people/eve/rubric.md")
    }

    @Test func markdownCsvAndTheHeatmap() throws {
        let scratch = try manager()
        let markdown = try runRubric(["team", "people", "--format", "markdown", "--sort", "arch"], in: scratch.url).stdout
        #expect(markdown.hasPrefix("| Person | Architecture | Engineering | Operations | Secure engineering | Storage | Deploying software | Quality | Total |\n"))
        #expect(markdown.contains("\n| ana | 3 | 2 | 2 | 2 | 2 | 2 | 3 | 16/35 |\n"))
        let csv = try runRubric(["team", "people", "--format", "csv"], in: scratch.url).stdout
        #expect(csv.hasPrefix("person,file,group,area,level,max\nana,people/ana.md,Technical,Architecture,3,5\n"))
        let svg = try runRubric(["chart", "--team", "people"], in: scratch.url).stdout
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse())
        #expect(svg.contains(">5 people, 7 areas<") && svg.contains("class=\"h3\""))
    }

    /// Two ladders that differ, two people of one name, a file that can't be read, a link loop.
    @Test func oddFoldersAreReadAsWellAsTheyCanBe() throws {
        let scratch = Scratch()
        let a = scratch.url.appendingPathComponent("a"), b = scratch.url.appendingPathComponent("b")
        try FileManager.default.createDirectory(at: a, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: b, withIntermediateDirectories: true)
        try fixtureBytes("technical.md").write(to: a.appendingPathComponent("sam.md"))
        try fixtureBytes("two-groups.md").write(to: b.appendingPathComponent("sam.md"))
        try FileManager.default.createSymbolicLink(atPath: a.appendingPathComponent("loop").path, withDestinationPath: a.path)
        try FileManager.default.createSymbolicLink(atPath: a.appendingPathComponent("gone.md").path, withDestinationPath: "/nonexistent/x.md")
        let result = try runRubric(["team", "a", "b", "--format", "json"], in: scratch.url)
        #expect(result.status == 0)
        #expect(result.stderr.contains("rubric: a/gone.md: cannot open"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let people = try #require(object["people"] as? [[String: Any]])
        #expect(people.map { $0["name"] as? String } == ["a/sam", "b/sam"])
        let areas = try #require(object["areas"] as? [[String: Any]])
        #expect(areas.count == 10)
        #expect((people[0]["levels"] as? [Any])?.last is NSNull)
        let none = try runRubric(["team", "b/nothing"], in: scratch.url)
        #expect(none.status == 2 && none.stderr == "rubric: b/nothing: no such file or folder\n")
    }
}

/// The team screen in a real terminal: a folder opens it, Enter opens a person, quitting the
/// editor comes back to the team, read again.
@Suite("The team screen, end to end", .serialized)
struct TeamScreenEndToEndTests {
    @Test func openAPersonMarkSaveAndComeBack() throws {
        let scratch = Scratch()
        let people = scratch.url.appendingPathComponent("people")
        try FileManager.default.createDirectory(at: people, withIntermediateDirectories: true)
        for name in ["ana", "ben", "chloe"] { try fixtureBytes("technical.md").write(to: people.appendingPathComponent("\(name).md")) }
        let session = try TmuxSession([people.path], width: 80, height: 24)
        try session.waitFor("3 people")
        try session.press("Down", "Enter")
        try session.waitFor("rubric · ben.md")
        try session.press("4", "s")
        try session.waitFor("Saved to")
        try session.press("Escape")
        let screen = try session.waitFor("3 people")
        #expect(screen.contains("▌ ben   4   2   2   2   2   2   3   17/35"))
        try session.press("q")
        #expect(try session.waitForExit() == 0)
        #expect(String(decoding: contents(people.appendingPathComponent("ben.md").path), as: UTF8.self).contains("4. <mark>Actively contributes"))
    }
}
