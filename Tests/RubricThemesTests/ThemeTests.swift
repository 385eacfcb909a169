import Foundation
import RubricThemes
import Testing

import RubricStyle

@Suite("Themes")
struct ThemeTests {
    let catalog = ThemeCatalog(environment: ["HOME": "/nonexistent"])

    @Test func atLeastFiveShippedThemes() {
        let names = catalog.entries().map(\.name)
        for required in ["default", "light", "high-contrast", "monochrome"] { #expect(names.contains(required)) }
        #expect(names.count >= 5)
    }

    /// Each shipped theme parses, and it or the themes it inherits from set every role.
    @Test func everyShippedThemeSetsEveryRole() throws {
        for entry in catalog.entries() {
            var covered: Set<Role> = []
            var name: String? = entry.name
            while let current = name {
                let definition = try catalog.definition(current)
                covered.formUnion(definition.styles.keys)
                name = definition.inherits
            }
            #expect(covered == Set(Role.allCases), "\(entry.name) misses \(Set(Role.allCases).subtracting(covered))")
            _ = try catalog.theme(entry.name)
        }
    }

    @Test func monochromeUsesOnlyAttributes() throws {
        let theme = try catalog.theme("monochrome")
        for role in Role.allCases {
            #expect(theme.style(role).foreground == .terminalDefault && theme.style(role).background == .terminalDefault)
        }
        #expect(theme.style(.selectedRow).modifiers.contains(.reverse))
        #expect(theme.style(.markIndicator).modifiers.contains(.bold))
    }

    @Test func inheritanceOverridesOnlyWhatIsSet() throws {
        let light = try catalog.theme("light")
        #expect(light.style(.title).background == .rgb(red: 0x09, green: 0x69, blue: 0xda))
        let definition = try ThemeDefinition.parse("inherits = \"default\"\nroles.title = { bg = 201 }\n", name: "mine", origin: "mine.toml")
        let base = try catalog.theme("default")
        let mine = definition.applied(over: base)
        #expect(mine.style(.title).background == .indexed(201))
        #expect(mine.style(.title).foreground == base.style(.title).foreground)
        #expect(mine.style(.title).modifiers == base.style(.title).modifiers)
    }

    @Test func choosingATheme() {
        #expect(ThemeCatalog.choice(option: nil, environment: [:]) == "default")
        #expect(ThemeCatalog.choice(option: nil, environment: ["NO_COLOR": "1"]) == "monochrome")
        #expect(ThemeCatalog.choice(option: nil, environment: ["NO_COLOR": ""]) == "default")
        #expect(ThemeCatalog.choice(option: nil, environment: ["RUBRIC_THEME": "light", "NO_COLOR": "1"]) == "light")
        #expect(ThemeCatalog.choice(option: "high-contrast", environment: ["RUBRIC_THEME": "light"]) == "high-contrast")
    }

    @Test func userThemesComeFirstAndMayExtendTheirNamesake() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rubric-themes-\(UUID().uuidString)")
        let themes = folder.appendingPathComponent("rubric/themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "inherits = \"default\"\nroles.error = { fg = \"#ff00ff\" }\n".write(to: themes.appendingPathComponent("default.toml"), atomically: true, encoding: .utf8)
        let mine = ThemeCatalog(environment: ["XDG_CONFIG_HOME": folder.path])
        let entry = try #require(mine.entries().first { $0.name == "default" })
        #expect(entry.origin.hasSuffix("rubric/themes/default.toml"))
        let theme = try mine.theme("default")
        #expect(theme.style(.error).foreground == .rgb(red: 255, green: 0, blue: 255))
        #expect(theme.style(.title).background == .indexed(4))
    }

    @Test func inheritanceCyclesAreRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rubric-themes-\(UUID().uuidString)")
        let themes = folder.appendingPathComponent("rubric/themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "inherits = \"b\"\n".write(to: themes.appendingPathComponent("a.toml"), atomically: true, encoding: .utf8)
        try "inherits = \"a\"\n".write(to: themes.appendingPathComponent("b.toml"), atomically: true, encoding: .utf8)
        let mine = ThemeCatalog(environment: ["XDG_CONFIG_HOME": folder.path])
        #expect { _ = try mine.theme("a") } throws: { "\($0)".contains("themes inherit in a circle: a → b → a") }
    }

    @Test(arguments: [
        ("[roles.tittle]\nfg = \"red\"\n", 1, "unknown role 'tittle'"),
        ("roles.title = { colour = \"red\" }\n", 1, "unknown key 'colour' in role 'title'"),
        ("\n\nroles.title = { fg = \"purple\" }\n", 3, "unknown colour 'purple'"),
        ("roles.title = { fg = 256 }\n", 1, "unknown colour 256"),
        ("roles.title = { fg = \"#12345\" }\n", 1, "unknown colour '#12345'"),
        ("roles.title = { modifiers = [\"blink\"] }\n", 1, "unknown modifier 'blink'"),
        ("roles.title = { fg = \"red\" \n", 1, "expected ',' or '}'"),
        ("colour = \"red\"\n", 1, "unknown key 'colour'"),
        ("# ok\n[roles.title]\nfg = red\n", 3, "unexpected 'r' where a value should be"),
        ("[roles.title]\nfg = \"red\"\nfg = \"blue\"\n", 3, "set twice"),
        ("[colors]\n", 1, "unknown table [colors]"),
    ])
    func brokenThemesNameTheLine(text: String, line: Int, message: String) {
        #expect {
            _ = try ThemeDefinition.parse(text, name: "x", origin: "x.toml")
        } throws: { error in
            guard let error = error as? ThemeError else { return false }
            return error.line == line && error.message.contains(message) && error.description.hasPrefix("x.toml:\(line): ")
        }
    }

    @Test func unknownThemeListsTheAvailableOnes() {
        #expect {
            _ = try catalog.theme("nope")
        } throws: { error in
            "\(error)".contains("no such theme (available: default, high-contrast, light, monochrome")
        }
    }

    @Test func tomlValues() throws {
        let entries = try TOMLReader.read("""
            a = "x\\ty" # comment
            'b' = 'lit'
            [t]
            n = 1_000
            list = [
              "one", # first
              2,
            ]
            flag = true
            """).entries
        #expect(entries.map(\.path) == [["a"], ["b"], ["t", "n"], ["t", "list"], ["t", "flag"]])
        #expect(entries[0].value == .string("x\ty"))
        #expect(entries[2].value == .integer(1000))
        #expect(entries[3].value == .array([.string("one"), .integer(2)]))
        #expect(entries[4].line == 9)
    }
}

@Suite("Colour depth")
struct ColorDepthTests {
    @Test func directColourKeepsRGB() {
        #expect(ColorDepth(colors: 256, directColor: true) == .direct)
        #expect(ColorDepth(colors: 256, directColor: false) == .indexed256)
        #expect(ColorDepth(colors: 16, directColor: false) == .sixteen)
        #expect(ColorDepth(colors: 8, directColor: false) == .eight)
        #expect(ColorDepth(colors: 0, directColor: false) == .none)
    }

    @Test func rgbToThe256() {
        let depth = ColorDepth.indexed256
        #expect(depth.paletteIndex(.rgb(red: 255, green: 0, blue: 0)) == 196)
        #expect(depth.paletteIndex(.rgb(red: 0, green: 0, blue: 0)) == 16)
        #expect(depth.paletteIndex(.rgb(red: 0x80, green: 0x80, blue: 0x80)) == 244)
        #expect(depth.paletteIndex(.rgb(red: 0x26, green: 0x8b, blue: 0xd2)) == 32)
        #expect(depth.paletteIndex(.indexed(201)) == 201)
        #expect(depth.paletteIndex(.terminalDefault) == nil)
    }

    @Test func rgbAndIndexedToSixteenAndEight() {
        #expect(ColorDepth.sixteen.paletteIndex(.rgb(red: 250, green: 10, blue: 10)) == 9)
        #expect(ColorDepth.sixteen.paletteIndex(.rgb(red: 200, green: 0, blue: 0)) == 1)
        #expect(ColorDepth.eight.paletteIndex(.rgb(red: 250, green: 10, blue: 10)) == 1)
        #expect(ColorDepth.sixteen.paletteIndex(.indexed(196)) == 9)
        #expect(ColorDepth.eight.paletteIndex(.indexed(196)) == 1)
        #expect(ColorDepth.eight.paletteIndex(.indexed(12)) == 4)
        #expect(ColorDepth.none.paletteIndex(.indexed(1)) == nil)
    }

    @Test func sampleUsesTheDepth() throws {
        let theme = try ThemeCatalog(environment: [:]).theme("solarized-dark")
        #expect(ColorSample.line(theme, depth: .direct, width: 80).contains("48;2;38;139;210"))
        #expect(ColorSample.line(theme, depth: .indexed256, width: 80).contains("48;5;32"))
    }
}
