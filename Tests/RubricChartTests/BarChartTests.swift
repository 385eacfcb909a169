import Foundation
@testable import RubricChart
import RubricCore
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The chart parsed as XML: every text it holds, and whether it is well formed.
private final class TextCollector: NSObject, XMLParserDelegate {
    var texts: [String] = []
    var elements: [String] = []
    private var current = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        elements.append(name)
        current = ""
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text" || name == "title" { texts.append(current) }
        current = ""
    }

    static func parse(_ svg: String) -> TextCollector? {
        let collector = TextCollector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = collector
        return parser.parse() ? collector : nil
    }
}

@Suite("The SVG chart")
struct BarChartTests {
    private func fixture(_ name: String) throws -> Rubric {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("RubricCoreTests/Fixtures/\(name)")
        return try Rubric(bytes: [UInt8](Data(contentsOf: url)))
    }

    @Test func everyAreaTheTotalAndTheNameAreText() throws {
        let rubric = try fixture("technical.md")
        let svg = BarChart(.init(name: "technical.md", rubric: rubric)).svg()
        let parsed = try #require(TextCollector.parse(svg))
        for area in rubric.areas { #expect(parsed.texts.contains(area.name), "\(area.name)") }
        #expect(parsed.texts.contains("Technical") && parsed.texts.contains("technical.md"))
        #expect(parsed.texts.contains("Total: technical.md 15/35 (43%)"))
        #expect(!parsed.elements.contains("script") && !parsed.elements.contains("image") && !svg.contains("@import") && !svg.contains("url("))
        #expect(svg.contains("@media (prefers-color-scheme: dark)"))
    }

    @Test func againstAnotherBothNamesAndTotalsAndTheOutlines() throws {
        let mine = try fixture("technical.md")
        let theirs = try Rubric(bytes: mine.bytes(settingArea: 4, to: 4))
        let svg = BarChart(.init(name: "ana.md", rubric: mine), against: .init(name: "HEAD~1:ana.md", rubric: theirs)).svg()
        let parsed = try #require(TextCollector.parse(svg))
        #expect(parsed.texts.contains("ana.md") && parsed.texts.contains("HEAD~1:ana.md"))
        #expect(parsed.texts.contains("Total: ana.md 15/35 (43%)") && parsed.texts.contains("Total: HEAD~1:ana.md 17/35 (49%)"))
        #expect(parsed.texts.contains("1 of 7 areas differ."))
        #expect(parsed.texts.contains("2/5 · 4/5") && parsed.texts.contains("3/5 · 3/5"))
        // One outline per area with a level on the other side, and one in the legend.
        #expect(svg.components(separatedBy: "class=\"b\"").count - 1 == 7 + 1)
    }

    /// The title under the total, and with a target a mark on each bar at the level it asks.
    @Test func theTitleAndWhatTheTargetAsks() throws {
        let rubric = try fixture("promotion.md")
        let svg = BarChart(.init(name: "promotion.md", rubric: rubric)).svg()
        let parsed = try #require(TextCollector.parse(svg))
        #expect(parsed.texts.contains("Total: promotion.md 10/20 (50%) · Engineer II"))
        #expect(parsed.texts.contains("Target: Senior Engineer, 3 to go (the orange marks)"))
        // Senior Engineer asks 3 of Architecture and Operations, 4 of Delivery: a mark on every bar.
        #expect(svg.components(separatedBy: "<line class=\"target\"").count - 1 == 4)
        #expect(svg.contains(".target {"))
    }

    @Test func aLadderThatNamesItsLevelsShowsTheNames() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("RubricCoreTests/Fixtures/table.md")
        let table = try Rubric(bytes: [UInt8](Data(contentsOf: url)))
        let parsed = try #require(TextCollector.parse(BarChart(.init(name: "t.md", rubric: table)).svg()))
        let named = try #require(table.areas.first { $0.currentLevelName != nil })
        #expect(parsed.texts.contains("\(named.currentLevel)/\(named.maximum) \(named.currentLevelName!)"), "\(parsed.texts)")
    }

    @Test func moreLevelsOnTheOtherSideStayOnTheTrack() throws {
        let mine = try Rubric(bytes: Array("## One\n\n1. a\n2. <mark>b</mark>\n".utf8))
        let theirs = try Rubric(bytes: Array("## One\n\n1. a\n2. b\n3. c\n4. d\n5. <mark>e</mark>\n".utf8))
        let svg = BarChart(.init(name: "a.md", rubric: mine), against: .init(name: "b.md", rubric: theirs)).svg()
        let parsed = try #require(TextCollector.parse(svg))
        #expect(parsed.texts.contains("2/2 · 5/5"))
        // Every rectangle ends inside the picture's 760 columns.
        let widths = svg.split(separator: "<rect").dropFirst().compactMap { rect -> Double? in
            func value(_ name: String) -> Double? {
                rect.range(of: "\(name)=\"").flatMap { Double(rect[$0.upperBound...].prefix { $0 != "\"" }) }
            }
            guard let x = value("x"), let width = value("width") else { return nil }
            return x + width
        }
        #expect(!widths.isEmpty && widths.allSatisfy { $0 <= 760 })
    }

    @Test func fileTextIsEscapedAndThirtyAreasFit() throws {
        let areas = (1...30).map { "## Area <\($0)> & \"more\" \u{FFFF}\n\n1. <mark>a</mark>\n2. b\n" }.joined(separator: "\n")
        let rubric = try Rubric(bytes: Array(("# Group & <co>\n\n" + areas).utf8))
        let svg = BarChart(.init(name: "a&b.md", rubric: rubric)).svg()
        let parsed = try #require(TextCollector.parse(svg))
        #expect(parsed.texts.contains("Area <30> & \"more\"  ") && parsed.texts.contains("Group & <co>"))
        #expect(parsed.texts.filter { $0.hasPrefix("Area <") }.count == 30)
    }
}

@Suite("The history chart")
struct HistoryChartTests {
    @Test func datesOnTheAxisEveryAreaAndTheTotal() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("RubricCoreTests/Fixtures/technical.md")
        let first = try Rubric(bytes: [UInt8](Data(contentsOf: url)))
        let second = try Rubric(bytes: first.bytes(settingArea: 4, to: 4))
        let revisions = [(second, "2026-09-01T10:00:00+02:00"), (first, "2026-01-01T10:00:00+00:00")].enumerated().map { index, pair in
            Revision(commit: "c\(index)", shortCommit: "c\(index)", date: pair.1, author: "Ana", subject: "s", parents: [], bytes: pair.0.bytes)
        }
        let svg = HistoryChart(name: "ana.md", history: ScoreHistory(revisions: revisions)).svg()
        let parsed = try #require(TextCollector.parse(svg))
        #expect(parsed.texts.contains("2026-01-01") && parsed.texts.contains("2026-04-01") && parsed.texts.contains("2026-07-01"))
        for area in first.areas { #expect(parsed.texts.contains(area.name)) }
        #expect(parsed.texts.contains("Total") && parsed.texts.contains("17/35") && parsed.texts.contains("ana.md"))
        #expect(parsed.texts.contains("2 changes of the marks") && svg.contains("prefers-color-scheme: dark"))
    }

    @Test func theTimeAxisIsDatedAtRoundDates() {
        func marks(_ from: String, _ to: String) -> [String] {
            HistoryChart.roundDates(from: HistoryChart.day(from), to: HistoryChart.day(to)).map(HistoryChart.date)
        }
        #expect(marks("2025-06-03", "2025-09-20") == ["2025-07-01", "2025-08-01", "2025-09-01"])
        #expect(marks("2025-06-03", "2026-06-02") == ["2025-07-01", "2025-10-01", "2026-01-01", "2026-04-01"])
        #expect(marks("2021-02-10", "2026-06-02") == ["2022-01-01", "2023-01-01", "2024-01-01", "2025-01-01", "2026-01-01"])
        // Within a month (or with a single month start), the first and last days.
        #expect(marks("2026-01-01", "2026-01-02") == ["2026-01-01", "2026-01-02"])
        #expect(marks("2026-03-05", "2026-03-05") == ["2026-03-05"])
    }

    @Test func uncommittedChangesAreLabelledAndEachAreaHasRoom() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("RubricCoreTests/Fixtures/technical.md")
        let first = try Rubric(bytes: [UInt8](Data(contentsOf: url)))
        let revisions = [Revision(commit: "c0", shortCommit: "c0", date: "2026-01-01T10:00:00+00:00", author: "Ana", subject: "s", parents: [], bytes: first.bytes)]
        let history = ScoreHistory(revisions: revisions, working: try first.bytes(settingArea: 0, to: 4), head: first.bytes, workingDate: "2026-03-01T10:00:00+00:00")
        let svg = HistoryChart(name: "ana.md", history: history).svg()
        #expect(try #require(TextCollector.parse(svg)).texts.contains("uncommitted"))
        #expect(!HistoryChart(name: "ana.md", history: ScoreHistory(revisions: revisions)).svg().contains("uncommitted"))
        // A line per level in each area's strip: 4 for each of the 7 five-level areas.
        #expect(svg.components(separatedBy: "<line class=\"tick\" x1").count - 1 >= 28)
    }

    @Test func daysAndDatesRoundTrip() {
        for date in ["1970-01-01", "2000-02-29", "2026-11-29", "2100-12-31"] {
            #expect(HistoryChart.date(HistoryChart.day(date)) == date)
        }
        #expect(HistoryChart.day("1970-01-02") == 1 && HistoryChart.day("2026-03-01") - HistoryChart.day("2026-02-28") == 1)
    }
}
