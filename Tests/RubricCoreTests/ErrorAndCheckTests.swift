import Testing
@testable import RubricCore

@Suite("Bad input and check")
struct ErrorAndCheckTests {
    @Test func invalidUTF8NamesTheByte() {
        #expect(throws: RubricError.notUTF8(byteOffset: 5)) { try Rubric(bytes: Array("## A\n".utf8) + [0xFF]) }
        #expect(throws: RubricError.notUTF8(byteOffset: 2)) { try Rubric(bytes: [0x61, 0x62, 0xE2, 0x82]) }
        #expect(throws: RubricError.notUTF8(byteOffset: 0)) { try Rubric(bytes: [0xED, 0xA0, 0x80]) }  // a surrogate
        #expect(throws: RubricError.notUTF8(byteOffset: 0)) { try Rubric(bytes: [0xC0, 0x80]) }  // overlong
    }

    @Test func nulByteIsRefused() {
        #expect(throws: RubricError.containsNUL(byteOffset: 3)) { try Rubric(bytes: [0x23, 0x23, 0x20, 0x00]) }
    }

    /// The check reads ASCII eight bytes at a time: a bad byte is found at every position of
    /// a word, after text that is ASCII or not, and near the end.
    @Test func theFirstBadByteIsFoundAtAnyPosition() {
        for prefix in [Array("## Architecture\n".utf8), Array("## Ärchitecture é\n".utf8)] {
            for offset in 0..<24 {
                let text = prefix + Array(repeating: 0x61, count: offset)
                let nul = text + [0x00] + Array(repeating: 0x62, count: 9)
                #expect(TextValidation.firstProblem(in: nul) == .containsNUL(byteOffset: text.count))
                let invalid = text + [0xFF] + Array(repeating: 0x62, count: 9)
                #expect(TextValidation.firstProblem(in: invalid) == .notUTF8(byteOffset: text.count))
                #expect(TextValidation.firstProblem(in: text + Array("ü".utf8)) == nil)
            }
        }
    }

    @Test func aFileOfTwoGibibytesIsRefusedBeforeItIsRead() {
        #expect(RubricError.tooLarge(bytes: 1 << 31).description == "too large for a rubric: 2147483648 bytes (the limit is 2147483646 bytes, 2 GiB)")
    }

    /// The refusal says what the file holds instead, so a person can tell what to change.
    @Test func noAreasIsRefusedWithWhatWasFound() throws {
        func refusal(_ text: String) -> String {
            do { _ = try parse(text); return "parsed" } catch { return "\(error)" }
        }
        #expect(refusal("") == "no areas (0 headings, 0 numbered lists, 0 bullet items, 0 tables); 'rubric help format' shows the layouts rubric reads")
        #expect(refusal("# Title\n\n## Heading\n\nNo list.\n").hasPrefix("no areas (2 headings, 0 numbered lists"))
        #expect(refusal("```\n## A\n1. x\n```\n").hasPrefix("no areas (0 headings, 0 numbered lists"))
        #expect(refusal("# T\n\n- a\n- b\n\n1. x\n2. y\n\n| a | b |\n| - | - |\n| 1 | 2 |\n")
                == "no areas (1 heading, 1 numbered list, 2 bullet items, 1 table); 'rubric help format' shows the layouts rubric reads")
        #expect(refusal("---\ntitle: x\ntopics:\n  - name: a\n---\n\n# Page\n").contains("rubric import FILE -o NEW.md"))
    }

    /// Three typos that change what the example reads as, each said at its line.
    @Test func typosThatChangeTheLadderAreSaid() throws {
        let text = String(decoding: fixture("technical.md"), as: UTF8.self)
            .replacingOccurrences(of: "\n## Engineering\n", with: "\n##Engineering\n")
            .replacingOccurrences(of: "\n3. Continuously", with: "\n3 Continuously")
            .replacingOccurrences(of: "towards</mark>", with: "towards</mrak>")
        let found = try parse(text).diagnostics.map { "\($0.line): \($0.message)" }
        #expect(found.contains("15: looks like a heading without the space after its #s, so it is read as text; write '## Engineering' to make it one"))
        #expect(found.contains("35: looks like level 3 of area 'Operations' without the '.' after its number, so the area's levels end at 2; write '3. ' to make it a level"))
        #expect(found.contains("7: '</mrak>' looks like a misspelt </mark>, which rubric doesn't read as one"))
        #expect(found.contains("7: level 2 of area 'Architecture' has <mark> without </mark>"))
        // None of them in the examples as they are, nor in code, comments or a hashtag's neighbours.
        #expect(try Rubric(bytes: fixture("technical.md")).diagnostics.allSatisfy { !$0.message.contains("looks like") })
        let fine = try parse("---\n##Front: matter\n---\n## A\n\n1. a\n2. b <main> and `<mrak>`\n\n#hiring is open\n\n```\n##Code\n3 lines\n```\n\n<!--\n##Hidden\n-->\n\n42 is the answer\n")
        #expect(fine.diagnostics.allSatisfy { !$0.message.contains("looks like") }, "\(fine.diagnostics)")
    }

    @Test func oneEditApartIsOneTypo() {
        let mark = Array("mark".utf8)
        for typo in ["mrak", "makr", "mak", "marks", "nark", "amrk"] { #expect(Rubric.oneEditApart(Array(typo.utf8), mark), "\(typo)") }
        for other in ["mark", "main", "map", "kram", "ma"] where other != "mark" { #expect(!Rubric.oneEditApart(Array(other.utf8), mark), "\(other)") }
    }

    @Test func areaLookup() throws {
        let rubric = try Rubric(bytes: fixture("technical.md"))
        #expect(try rubric.areaIndex(matching: "3") == 2)
        #expect(try rubric.areaIndex(matching: "QUALITY") == 6)
        #expect(try rubric.areaIndex(matching: "sec") == 3)
        #expect(throws: RubricError.areaAmbiguous("s", candidates: ["Secure engineering", "Storage"])) {
            try rubric.areaIndex(matching: "s")
        }
        #expect(throws: RubricError.self) { try rubric.areaIndex(matching: "8") }
        #expect(throws: RubricError.self) { try rubric.areaIndex(matching: "People") }
    }

    @Test func areasAreFoundAsAPersonTypesThem() throws {
        let rubric = try parse("## 🚚 Delivery\n\n1. a\n\n## 1. Execution & *Delivery*\n\n1. b\n\n## **Leadership**\n\n1. c\n")
        #expect(try rubric.areaIndex(matching: "delivery") == 0)
        #expect(try rubric.areaIndex(matching: "execution") == 1)
        #expect(try rubric.areaIndex(matching: "Execution & Delivery") == 1)
        #expect(try rubric.areaIndex(matching: "LEADERSHIP") == 2)
        #expect(try rubric.areaIndex(matching: "🚚 Delivery") == 0)
    }

    @Test func exactNameBeatsPrefix() throws {
        let rubric = try parse("## Ops\n\n1. a\n\n## Ops tooling\n\n1. b\n")
        #expect(try rubric.areaIndex(matching: "ops") == 0)
    }

    @Test func checkReportsEachProblemWithItsLine() throws {
        #expect(try Rubric(bytes: fixture("two-marks.md")).diagnostics.map(\.line) == [1, 1])
        let empty = try Rubric(bytes: fixture("empty-level.md")).diagnostics
        #expect(empty.map(\.line) == [3, 6])
        #expect(empty[0].message.contains("level 1 of area 'Design' is empty"))
        #expect(empty[1].message.contains("no levels"))
        let missing = try Rubric(bytes: fixture("missing-score.md")).diagnostics
        #expect(missing.count == 1 && missing[0].message.contains("no '## Score'"))
        let stale = try Rubric(bytes: fixture("stale-score.md")).diagnostics
        #expect(stale.map(\.line) == [10])
        #expect(stale[0].message.contains("says 1/9, the marks give 2/2"))
        #expect(try parse("## D\n\n1. a\n\n## Score\n").diagnostics[0].message.contains("no 'N/M' line"))
    }

    @Test func sanitizingTerminalText() {
        #expect(SafeText.sanitized("a\u{1B}[31mb") == "a\u{241B}[31mb")
        #expect(SafeText.sanitized("x\u{7F}\u{9B}\u{202E}y\tz") == "x\u{2421}\u{FFFD}\u{FFFD}y z")
        #expect(SafeText.sanitized("日本語 ✅") == "日本語 ✅")
    }

    @Test func defaultFrameworkIsSevenAreasOfFiveLevelsAndPassesCheck() throws {
        let rubric = try Rubric(bytes: DefaultFramework.bytes)
        #expect(rubric.areas.count == 7 && rubric.areas.allSatisfy { $0.maximum == 5 })
        #expect(rubric.total == 0 && rubric.maximum == 35)
        #expect(rubric.diagnostics.isEmpty)
        let text = DefaultFramework.bytes.text
        #expect(!text.lowercased().contains("<mark>"))
        // Words for any organisation: nothing of the example it replaced.
        for leftover in ["ASOS", "(?)", "  ", "<details"] { #expect(!text.contains(leftover), "\(leftover)") }
        #expect(text.hasSuffix("## Score\n\n0/35\n"))
    }

    @Test func unbalancedDetailsAndSummaryAreReported() throws {
        let text = "## A\n\n1. <details><summary>More</summary>hidden\n2. <details open><summary>x</summary>y</details>\n3. <DETAILS>z</Details></summary>\n"
        let rubric = try Rubric(bytes: Array(text.utf8))
        let unbalanced = rubric.diagnostics.filter { $0.message.contains("unbalanced") }
        // Tags in code are text: a level that shows them is not reported.
        let inCode = "## B\n\nHow to fold: `<details>`.\n\n1. Writes `<summary>` by hand\n2. Shows\n\n   ```html\n   <details>\n   ```\n"
        #expect(try Rubric(bytes: Array(inCode.utf8)).diagnostics.allSatisfy { !$0.message.contains("unbalanced") })
        let inDescription = try Rubric(bytes: Array("## C\n\n<details>\n\n1. x\n".utf8))
        #expect(inDescription.diagnostics.first?.message == "the description of area 'C' has unbalanced HTML: <details> opened 1, closed 0")
        #expect(unbalanced == [
            Diagnostic(line: 3, message: "level 1 of area 'A' has unbalanced HTML: <details> opened 1, closed 0"),
            Diagnostic(line: 5, message: "level 3 of area 'A' has unbalanced HTML: <summary> opened 0, closed 1"),
        ])
    }
}
