import ArgumentParser
import RubricCore
import RubricStore
import RubricTerminal
import RubricUI

struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the full-screen editor (the default command)."
    )

    @Argument(help: "The rubric file; when it doesn't exist, the built-in framework is shown and the first save creates it.")
    var file: String = DefaultFramework.fileName

    @OptionGroup var themeOption: ThemeOption

    func run() throws {
        let themes = try themeOption.load()
        let loaded: LoadedFile?
        let rubric: Rubric
        if LoadedFile.exists(file) {
            let (existing, parsed) = try loadRubric(file)
            loaded = existing
            rubric = parsed
        } else {
            loaded = nil
            rubric = try Rubric(bytes: DefaultFramework.bytes)
        }
        let status: Int32
        do {
            status = try TerminalApp.run(path: file, file: loaded, rubric: rubric, theme: themes.theme, monochrome: themes.monochrome)
        } catch {
            throw fail(file, "\(error)")
        }
        if status != 0 { throw ExitCode(status) }
    }
}
