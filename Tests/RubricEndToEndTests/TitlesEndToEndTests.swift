import Foundation
import Testing

/// Titles and the target from the command line and in the editor, on the format's example:
/// Engineer II, and to Senior Engineer Architecture 2 → 3, Operations 2 → 3 and one more area
/// at 4, Delivery or Mentoring closest.
@Suite("Titles and the target, end to end", .serialized)
struct TitlesEndToEndTests {
    let example = String(decoding: fixtureBytes("promotion.md"), as: UTF8.self)

    @Test func scoreSaysTheTitleAndTheGap() throws {
        let scratch = Scratch()
        let result = try runRubric(["score", scratch.copy("promotion.md")])
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("""
            Total 10/20 (50%) · Engineer II
            Target Senior Engineer: 3 to go
              every area at 3: Architecture 2 → 3, Operations 2 → 3
              one area at 4: 1 more of Delivery 3 → 4, Mentoring 3 → 4

            """))
        let json = try runRubric(["score", scratch.copy("promotion.md"), "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["title"] as? String == "Engineer II")
        #expect(object["target"] as? String == "Senior Engineer")
        let gap = try #require(object["gap"] as? [[String: Any]])
        #expect(gap.map { $0["requirement"] as? String } == ["every area at 3", "one area at 4"])
        #expect(gap[0]["missing"] as? [String] == ["Architecture 2 → 3", "Operations 2 → 3"])
        #expect(gap[1]["met"] as? Bool == false)
    }

    @Test func titlesListsEveryTitleWithItsGap() throws {
        let scratch = Scratch()
        let result = try runRubric(["titles", scratch.copy("promotion.md")])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("""
            ✓ Engineer I
            ✓ Engineer II      current title
              Senior Engineer  target, 3 to go
                every area at 3: Architecture 2 → 3, Operations 2 → 3
                one area at 4: 1 more of Delivery 3 → 4, Mentoring 3 → 4
              Staff Engineer   5 to go

            """))
        let json = try runRubric(["titles", scratch.copy("promotion.md"), "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let titles = try #require(object["titles"] as? [[String: Any]])
        #expect(titles.map { $0["met"] as? Bool } == [true, true, false, false])
        #expect(titles.map { $0["target"] as? Bool } == [false, false, true, false])
    }

    @Test func targetSetsChangesAndClearsWritingOnlyItsLine() throws {
        let scratch = Scratch()
        let path = scratch.copy("promotion.md")
        let set = try runRubric(["target", path, "staff", "ENGINEER"])
        #expect(set.status == 0)
        #expect(set.stdout.hasPrefix("Target Staff Engineer: 5 to go\n"))
        #expect(String(decoding: contents(path), as: UTF8.self) == example.replacingOccurrences(of: "Target: Senior Engineer", with: "Target: Staff Engineer"))
        let cleared = try runRubric(["target", path, "--clear"])
        #expect(cleared.status == 0 && cleared.stdout == "No target\n")
        #expect(String(decoding: contents(path), as: UTF8.self) == example.replacingOccurrences(of: "\n\nTarget: Senior Engineer", with: ""))
        let unknown = try runRubric(["target", path, "Principal"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "rubric: \(path): no title 'Principal' (titles: Engineer I, Engineer II, Senior Engineer, Staff Engineer)\n")
        #expect(String(decoding: contents(path), as: UTF8.self) == example.replacingOccurrences(of: "\n\nTarget: Senior Engineer", with: ""))
    }

    @Test func targetRefusesAReadOnlyFileUnlessForced() throws {
        let scratch = Scratch()
        let path = scratch.copy("promotion.md")
        chmod(path, 0o444)
        let refused = try runRubric(["target", path, "Staff Engineer"])
        #expect(refused.status == 2 && refused.stderr.contains("not written (--force writes it anyway)"))
        #expect(contents(path) == fixtureBytes("promotion.md"))
        let forced = try runRubric(["target", path, "Staff Engineer", "--force"])
        #expect(forced.status == 0)
        #expect(String(decoding: contents(path), as: UTF8.self).hasSuffix("Target: Staff Engineer\n"))
    }

    @Test func checkReportsTitleProblemsWithTheirLines() throws {
        let scratch = Scratch()
        let text = example.replacingOccurrences(of: "every area at 3, one area at 4", with: "every area at 3, Security at 4")
            .replacingOccurrences(of: "10/20 · Engineer II", with: "10/20 · Senior Engineer")
            .replacingOccurrences(of: "Target: Senior Engineer", with: "Target: Principal")
        let path = scratch.write(Array(text.utf8), as: "odd.md")
        let result = try runRubric(["check", path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("odd.md:40: title 'Senior Engineer': requirement 'Security at 4' names no area ('Security')\n"))
        #expect(result.stdout.contains("odd.md:57: stale title: says 'Senior Engineer', the marks give 'Engineer II'\n"))
        #expect(result.stdout.contains("odd.md:59: unknown target 'Principal' (titles: Engineer I, Engineer II, Senior Engineer, Staff Engineer)\n"))
    }

    /// In a real terminal: t opens the titles, ↓ Enter aims for Staff Engineer, s saves.
    @Test func aTargetChosenInTheEditorIsWritten() throws {
        let scratch = Scratch()
        let path = scratch.copy("promotion.md")
        let session = try TmuxSession([path], width: 100, height: 30)
        try session.waitFor("Score 10/20 · Engineer II → Senior Engineer: 3 to go")
        try session.press("t")
        try session.waitFor("Senior Engineer still takes:")
        try session.press("Down", "Enter")
        try session.waitFor("Engineer II → Staff Engineer: 5 to go")
        try session.press("s")
        try session.waitFor("Saved to")
        try session.press("q")
        #expect(try session.waitForExit() == 0)
        #expect(String(decoding: contents(path), as: UTF8.self) == example.replacingOccurrences(of: "Target: Senior Engineer", with: "Target: Staff Engineer"))
    }
}
