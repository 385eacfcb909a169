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
        let isTerminal = isatty(STDOUT_FILENO) == 1
        let colorful = isTerminal && (environment["NO_COLOR"] ?? "").isEmpty
        let depth: ColorDepth = !colorful ? .none
            : environment["COLORTERM"].map { $0 == "truecolor" || $0 == "24bit" } == true ? .direct : .indexed256
        let width = isTerminal ? Self.terminalWidth() : 80
        let entries = catalog.entries()
        let nameWidth = entries.map { CharacterWidth.of($0.name) }.max() ?? 0
        var broken = false
        for entry in entries {
            let key = entry.origin == "built-in" ? entry.name : entry.origin
            let name = entry.name + String(repeating: " ", count: nameWidth - CharacterWidth.of(entry.name))
            do {
                let theme = try catalog.theme(key)
                let description = (try? catalog.definition(key))?.description ?? ""
                print(Self.fitted("\(name)  \(entry.origin)\(description.isEmpty ? "" : "  \(description)")", width: width))
                // The sample under the name, lined up with the origins above it.
                if colorful { print(String(repeating: " ", count: nameWidth + 2) + ColorSample.line(theme, depth: depth, width: width - nameWidth - 2)) }
            } catch {
                broken = true
                print(Self.fitted("\(name)  \(entry.origin)  unusable: \(error)", width: width))
            }
        }
        if broken { throw ExitCode(ExitStatus.findings) }
    }

    /// A line cut to `width` columns, with … where it was cut.
    static func fitted(_ line: String, width: Int) -> String {
        guard CharacterWidth.of(line) > width else { return line }
        var kept = "", used = 0
        for character in line {
            let w = CharacterWidth.of(character)
            if used + w > width - 1 { break }
            kept.append(character)
            used += w
        }
        return kept + "…"
    }

    static func terminalWidth() -> Int {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}
