import ArgumentParser
import RubricCore
import RubricReports

extension TitlesReport.Format: ExpressibleByArgument {}

struct TitlesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "titles",
        abstract: "List the ladder's titles, met or not, with what each unmet one still takes.",
        discussion: "Titles come from the file's titles block ('rubric help format', \"Titles\"), else from the names of its levels. The current title and the target are marked."
    )

    @Argument(help: "The rubric file.")
    var file: String = DefaultFramework.fileName

    @Option(help: "Output format: text or json.")
    var format: TitlesReport.Format = .text

    func run() throws {
        let (_, rubric) = try loadRubric(file)
        print(TitlesReport.render(rubric, as: format), terminator: "")
    }
}
