import ArgumentParser
import RubricThemes
import RubricUI
import RubricStyle

/// `--theme NAME|PATH`, shared by the commands that draw in colour.
struct ThemeOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A theme name or a path to a .toml theme file (default: $RUBRIC_THEME, else 'default'; 'monochrome' when NO_COLOR is set).",
        valueName: "name|path"))
    var theme: String?

    /// The chosen theme and the monochrome one for terminals without colour, or a one-line
    /// error exit.
    static func load(_ theme: String?) throws -> (theme: Theme, monochrome: Theme) {
        let environment = Environment.process
        let catalog = ThemeCatalog(environment: environment)
        do {
            return (try catalog.theme(ThemeCatalog.choice(option: theme, environment: environment)),
                    try catalog.theme(ThemeCatalog.monochromeName))
        } catch {
            printError(UsageText.errorLine("\(error)"))
            throw ExitCode(ExitStatus.unusableInput)
        }
    }
}

