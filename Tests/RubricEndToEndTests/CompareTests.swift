import Foundation
import Testing

/// `rubric compare` on files and on git revisions of a repository each test builds.
@Suite("rubric compare")
struct CompareTests {
    /// The example with a few areas marked otherwise, as a manager might.
    private func managersCopy(in scratch: Scratch, name: String = "manager.md") throws -> String {
        let path = scratch.copy("technical.md", as: name)
        for (area, level) in [("Architecture", "3"), ("Storage", "3")] {
            #expect(try runRubric(["mark", path, area, level]).status == 0)
        }
        return path
    }

    @Test func textMarksEachDisagreementAndExitsOne() throws {
        let scratch = Scratch()
        let mine = scratch.copy("technical.md"), theirs = try managersCopy(in: scratch)
        let result = try runRubric(["compare", mine, theirs])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.contains { $0.hasPrefix("* Technical  Architecture") && $0.hasSuffix("2      3    +1") })
        #expect(lines.contains { $0.hasPrefix("  Technical  Engineering") })
        #expect(lines.contains { $0.contains("Total") && $0.hasSuffix("15     17    +2") })
        #expect(result.stdout.contains("2 of 7 areas differ (marked *)."))
        #expect(lines.allSatisfy { $0.count <= 80 })
        // The same file twice agrees.
        #expect(try runRubric(["compare", mine, mine]).status == 0)
    }

    @Test func jsonCsvAndMarkdown() throws {
        let scratch = Scratch()
        let mine = scratch.copy("technical.md"), theirs = try managersCopy(in: scratch)
        let json = try runRubric(["compare", mine, theirs, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["a"] as? [String: Any])?["total"] as? Int == 15 && (object["b"] as? [String: Any])?["total"] as? Int == 17)
        let areas = try #require(object["areas"] as? [[String: Any]])
        #expect(areas.count == 7 && areas[0]["name"] as? String == "Architecture" && areas[0]["b"] as? Int == 3 && areas[0]["max"] as? Int == 5)
        let csv = try runRubric(["compare", mine, theirs, "--format", "csv"]).stdout
        #expect(csv.hasPrefix("group,name,a,b,max,difference\nTechnical,Architecture,2,3,5,1\n"))
        #expect(csv.hasSuffix(",Total,15,17,35,2\n"))
        let markdown = try runRubric(["compare", mine, theirs, "--format", "markdown"]).stdout
        #expect(markdown.contains("| Technical | Architecture | **2/5** | **3/5** | +1 |"))
        #expect(markdown.contains("| Technical | Engineering | 2/5 | 2/5 |  |"))
        #expect(markdown.contains("| **Total** | | **15/35** | **17/35** | +2 |"))
    }

    @Test func twoDifferentLaddersAreSaidInOneLine() throws {
        let scratch = Scratch()
        let mine = scratch.copy("technical.md"), other = scratch.copy("headings.md")
        let line = "A and B look like different ladders: none of their areas match (7 and 3 areas)."
        #expect(try runRubric(["compare", mine, other]).stdout.contains("\n" + line + "\n"))
        #expect(try runRubric(["compare", mine, other, "--format", "markdown"]).stdout.contains("\n" + line + "\n"))
        let json = try runRubric(["compare", mine, other, "--format", "json"])
        #expect(json.stdout.hasPrefix("{") && json.stderr == "rubric: " + line.dropLast() + "\n")
        #expect(try runRubric(["compare", mine, try managersCopy(in: scratch)]).stdout.contains("different ladders") == false)
    }

    @Test func anAreaOnlyOneSideHasIsNullInJSON() throws {
        let scratch = Scratch()
        let a = scratch.write(Array("## One\n\n1. <mark>a</mark>\n2. b\n\n## Two\n\n1. a\n".utf8), as: "a.md")
        let b = scratch.write(Array("## one\n\n1. a\n2. <mark>b</mark>\n3. c\n".utf8), as: "b.md")
        let json = try runRubric(["compare", a, b, "--format", "json"])
        #expect(json.stdout.contains("{\"group\":null,\"name\":\"Two\",\"a\":0,\"b\":null,\"max\":1}"))
        let text = try runRubric(["compare", a, b]).stdout
        #expect(text.contains("Two is only in A.") && text.contains("One has 2 levels in A and 3 in B."))
        // An area filed under another group is matched, and the move is said.
        let c = scratch.write(Array("# Craft\n\n## One\n\n1. <mark>a</mark>\n2. b\n".utf8), as: "c.md")
        #expect(try runRubric(["compare", a, c]).stdout.contains("One is in no group in A and under Craft in B."))
    }

    @Test func eitherSideMayBeAGitRevision() throws {
        let scratch = Scratch()
        let path = scratch.copy("technical.md", as: "rubric.md")
        try git(["init", "-q"], in: scratch)
        try git(["add", "rubric.md"], in: scratch)
        try git(["commit", "-qm", "first"], in: scratch)
        #expect(try runRubric(["mark", path, "Storage", "4"]).status == 0)
        let result = try runRubric(["compare", "HEAD:rubric.md", "rubric.md"], in: scratch.url)
        #expect(result.status == 1 && result.stdout.contains("A  HEAD:rubric.md  15/35"))
        #expect(result.stdout.contains("* Technical  Storage") && result.stdout.contains("+2"))
        // git's forms for the index work too.
        #expect(try runRubric(["compare", ":rubric.md", "rubric.md"], in: scratch.url).status == 1)
        #expect(try runRubric(["compare", ":0:rubric.md", "HEAD:rubric.md"], in: scratch.url).status == 0)
        // Errors from git are one line naming what was asked for.
        let missing = try runRubric(["compare", "HEAD:nope.md", "rubric.md"], in: scratch.url)
        #expect(missing.status == 2 && missing.stderr == "rubric: HEAD:nope.md: git: path 'nope.md' does not exist in 'HEAD'\n")
        // A file whose name has a colon is the file.
        let colon = scratch.copy("technical.md", as: "HEAD:rubric.md")
        #expect(try runRubric(["compare", "HEAD:rubric.md", colon], in: scratch.url).status == 0)
    }

    @Test func whatThePersonTypedNeverReachesGitAsAnOption() throws {
        let scratch = Scratch()
        let path = scratch.copy("technical.md", as: "b.md")
        try git(["init", "-q"], in: scratch)
        let target = scratch.path("written")
        let result = try runRubric(["compare", "--", "--output=\(target):a.md", path], in: scratch.url)
        #expect(result.status == 2 && !FileManager.default.fileExists(atPath: target))
        #expect(result.stderr.contains("can't start with '-'"))
        let outside = try runRubric(["compare", "HEAD:a.md", path], in: URL(fileURLWithPath: "/"))
        #expect(outside.status == 2 && outside.stderr.hasPrefix("rubric: HEAD:a.md: git: not a git repository"))
    }

    private func git(_ arguments: [String], in scratch: Scratch) throws { try runGit(arguments, in: scratch.url) }
}

/// The editor with `--against`: the other's marks shown, `]` and `=` taking them, and the
/// other file never written.
@Suite("rubric FILE --against OTHER")
struct AgainstEndToEndTests {
    @Test func takingTheManagersLevelsAndSaving() throws {
        let scratch = Scratch()
        let mine = scratch.copy("technical.md")
        let theirs = scratch.copy("technical.md", as: "manager.md")
        #expect(try runRubric(["mark", theirs, "Storage", "4"]).status == 0)
        let theirBytes = contents(theirs)
        let session = try TmuxSession([mine, "--against", theirs])
        try session.waitFor("15/35  ◆ manager.md 17/35")
        try session.press("]")
        try session.waitFor("≠Storage 2 ◆4")
        try session.press("=")
        try session.waitFor("17/35  ◆ manager.md 17/35")
        try session.press("s")
        try session.waitFor("Saved to")
        try session.press("q")
        #expect(try session.waitForExit() == 0)
        #expect(contents(mine) == theirBytes)
        #expect(contents(theirs) == theirBytes)
    }

    @Test func anUnreadableOtherIsOneLineAndNoEditor() throws {
        let scratch = Scratch()
        let mine = scratch.copy("technical.md")
        let result = try runRubric([mine, "--against", scratch.path("missing.md")])
        #expect(result.status == 2 && result.stderr.hasPrefix("rubric: ") && result.stderr.contains("missing.md"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }
}

@Suite("rubric chart")
struct ChartEndToEndTests {
    @Test func toStandardOutputOrAFileReplacedWhole() throws {
        let scratch = Scratch()
        let mine = scratch.copy("technical.md"), theirs = scratch.copy("technical.md", as: "manager.md")
        #expect(try runRubric(["mark", theirs, "Quality", "5"]).status == 0)
        let printed = try runRubric(["chart", mine, "--against", theirs])
        #expect(printed.status == 0 && printed.stdout.hasPrefix("<svg ") && printed.stdout.contains(">manager.md</text>"))
        let out = scratch.path("chart.svg")
        #expect(try runRubric(["chart", mine, "-o", out]).status == 0)
        let first = String(decoding: contents(out), as: UTF8.self)
        #expect(first.contains("Total: technical.md 15/35 (43%)") && !first.contains("manager.md"))
        #expect(try runRubric(["chart", mine, "--against", theirs, "-o", out]).status == 0)
        #expect(String(decoding: contents(out), as: UTF8.self) == printed.stdout)
        // The same base name on both sides: named as written, so the legend tells them apart.
        let managers = scratch.path("manager")
        try FileManager.default.createDirectory(atPath: managers, withIntermediateDirectories: true)
        let same = scratch.copy("technical.md", as: "manager/technical.md")
        let both = try runRubric(["chart", mine, "--against", same]).stdout
        #expect(both.contains("/technical.md</text>") && both.contains("/manager/technical.md</text>"))
        // -o never writes over what the chart is drawn from.
        let refused = try runRubric(["chart", mine, "--against", theirs, "-o", theirs])
        #expect(refused.status == 2 && refused.stderr.contains("which the chart is drawn from") && contents(theirs) != Data(printed.stdout.utf8))
        let missing = try runRubric(["chart", scratch.path("nope.md")])
        #expect(missing.status == 2 && missing.stdout.isEmpty && missing.stderr.hasPrefix("rubric: "))
    }
}
