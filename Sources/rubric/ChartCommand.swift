import ArgumentParser
import RubricChart
import RubricCore
import RubricStore

struct ChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "Draw an assessment as an SVG picture (for a pull request or a review).",
        usage: "rubric chart [FILE] [--against OTHER] [-o OUT.svg]",
        discussion: """
            One horizontal bar per area, its level out of its maximum, grouped, with the total. With --against, \
            the other assessment is drawn over it as an outline, with a legend naming both. The picture reads \
            on GitHub's light and dark pages alike. Without -o, it goes to standard output.
            """
    )

    @Argument(help: "The rubric file, or REV:PATH.")
    var file: String = DefaultFramework.fileName

    @Option(help: ArgumentHelp("A second assessment to draw over the first: a file or REV:PATH.", valueName: "OTHER"))
    var against: String?

    @Option(name: [.short, .customLong("output")], help: "The SVG file to write (replaced if it exists).")
    var output: String?

    func run() throws {
        let source = RubricSource(file), other = against.map(RubricSource.init)
        let names = other.map { RubricSource.names(source, $0) } ?? (source.shortName, "")
        let first = BarChart.Side(name: names.0, rubric: try loadRubric(from: source))
        let second = try other.map { BarChart.Side(name: names.1, rubric: try loadRubric(from: $0)) }
        if let output {
            for read in [source] + (other.map { [$0] } ?? []) where SameFile.check(output, read.name) {
                throw fail(output, "is \(SafeText.sanitized(read.name)), which the chart is drawn from; choose another file to write")
            }
        }
        let svg = BarChart(first, against: second).svg()
        guard let output else {
            print(svg, terminator: "")
            return
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
