import ArgumentParser
import RubricChart
import RubricCore
import RubricGit
import RubricReports
import RubricStore

#if canImport(Glibc)
import Glibc
#endif

struct PacketCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "packet",
        abstract: "Write the promotion case as one markdown document: score, title, target and gap, and each area's level and evidence.",
        usage: "rubric packet [FILE] [--target TITLE] [-o OUT.md [--chart [--against OTHER]]]",
        discussion: """
            The person is named from the file's name. Without -o, the document goes to standard output. \
            With --chart, the assessment's chart (with --against, both) is written beside OUT as OUT-chart.svg and \
            linked from it. OUT and the chart are never overwritten, and never one of the files read.
            """
    )

    @Argument(help: "The rubric file.")
    var file: String = DefaultFramework.fileName

    @Option(help: ArgumentHelp("The title to make the case for, instead of the file's target.", valueName: "TITLE"))
    var target: String?

    @Option(name: [.short, .customLong("output")], help: "The markdown file to write (never replaced).")
    var output: String?

    @Flag(help: "Also write the assessment's chart beside OUT, linked from it.")
    var chart = false

    @Option(help: ArgumentHelp("With --chart: a second assessment drawn over the first, a file or REV:PATH.", valueName: "OTHER"))
    var against: String?

    @Option(help: ArgumentHelp("The date written (default today).", valueName: "YYYY-MM-DD"))
    var date: String?

    func validate() throws {
        if let date, date.wholeMatch(of: /\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])/) == nil {
            throw ValidationError("--date takes a day as YYYY-MM-DD, not '\(date)'")
        }
        if chart && output == nil { throw ValidationError("--chart writes beside the document: give -o OUT.md") }
        if against != nil && !chart { throw ValidationError("--against draws a second assessment on the chart: add --chart") }
    }

    func run() throws {
        let source = RubricSource(file)
        let rubric = try loadRubric(from: source)
        var targetIndex: Int?
        if let target {
            guard let index = rubric.titles.firstIndex(where: { $0.isNamed(target) }) else {
                let titles = rubric.titles.isEmpty ? "the ladder has no titles" : "titles: " + rubric.titles.map { SafeText.sanitized($0.name) }.joined(separator: ", ")
                throw fail(file, "no title '\(SafeText.sanitized(target))' (\(titles))")
            }
            targetIndex = index
        }
        let sources = [source] + (against.map { [RubricSource($0)] } ?? [])
        let chartPath = output.map { Self.chartPath(for: $0) }
        for path in [output, chart ? chartPath : nil].compactMap({ $0 }) {
            for read in sources where SameFile.check(path, read.name) {
                throw fail(path, "is \(SafeText.sanitized(read.name)), which the packet is made from; choose another file to write")
            }
            if LoadedFile.exists(path) { throw fail(path, "already exists; the packet never replaces a file") }
        }
        let options = PacketReport.Options(person: personName(source.name), date: date ?? Self.today(), target: targetIndex,
                                           chart: chart ? chartPath.map(PathName.base) : nil,
                                           chartDescription: against.map { "The assessment as a chart, with \(SafeText.sanitized($0)) drawn over it as outlines" }
                                               ?? "The assessment as a chart")
        let document = PacketReport.render(rubric, options)
        guard let output else { return print(document, terminator: "") }
        if chart, let chartPath {
            let other = try against.map { BarChart.Side(name: RubricSource.names(source, RubricSource($0)).1, rubric: try loadRubric(from: RubricSource($0))) }
            let names = against.map { RubricSource.names(source, RubricSource($0)).0 } ?? source.shortName
            try create(Array(BarChart(BarChart.Side(name: names, rubric: rubric), against: other).svg().utf8), at: chartPath)
        }
        try create(Array(document.utf8), at: output)
        print("Wrote \(SafeText.sanitized(output))" + (chart ? " and \(SafeText.sanitized(chartPath ?? ""))" : ""))
    }

    /// `case.md` → `case-chart.svg`, beside it.
    static func chartPath(for output: String) -> String {
        (output.hasSuffix(".md") ? String(output.dropLast(3)) : output) + "-chart.svg"
    }

    private func create(_ bytes: [UInt8], at path: String) throws {
        do { _ = try SafeSave.create(path, bytes: bytes) } catch { throw fail(path, error) }
    }

    /// Today in the local time zone, `YYYY-MM-DD`.
    static func today() -> String {
        var now = time(nil), parts = tm()
        localtime_r(&now, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))"
    }
}
