import ArgumentParser
import RubricChart
import RubricCore
import RubricGit
import RubricStore

struct ChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "Draw an assessment as an SVG picture (for a pull request or a review).",
        usage: "rubric chart [FILE] [--against OTHER | --history] [-o OUT.svg]\n  rubric chart --team PATH... [--at REV] [-o OUT.svg]",
        discussion: """
            One horizontal bar per area, its level out of its maximum, grouped, with the total. With --against, \
            the other assessment is drawn over it as an outline, with a legend naming both. The picture reads \
            on GitHub's light and dark pages alike. With --history, the total and each area over time instead, \
            from the file's git history, with dates on the time axis. Without -o, it goes to standard output.
            """
    )

    @Argument(help: "The rubric file, or REV:PATH.")
    var file: String = DefaultFramework.fileName

    @Option(help: ArgumentHelp("A second assessment to draw over the first: a file or REV:PATH.", valueName: "OTHER"))
    var against: String?

    @Flag(help: "Draw the total and each area over time, from the file's git history.")
    var history = false

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Draw a team instead: files or folders, as 'rubric team' reads them.", valueName: "PATH"))
    var team: [String] = []

    @Option(help: ArgumentHelp("With --team: every file as git holds it at this revision.", valueName: "REV"))
    var at: String?

    @Option(name: [.short, .customLong("output")], help: "The SVG file to write (replaced if it exists).")
    var output: String?

    func validate() throws {
        if history && against != nil { throw ValidationError("--history and --against draw different pictures: choose one") }
        if !team.isEmpty && (history || against != nil) { throw ValidationError("--team draws a team: it takes no --history or --against") }
        if at != nil && team.isEmpty { throw ValidationError("--at goes with --team") }
    }

    func run() throws {
        if !team.isEmpty {
            let place = team.joined(separator: " ")
            let people = Team(try TeamCommand.members(team, at: at, place: place, warn: true))
            guard !people.people.isEmpty else { throw fail(place, "holds no rubric (no .md file with an area)") }
            return try emit(TeamChart(people).svg(), reading: [])
        }
        guard !history else {
            let svg = HistoryChart(name: PathName.base(file), history: try HistoryCommand.read(file)).svg()
            return try emit(svg, reading: [RubricSource(file)])
        }
        let source = RubricSource(file), other = against.map(RubricSource.init)
        let names = other.map { RubricSource.names(source, $0) } ?? (source.shortName, "")
        let first = BarChart.Side(name: names.0, rubric: try loadRubric(from: source))
        let second = try other.map { BarChart.Side(name: names.1, rubric: try loadRubric(from: $0)) }
        try emit(BarChart(first, against: second).svg(), reading: [source] + (other.map { [$0] } ?? []))
    }

    /// To standard output, or to -o, which must not be one of the files read.
    private func emit(_ svg: String, reading sources: [RubricSource]) throws {
        guard let output else {
            print(svg, terminator: "")
            return
        }
        for read in sources where SameFile.check(output, read.name) {
            throw fail(output, "is \(SafeText.sanitized(read.name)), which the chart is drawn from; choose another file to write")
        }
        try write(Array(svg.utf8), to: output)
    }
}

/// Writes a generated file safely: a new one is created, an existing one replaced whole.
func write(_ bytes: [UInt8], to path: String) throws {
    do {
        if LoadedFile.exists(path) {
            _ = try SafeSave.replace(LoadedFile.read(path), with: bytes, allowing: [.changedOnDisk])
        } else {
            _ = try SafeSave.create(path, bytes: bytes)
        }
    } catch {
        throw fail(path, error)
    }
}
