import ArgumentParser
import RubricCore
import RubricReports

extension ScoreReport.Format: ExpressibleByArgument {}

struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Print each area's level and the total score."
    )

    @Argument(help: "The rubric file.")
    var file: String = DefaultFramework.fileName

    @Option(help: "Output format: text, json or csv.")
    var format: ScoreReport.Format = .text

    func run() throws {
        let (_, rubric) = try loadRubric(file)
        print(ScoreReport.render(rubric, as: format), terminator: "")
    }
}
