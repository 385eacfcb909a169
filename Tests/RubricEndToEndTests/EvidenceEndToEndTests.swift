import Foundation
import Testing

/// Evidence from the command line: reading it, adding a note, the promotion packet, compare's
/// disagreements, check's opt-in finding and import carrying it.
@Suite("Evidence, end to end", .serialized)
struct EvidenceEndToEndTests {
    let example = String(decoding: fixtureBytes("promotion.md"), as: UTF8.self)

    @Test func evidenceInEveryFormat() throws {
        let scratch = Scratch()
        let path = scratch.copy("promotion.md")
        let text = try runRubric(["evidence", path])
        #expect(text.status == 0)
        #expect(text.stdout.hasSuffix("Mentoring (3/5), 1 piece of evidence:\n  Onboarded two engineers this half and rewrote the onboarding guide.\n\nNo evidence: Architecture (2/5), Operations (2/5)\n"))
        let json = try runRubric(["evidence", path, "mentoring", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let areas = try #require(object["areas"] as? [[String: Any]])
        #expect(areas.count == 1 && areas[0]["count"] as? Int == 1 && areas[0]["name"] as? String == "Mentoring")
        #expect(try runRubric(["evidence", path, "--format", "markdown"]).stdout.contains("### Architecture (2/5)\n\n_No evidence._\n"))
    }

    /// The format's example: a first note on Operations goes in its section, in the ladder's order.
    @Test func noteAddsALineAndWritesNothingElse() throws {
        let scratch = Scratch()
        let path = scratch.copy("promotion.md")
        let result = try runRubric(["note", path, "oper", "Led", "the", "review", "of", "the", "March", "outage"])
        #expect(result.status == 0)
        #expect(result.stdout == "Operations (2/5), 1 piece of evidence:\n  - Led the review of the March outage\n\n")
        #expect(String(decoding: contents(path), as: UTF8.self) == example.replacingOccurrences(of: "### Mentoring",
            with: "### Operations\n\n- Led the review of the March outage\n\n### Mentoring"))
        let wrong = try runRubric(["note", path, "Security", "x"])
        #expect(wrong.status == 2 && wrong.stderr.hasPrefix("rubric: \(path): no area matches 'Security'"))
        chmod(path, 0o444)
        let before = contents(path)
        let refused = try runRubric(["note", path, "oper", "again"])
        #expect(refused.status == 2 && refused.stderr.contains("not written (--force writes it anyway)") && contents(path) == before)
    }

    /// The packet of the format's example, as checked in beside this file.
    @Test func packetOfThePromotionExample() throws {
        let scratch = Scratch()
        let path = scratch.copy("promotion.md")
        let result = try runRubric(["packet", path, "--date", "2026-12-06"])
        #expect(result.status == 0)
        let expected = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Expected/promotion-packet.md"), encoding: .utf8)
        #expect(result.stdout == expected.replacingOccurrences(of: "# Promotion case: promotion", with: "# Promotion case: promotion"))
        let staff = try runRubric(["packet", path, "--target", "staff engineer", "--date", "2026-12-06"])
        #expect(staff.stdout.contains("**Target:** Staff Engineer, 5 to go:\n"))
    }

    @Test func packetWithAChartNeverOverwritesAndNeverWritesWhatItReads() throws {
        let scratch = Scratch()
        let path = scratch.copy("promotion.md")
        let out = scratch.url.appendingPathComponent("case.md").path
        let result = try runRubric(["packet", path, "-o", out, "--chart"])
        #expect(result.status == 0)
        let document = String(decoding: contents(out), as: UTF8.self)
        #expect(document.contains("![The assessment as a chart](case-chart.svg)\n"))
        #expect(String(decoding: contents(scratch.url.appendingPathComponent("case-chart.svg").path), as: UTF8.self).hasPrefix("<svg"))
        let again = try runRubric(["packet", path, "-o", out])
        #expect(again.status == 2 && again.stderr == "rubric: \(out): already exists; the packet never replaces a file\n")
        let itself = try runRubric(["packet", path, "-o", path])
        #expect(itself.status == 2 && itself.stderr.contains("which the packet is made from"))
        #expect(contents(path) == fixtureBytes("promotion.md"))
    }

    @Test func compareWithEvidenceQuotesBothSidesWhereTheyDiffer() throws {
        let scratch = Scratch()
        let mine = scratch.copy("promotion.md")
        let theirs = scratch.copy("promotion.md", as: "manager.md")
        _ = try runRubric(["mark", theirs, "delivery", "4"])
        let text = try runRubric(["compare", mine, theirs, "--evidence"])
        #expect(text.status == 1)
        #expect(text.stdout.contains("""

            Delivery
              A \(mine), level 3: Plans and delivers multi-week projects, cutting scope to land them
                - Planned and shipped the billing migration in six weeks, cutting the reporting work to land it
                - Ran the weekly demo for the payments project
              B \(theirs), level 4: Delivers projects that span teams, keeping stakeholders aligned

            """))
        #expect(try runRubric(["compare", mine, theirs, "--evidence", "--format", "markdown"]).stdout.contains("\n### Delivery\n"))
        #expect(!(try runRubric(["compare", mine, theirs]).stdout.contains("Plans and delivers")))
    }

    @Test func checkEvidenceIsOptIn() throws {
        let scratch = Scratch()
        let path = scratch.copy("promotion.md")
        #expect(try runRubric(["check", path]).status == 0)
        let strict = try runRubric(["check", path, "--evidence"])
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("\(path):3: area 'Architecture' is marked at 2 with no evidence\n"))
        #expect(strict.stdout.contains("\(path):19: area 'Operations' is marked at 2 with no evidence\n"))
    }

    @Test func importCarriesTheEvidence() throws {
        let scratch = Scratch()
        let path = scratch.copy("promotion.md")
        let out = scratch.url.appendingPathComponent("imported.md").path
        let result = try runRubric(["import", path, "-o", out])
        #expect(result.status == 0 && result.stderr.contains("the titles block (line 35) is not carried over"))
        let evidence = try runRubric(["evidence", out, "delivery"])
        #expect(evidence.stdout.contains("- Ran the weekly demo for the payments project"))
    }
}

/// Evidence written in the person's own editor, in a real terminal: `EDITOR` is a script that
/// writes the evidence into the file it is given, as a person would.
@Suite("Evidence in the editor, end to end", .serialized)
struct EvidenceEditorTests {
    private func editorScript(in scratch: Scratch, writing text: String, status: Int = 0) -> String {
        let script = scratch.url.appendingPathComponent("editor.sh").path
        try! Data("#!/bin/sh\nprintf -- '\(text)' > \"$1\"\nexit \(status)\n".utf8).write(to: URL(fileURLWithPath: script))
        chmod(script, 0o755)
        return script
    }

    /// Two areas of the first example, E on each, save: only the evidence block appears, before the score.
    @Test func evidenceForTwoAreasOfTheExample() throws {
        let scratch = Scratch()
        let path = scratch.copy("technical.md")
        let session = try TmuxSession([path], width: 80, height: 24, environment: ["EDITOR": editorScript(in: scratch, writing: "- Led the design review\\n"), "VISUAL": ""])
        try session.waitFor("Score 15/35")
        try session.press("E")
        try session.waitFor("Evidence for Architecture changed")
        try session.press("Right", "E")
        try session.waitFor("Evidence for Engineering changed")
        try session.press("s")
        try session.waitFor("Saved to")
        try session.press("q")
        #expect(try session.waitForExit() == 0)
        let block = "## Evidence\n\n<!-- rubric: evidence -->\n\n### Architecture\n\n- Led the design review\n\n### Engineering\n\n- Led the design review\n\n"
        let original = String(decoding: fixtureBytes("technical.md"), as: UTF8.self)
        #expect(String(decoding: contents(path), as: UTF8.self) == original.replacingOccurrences(of: "## Score", with: block + "## Score"))
    }

    /// The table example has no score section: the block ends the file, and the score section
    /// every save adds follows it.
    @Test func evidenceInTheTableExample() throws {
        let scratch = Scratch()
        let path = scratch.copy("table.md")
        let session = try TmuxSession([path], width: 80, height: 24, environment: ["EDITOR": editorScript(in: scratch, writing: "Ran the migration\\n"), "VISUAL": ""])
        try session.waitFor("Systems")
        try session.press("E")
        try session.waitFor("Evidence for Systems changed")
        try session.press("s")
        try session.waitFor("Saved to")
        try session.press("q")
        #expect(try session.waitForExit() == 0)
        let original = String(decoding: fixtureBytes("table.md"), as: UTF8.self)
        let saved = String(decoding: contents(path), as: UTF8.self)
        #expect(saved.hasPrefix(original))
        #expect(saved.dropFirst(original.count).hasPrefix("\n## Evidence\n\n<!-- rubric: evidence -->\n\n### Systems\n\nRan the migration\n\n## Score\n\n"))
    }

    /// An editor that exits non-zero changes nothing, and says so.
    @Test func aFailingEditorChangesNothing() throws {
        let scratch = Scratch()
        let path = scratch.copy("technical.md")
        let session = try TmuxSession([path], width: 80, height: 24, environment: ["EDITOR": editorScript(in: scratch, writing: "- lost\\n", status: 3), "VISUAL": ""])
        try session.waitFor("Score 15/35")
        try session.press("E")
        let screen = try session.waitFor("Evidence unchanged")
        #expect(screen.contains("Evidence unchanged: the editor exited with status 3"))
        #expect(screen.contains("saved"))
        try session.press("q")
        #expect(try session.waitForExit() == 0)
        #expect(contents(path) == fixtureBytes("technical.md"))
    }
}

@Suite("Evidence commands refuse what they can't do well")
struct EvidenceRefusalTests {
    @Test func emptyNotesBadDatesAndEvidenceAsDataAreRefused() throws {
        let scratch = Scratch()
        let path = scratch.copy("promotion.md")
        let empty = try runRubric(["note", path, "delivery", "  "])
        #expect(empty.status == 2 && empty.stderr == "rubric: \(path): a note needs some text\n")
        let date = try runRubric(["packet", path, "--date", "2025-13-45"])
        #expect(date.status == 2 && date.stderr.hasPrefix("rubric: --date takes a day as YYYY-MM-DD, not '2025-13-45'"))
        let json = try runRubric(["compare", path, path, "--evidence", "--format", "json"])
        #expect(json.status == 2 && json.stderr.hasPrefix("rubric: --evidence quotes levels and evidence in the text and markdown formats"))
        #expect(contents(path) == fixtureBytes("promotion.md"))
    }

    /// A file called rubric.md is the case of the folder it is in.
    @Test func aRubricMdIsNamedAfterItsFolder() throws {
        let scratch = Scratch()
        let folder = scratch.url.appendingPathComponent("alice")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try fixtureBytes("promotion.md").write(to: folder.appendingPathComponent("rubric.md"))
        #expect(try runRubric(["packet", "rubric.md", "--date", "2026-12-06"], in: folder).stdout.hasPrefix("# Promotion case: alice\n"))
    }
}
