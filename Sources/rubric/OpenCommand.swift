import ArgumentParser
import RubricCore

struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the full-screen editor (the default command)."
    )

    @Argument(help: "The rubric file; created from the built-in framework on first save if missing.")
    var file: String = DefaultFramework.fileName

    func run() throws {
        printError("rubric: the full-screen editor is not built yet; use 'rubric score', 'check' or 'mark'")
        throw ExitCode(ExitStatus.unusableInput)
    }
}
