import ArgumentParser
import RubricCore
import RubricReports
import RubricStore

extension EvidenceReport.Format: ExpressibleByArgument {}

struct EvidenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence",
        abstract: "Print each area's evidence, or one area's.",
        usage: "rubric evidence [FILE] [AREA] [--format text|json|markdown]",
        discussion: "Evidence is kept in the file's evidence block ('rubric help format', \"Evidence\"). A first argument that is an existing file or ends in .md is the file."
    )

    @Argument(help: ArgumentHelp("The file (default ./rubric.md), then an area (its number, or its name in any case; a unique prefix is enough).",
                                 valueName: "[FILE] [AREA]"))
    var arguments: [String] = []

    @Option(help: "Output format: text, json or markdown.")
    var format: EvidenceReport.Format = .text

    func validate() throws {
        if arguments.count > 2 { throw ValidationError("expected [FILE] [AREA], got \(arguments.count) arguments") }
    }

    func run() throws {
        let (file, rest) = fileAndRest(arguments)
        let (_, rubric) = try loadRubric(file)
        let area = try rest.first.map { name in try areaIndex(name, in: rubric, file: file) }
        print(EvidenceReport.render(rubric, area: area, as: format), terminator: "")
    }
}

/// `[FILE] REST...`: the first argument is the file when it names one that exists or ends in
/// `.md`; else the file is ./rubric.md.
func fileAndRest(_ arguments: [String]) -> (file: String, rest: [String]) {
    guard let first = arguments.first, first.hasSuffix(".md") || LoadedFile.exists(first) else { return (DefaultFramework.fileName, arguments) }
    return (first, Array(arguments.dropFirst()))
}

/// An area by number or name, or the one clear line that says why not.
func areaIndex(_ name: String, in rubric: Rubric, file: String) throws -> Int {
    do { return try rubric.areaIndex(matching: name) } catch { throw fail(file, error) }
}
