import Foundation
import Testing

/// What the README's CI example and pre-commit hook run: check on many files, as GitHub
/// annotations, and compare against the base branch as markdown for the job summary.
@Suite("In a team's workflow", .serialized)
struct WorkflowTests {
    @Test func checkOnManyFilesTakesTheWorstStatus() throws {
        let scratch = Scratch()
        let good = scratch.copy("nested.md", as: "good.md")
        let stale = scratch.copy("stale-score.md")
        let readme = scratch.write(Array("# Notes\n\nNothing to mark here.\n".utf8), as: "README.md")
        #expect(try runRubric(["check", good]).status == 0)
        #expect(try runRubric(["check", good, stale]).status == 1)
        let all = try runRubric(["check", good, stale, readme])
        #expect(all.status == 2 && all.stderr.hasPrefix("rubric: \(readme): no areas"))
        let skipping = try runRubric(["check", "--skip-non-rubrics", good, readme])
        #expect(skipping.status == 0 && skipping.stderr.isEmpty)
        let json = try runRubric(["check", "--format", "json", good, stale])
        let list = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(list.count == 1 && list[0]["file"] as? String == stale && list[0]["severity"] as? String == "error")
        #expect((list[0]["message"] as? String)?.hasPrefix("stale score: says") == true)
    }

    /// The annotations, exactly: `::error file=F,line=L::message`, `::warning` for warnings.
    @Test func githubAnnotations() throws {
        let scratch = Scratch()
        let stale = scratch.copy("stale-score.md")
        let twoMarks = scratch.copy("two-marks.md")
        let result = try runRubric(["check", "--format", "github", stale, twoMarks])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("::error file=\(stale),line=") && $0.contains("::stale score: says ") })
        #expect(lines.contains { $0.hasPrefix("::warning file=\(twoMarks),line=") && $0.contains("marked levels") })
        #expect(lines.allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") })
        // A file name's ':' and ',' are escaped, as GitHub reads properties.
        let odd = scratch.copy("stale-score.md", as: "a,b:c.md")
        #expect(try runRubric(["check", "--format", "github", odd]).stdout.hasPrefix("::error file=\(scratch.url.path)/a%2Cb%3Ac.md,line="))
    }

    /// The job summary: compare each changed assessment with the base commit, as markdown.
    @Test func theSummaryAgainstTheBaseCommit() throws {
        let scratch = Scratch()
        let people = scratch.url.appendingPathComponent("people")
        try FileManager.default.createDirectory(at: people, withIntermediateDirectories: true)
        try fixtureBytes("technical.md").write(to: people.appendingPathComponent("ana.md"))
        try runGit(["init", "-q", "-b", "main"], in: scratch.url)
        try runGit(["add", "."], in: scratch.url)
        try runGit(["commit", "-q", "-m", "base"], in: scratch.url)
        _ = try runRubric(["mark", "people/ana.md", "quality", "4"], in: scratch.url)
        try runGit(["commit", "-q", "-am", "head"], in: scratch.url)
        let changed = try runGit(["diff", "--name-only", "HEAD~1", "HEAD", "--", "*.md"], in: scratch.url).split(separator: "\n").map(String.init)
        #expect(changed == ["people/ana.md"])
        let summary = try runRubric(["compare", "HEAD~1:people/ana.md", "people/ana.md", "--format", "markdown"], in: scratch.url)
        #expect(summary.status == 1)
        #expect(summary.stdout.contains("| Technical | Quality | **3/5** | **4/5** | +1 |\n"))
        // The example's one finding (unbalanced <details>) is a warning: an annotation, not an error.
        let annotations = try runRubric(["check", "--format", "github"] + changed, in: scratch.url).stdout
        #expect(annotations == "::warning file=people/ana.md,line=22::level 3 of area 'Engineering' has unbalanced HTML: <details> opened 1, closed 0; <summary> opened 1, closed 2\n")
        #expect(try runRubric(["check", "--format", "github", "--fail-on", "error"] + changed, in: scratch.url).status == 0)
        #expect(try runRubric(["check", "--format", "github"] + changed, in: scratch.url).status == 1)
    }
}
