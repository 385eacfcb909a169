import ArgumentParser
import RubricThemes
import RubricUI

#if canImport(Glibc)
import Glibc
#endif

struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List every theme, where it comes from, and a sample in its colours.",
        discussion: "Your own themes go in $XDG_CONFIG_HOME/rubric/themes (else ~/.config/rubric/themes) as NAME.toml; they hide built-in ones of the same name."
    )

    func run() throws {
        let environment = Environment.process
        let catalog = ThemeCatalog(environment: environment)
        let colorful = isatty(STDOUT_FILENO) == 1 && (environment["NO_COLOR"] ?? "").isEmpty
        let depth: ColorDepth = !colorful ? .none
            : environment["COLORTERM"].map { $0 == "truecolor" || $0 == "24bit" } == true ? .direct : .indexed256
        let entries = catalog.entries()
        let width = entries.map(\.name.count).max() ?? 0
        var broken = false
        for entry in entries {
            let name = entry.name + String(repeating: " ", count: width - entry.name.count)
            let origin = entry.origin == "built-in" ? "built-in" : entry.origin
            do {
                let theme = try catalog.theme(entry.origin == "built-in" ? entry.name : entry.origin)
                let sample = colorful ? "  " + ColorSample.line(theme, depth: depth) : ""
                let description = (try? catalog.definition(entry.origin == "built-in" ? entry.name : entry.origin))?.description ?? ""
                print("\(name)  \(origin)\(description.isEmpty ? "" : "  \(description)")\(sample)")
            } catch {
                broken = true
                print("\(name)  \(origin)  unusable: \(error)")
            }
        }
        if broken { throw ExitCode(ExitStatus.findings) }
    }
}
