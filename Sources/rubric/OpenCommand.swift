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
    var file: String = Self.defaultFile

    static let defaultFile = DefaultFramework.fileName

    @OptionGroup var themeOption: ThemeOption

    func run() throws {
        try Self.open(file, themeName: themeOption.theme)
    }

    /// Opens `file` in the editor: the whole of `open`, callable without parsing arguments
    /// so that `RubricCommand.main` can skip ArgumentParser on the plain `rubric FILE` path.
    static func open(_ file: String, themeName: String?) throws {
        let themes = try ThemeOption.load(themeName)
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
        // Work that a hung-up session saved beside the file; a copy that cannot be used is not offered.
        let rescue = RescueFile.pending(for: loaded?.resolvedPath ?? file).flatMap { path in
            (try? LoadedFile.read(path)).flatMap { try? Rubric(bytes: $0.bytes) }.map { ($0, path) }
        }
        let status: Int32
        do {
            status = try TerminalApp.run(path: file, file: loaded, rubric: rubric, rescue: rescue, theme: themes.theme, monochrome: themes.monochrome)
        } catch {
            throw fail(file, "\(error)")
        }
        if status != 0 { throw ExitCode(status) }
    }
}
