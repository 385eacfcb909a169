import Foundation
import Testing

@Suite("Themes in a terminal", .serialized)
struct ThemeEndToEndTests {
    @Test func theChosenThemesColoursReachTheTerminal() throws {
        let scratch = Scratch()
        let theme = scratch.write(Array("inherits = \"default\"\nroles.title = { fg = 16, bg = 201 }\n".utf8), as: "pink.toml")
        let session = try TmuxSession([scratch.copy("technical.md"), "--theme", theme], recordOutput: true)
        try session.waitFor("Score 15/35")
        try session.press("q")
        #expect(try session.waitForExit() == 0)
        let output = String(decoding: session.output(), as: UTF8.self)
        #expect(output.contains("48;5;201"))
    }

    @Test func themeFromTheEnvironment() throws {
        let scratch = Scratch()
        let session = try TmuxSession([scratch.copy("technical.md")], recordOutput: true, environment: ["RUBRIC_THEME": "solarized-dark"])
        try session.waitFor("Score 15/35")
        try session.press("q")
        #expect(try session.waitForExit() == 0)
        // Solarized's base03 background, #002b36, is 234 among the 256.
        #expect(String(decoding: session.output(), as: UTF8.self).contains("48;5;234"))
    }

    @Test func noColorMeansAttributesOnly() throws {
        let scratch = Scratch()
        let session = try TmuxSession([scratch.copy("technical.md")], recordOutput: true, environment: ["NO_COLOR": "1"])
        try session.waitFor("Score 15/35")
        try session.press("q")
        #expect(try session.waitForExit() == 0)
        let output = String(decoding: session.output(), as: UTF8.self)
        for colour in ["38;5;", "48;5;"] + (0...7).flatMap({ ["\u{1B}[3\($0)m", "\u{1B}[4\($0)m"] }) {
            #expect(!output.contains(colour), "\(colour.debugDescription)")
        }
        #expect(output.contains("\u{1B}[0;7m"))  // the selection, in reverse video
    }

    @Test func aBrokenThemeStopsBeforeTheScreen() throws {
        let scratch = Scratch()
        let theme = scratch.write(Array("[roles.title]\nfg = \"purple\"\n".utf8), as: "bad.toml")
        let result = try runRubric([scratch.copy("technical.md"), "--theme", theme])
        #expect(result.status == 2)
        #expect(result.stderr == "rubric: \(theme):2: unknown colour 'purple' (use one of the 16 colour names, default, 0-255 or #rrggbb)\n")
        let unknown = try runRubric([scratch.copy("technical.md"), "--theme", "nope"])
        #expect(unknown.status == 2 && unknown.stderr.contains("available: default, high-contrast, light, monochrome, solarized-dark"))
    }

    @Test func themesListsEveryTheme() throws {
        let result = try runRubric(["themes"])
        #expect(result.status == 0)
        for name in ["default", "high-contrast", "light", "monochrome", "solarized-dark"] {
            #expect(result.stdout.contains("\(name) "), "\(name)")
        }
        #expect(result.stdout.contains("built-in"))
    }

    /// In a terminal, every line fits its width: a theme's line, then its sample lined up
    /// under the origins; nothing wraps. Outside a UTF-8 locale, only ASCII is written.
    @Test(arguments: [(50, "C.UTF-8"), (80, "C.UTF-8"), (50, "C")])
    func themesFitTheTerminal(width: Int, locale: String) throws {
        let session = try TmuxSession(["themes"], width: width, height: 20, recordOutput: true,
                                      environment: ["LANG": locale, "LC_ALL": locale])
        #expect(try session.waitForExit() == 0)
        let rows = try session.screen().split(separator: "\n").filter { !$0.allSatisfy { $0 == " " } && !$0.hasPrefix("Pane is dead") }
        let names = ["default", "high-contrast", "light", "monochrome", "solarized-dark"]
        // A wrapped line would add a row that is neither a theme nor a sample.
        #expect(rows.count == 2 * names.count, "\(rows)")
        for (index, name) in names.enumerated() {
            #expect(rows[2 * index].hasPrefix(name + " "), "\(rows)")
            #expect(rows[2 * index + 1].hasPrefix(String(repeating: " ", count: 16) + " Title "), "\(rows)")
        }
        if locale == "C" { #expect(session.output().allSatisfy { $0 < 0x80 }) }
    }
}
