import Testing
@testable import RubricCore

@Suite("Evidence")
struct EvidenceTests {
    private let ladder = "## Architecture\n\n1. <mark>a</mark>\n2. b\n\n## Delivery\n\n1. a\n2. b\n\n## Operations\n\n1. a\n2. <mark>b</mark>\n\n"

    private func written(_ text: String, _ changes: [EvidenceChange]) throws -> String {
        let rubric = try parse(text)
        return String(decoding: try rubric.bytes(withLevels: rubric.currentLevels, evidence: changes), as: UTF8.self)
    }

    @Test func readsEachAreasEvidenceAndCountsIt() throws {
        let rubric = try Rubric(bytes: fixture("promotion.md"))
        #expect(rubric.evidenceText(ofArea: 1) == "- Planned and shipped the billing migration in six weeks, cutting the reporting work to land it\n- Ran the weekly demo for the payments project")
        #expect(rubric.evidenceText(ofArea: 3) == "Onboarded two engineers this half and rewrote the onboarding guide.")
        #expect(rubric.evidenceText(ofArea: 0) == nil)
        #expect((0..<4).map(rubric.evidenceCount) == [0, 2, 0, 1])
        #expect(rubric.evidenceNotes == nil)
    }

    /// The format's example: a first note on Operations, in a file with a score section.
    @Test func theFirstEvidenceCreatesTheBlockBeforeTheScore() throws {
        let text = ladder + "## Score\n\n3/6\n"
        #expect(try written(text, [.note(area: 2, text: "Led the review of the March outage")]) == ladder
            + "## Evidence\n\n<!-- rubric: evidence -->\n\n### Operations\n\n- Led the review of the March outage\n\n## Score\n\n3/6\n")
    }

    /// With no score section the block ends the file, and the score section a save adds follows it.
    @Test func theFirstEvidenceWithoutAScoreSection() throws {
        #expect(try written(ladder, [.replace(area: 0, text: "Wrote the RFC")]) == ladder
            + "## Evidence\n\n<!-- rubric: evidence -->\n\n### Architecture\n\nWrote the RFC\n\n## Score\n\n3/6\n")
        let bare = String(ladder.dropLast(2))
        #expect(try written(bare, [.replace(area: 0, text: "Wrote the RFC")]) == bare
            + "\n\n## Evidence\n\n<!-- rubric: evidence -->\n\n### Architecture\n\nWrote the RFC\n\n## Score\n\n3/6\n")
    }

    @Test func aSectionIsAddedInTheLaddersOrderAndReplacedInPlace() throws {
        let block = "## Evidence\n<!-- rubric: evidence -->\n\n### Architecture\n\n- RFC\n\n### Operations\n\n- Outage\n\n"
        let text = ladder + block + "## Score\n\n3/6\n"
        let between = try written(text, [.replace(area: 1, text: "\n\n- Shipped\n- Demoed\n\n")])
        #expect(between == text.replacingOccurrences(of: "### Operations", with: "### Delivery\n\n- Shipped\n- Demoed\n\n### Operations"))
        let replaced = try written(text, [.replace(area: 2, text: "Ran the incident review")])
        #expect(replaced == text.replacingOccurrences(of: "- Outage", with: "Ran the incident review"))
        let emptied = try written(text, [.replace(area: 0, text: "  \n")])
        #expect(emptied == text.replacingOccurrences(of: "### Architecture\n\n- RFC\n\n", with: ""))
        let noted = try written(text, [.note(area: 0, text: "Led the design review")])
        #expect(noted == text.replacingOccurrences(of: "- RFC\n", with: "- RFC\n- Led the design review\n"))
    }

    /// A block that ends the file: a new last section after a line ending, its body ending as the file did.
    @Test func aBlockAtTheEndOfTheFile() throws {
        let text = ladder + "## Score\n\n3/6\n\n## Evidence\n<!-- rubric: evidence -->\n\n### Architecture\n\n- RFC"
        #expect(try written(text, [.replace(area: 2, text: "- Outage")]) == text + "\n### Operations\n\n- Outage")
        #expect(try written(text, [.replace(area: 0, text: "- RFC v2")]) == text.replacingOccurrences(of: "- RFC", with: "- RFC v2"))
        #expect(try written(text, [.note(area: 0, text: "more")]) == text + "\n- more")
        #expect(try written(text + "\n", [.replace(area: 2, text: "- Outage")]) == text + "\n### Operations\n\n- Outage\n")
    }

    @Test func crlfFilesGetCRLF() throws {
        let text = (ladder + "## Score\n\n3/6\n").replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try written(text, [.replace(area: 0, text: "a\nb")]) == text.replacingOccurrences(of: "## Score",
            with: "## Evidence\r\n\r\n<!-- rubric: evidence -->\r\n\r\n### Architecture\r\n\r\na\r\nb\r\n\r\n## Score"))
    }

    /// Evidence and marks in one save: both written, nothing else changed.
    @Test func evidenceAndMarksTogether() throws {
        let text = ladder + "## Score\n\n3/6\n"
        let rubric = try parse(text)
        let saved = String(decoding: try rubric.bytes(withLevels: [2, 1, 2], evidence: [.replace(area: 1, text: "- Shipped")]), as: UTF8.self)
        #expect(saved == text.replacingOccurrences(of: "1. <mark>a</mark>\n2. b\n\n## Delivery\n\n1. a", with: "1. a\n2. <mark>b</mark>\n\n## Delivery\n\n1. <mark>a</mark>")
            .replacingOccurrences(of: "## Score\n\n3/6", with: "## Evidence\n\n<!-- rubric: evidence -->\n\n### Delivery\n\n- Shipped\n\n## Score\n\n5/6"))
    }

    /// Text with a heading as shallow as the section's would end it: refused, nothing written.
    @Test func evidenceThatWouldNotReadBackIsRefused() throws {
        let rubric = try parse(ladder)
        #expect(throws: RubricError.evidenceNotKept(area: "Delivery", depth: 3)) {
            try rubric.bytes(withLevels: rubric.currentLevels, evidence: [.replace(area: 1, text: "## Sneaky\n\n1. a\n2. b")])
        }
        let deeper = try written(ladder, [.replace(area: 1, text: "#### Q3\n- shipped")])
        #expect(try parse(deeper).evidenceText(ofArea: 1) == "#### Q3\n- shipped")
    }

    @Test func checkReportsSectionsThatNameNoAreaOrRepeatOne() throws {
        let text = ladder + "## Evidence\n<!-- rubric: evidence -->\n\nGeneral notes.\n\n### Security\n\n- x\n\n### Delivery\n\n- y\n\n### delivery\n\n- z\n\n## Score\n\n3/6\n"
        let rubric = try parse(text)
        #expect(rubric.evidenceNotes == "General notes.")
        #expect(rubric.evidenceText(ofArea: 1) == "- y")
        let messages = rubric.diagnostics.map { "\($0.line): \($0.message)" }
        #expect(messages == ["21: evidence for 'Security' names no area", "29: a second evidence section for area 'Delivery' (the first, at line 25, counts)"])
    }

    /// Every layout's example with evidence added reads it back, and the ladder is the same.
    @Test(arguments: ["technical.md", "bullets.md", "table.md", "headings.md"])
    func everyLayoutReadsItsEvidenceBack(name: String) throws {
        let rubric = try Rubric(bytes: fixture(name))
        let saved = try rubric.bytes(withLevels: rubric.currentLevels, evidence: [.replace(area: 0, text: "- first"), .note(area: rubric.areas.count - 1, text: "last")])
        let reread = try Rubric(bytes: saved)
        #expect(reread.layout == rubric.layout && reread.areaIDs == rubric.areaIDs && reread.currentLevels == rubric.currentLevels)
        #expect(reread.evidenceText(ofArea: 0) == "- first")
        #expect(reread.evidenceText(ofArea: rubric.areas.count - 1) == "- last")
        #expect(!reread.diagnostics.contains { $0.message.contains("evidence") })
    }
}

@Suite("Evidence: what a review found")
struct EvidenceReviewTests {
    /// Two areas of one name: a new section is headed `GROUP / NAME`, and reads back.
    @Test func aSharedNameIsWrittenWithItsGroup() throws {
        let text = "# Backend\n\n## Testing\n\n1. <mark>a</mark>\n2. b\n\n# Frontend\n\n## Testing\n\n1. a\n2. <mark>b</mark>\n\n## Score\n\n3/4\n"
        let rubric = try parse(text)
        #expect(try rubric.areaIndex(matching: "frontend / testing") == 1)
        #expect(throws: RubricError.areaAmbiguous("testing", candidates: ["Backend / Testing", "Frontend / Testing"])) { try rubric.areaIndex(matching: "testing") }
        let saved = try rubric.bytes(withLevels: rubric.currentLevels, evidence: [.note(area: 1, text: "x")])
        #expect(String(decoding: saved, as: UTF8.self).contains("### Frontend / Testing\n\n- x\n"))
        #expect(try Rubric(bytes: saved).evidenceText(ofArea: 1) == "- x")
    }

    /// A declaration in evidence would be a finding of its own: refused like a shallow heading.
    @Test func aDeclarationInEvidenceIsRefused() throws {
        let rubric = try parse("## A\n\n1. <mark>a</mark>\n2. b\n\n## Score\n\n1/2\n")
        #expect(throws: RubricError.evidenceNotKept(area: "A", depth: 3)) {
            try rubric.bytes(withLevels: [1], evidence: [.replace(area: 0, text: "<!-- rubric: evidence -->")])
        }
    }
}
