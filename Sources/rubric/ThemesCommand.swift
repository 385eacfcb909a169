import ArgumentParser
import RubricTerminal
import RubricThemes
import RubricUI
import RubricStyle

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
        let width = OutputWidth.current()
        let glyphs: Glyphs = TerminalLocale.isUTF8() ? .unicode : .ascii
        let entries = catalog.entries()
        let nameWidth = entries.map { CharacterWidth.of($0.name) }.max() ?? 0
        var broken = false
        for entry in entries {
            let key = entry.origin == "built-in" ? entry.name : entry.origin
            let name = entry.name + String(repeating: " ", count: nameWidth - CharacterWidth.of(entry.name))
            do {
                let theme = try catalog.theme(key)
                let description = (try? catalog.definition(key))?.description ?? ""
                print(Self.fitted("\(name)  \(entry.origin)\(description.isEmpty ? "" : "  \(description)")", width: width, glyphs))
                // The sample under the name, lined up with the origins above it.
                if colorful {
                    print(String(repeating: " ", count: nameWidth + 2) + ColorSample.line(theme, depth: depth, width: width - nameWidth - 2, glyphs: glyphs))
                }
            } catch {
                broken = true
                print(Self.fitted("\(name)  \(entry.origin)  unusable: \(error)", width: width, glyphs))
            }
        }
        if broken { throw ExitCode(ExitStatus.findings) }
    }

    /// A line cut to `width` columns, with an ellipsis where it was cut; `?` for characters
    /// outside ASCII when the locale can't show them.
    static func fitted(_ line: String, width: Int, _ glyphs: Glyphs) -> String {
        let shown = glyphs.text(line)
        return CharacterWidth.of(shown) <= width ? shown : TextWrap.truncated(shown, width: width, ellipsis: glyphs.ellipsis)
    }

}
