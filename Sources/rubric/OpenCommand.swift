import ArgumentParser
import RubricCore
import RubricGit
import RubricStore
import RubricTerminal
import RubricUI

#if canImport(Glibc)
import Glibc
#endif

struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the full-screen editor (the default command).",
        usage: "rubric [FILE] [--against OTHER] [--theme NAME|PATH] [--no-mouse]"
    )

    @Argument(help: "The rubric file (when it doesn't exist, the built-in framework is shown and the first save creates it), or a folder of assessments: the team screen.")
    var file: String = Self.defaultFile

    static let defaultFile = DefaultFramework.fileName

    @OptionGroup var themeOption: ThemeOption

    @Option(help: ArgumentHelp("Show another assessment's marks beside FILE's, never writing it: a file or REV:PATH (HEAD~1:rubric.md).",
                               valueName: "OTHER"))
    var against: String?

    @Flag(help: "Leave the mouse to the terminal (its own selection and copying); RUBRIC_NO_MOUSE=1 does the same.")
    var noMouse = false

    func run() throws {
        let other = try against.map { text in
            let source = RubricSource(text)
            return (try loadRubric(from: source), RubricSource.names(RubricSource(file), source).1)
        }
        try Self.open(file, themeName: themeOption.theme, mouse: !noMouse, against: other)
    }

    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// A folder opens the team screen: its people's files, each opened in the editor from there.
    static func openTeam(_ folder: String, themeName: String?, mouse: Bool) throws {
        let themes = try ThemeOption.load(themeName)
        let team = Team(try TeamCommand.members([folder], at: nil, place: folder, warn: true))
        guard !team.people.isEmpty else { throw fail(folder, "holds no rubric (no .md file with an area)") }
        let source = TeamApp.Source(
            read: { Team((try? TeamCommand.members([folder], at: nil, place: folder, warn: false)) ?? []) },
            signature: { TeamCommand.signature(folder) },
            document: { file, against in
                let other = try against.map { path in (try Rubric(bytes: try RubricSource.file(path).read()), PathName.base(path)) }
                return try document(file, against: other) { bytes, _ in try Rubric(bytes: bytes) }
            })
        let status: Int32
        do {
            status = try TeamApp.run(place: folder, team: team, source: source, theme: themes.theme, monochrome: themes.monochrome, mouse: wantsMouse(mouse))
        } catch let problem as TerminalApp.StartError {
            printError(UsageText.errorLine(problem.description))
            throw ExitCode(ExitStatus.unusableInput)
        }
        if status != 0 { throw ExitCode(status) }
    }

    /// A file as the editor opens it: read (or the built-in framework for a missing or blank
    /// one), parsed by `parse` (which may say why it can't be), with any rescue copy to offer.
    static func document(_ file: String, against: (Rubric, String)?, parse: ([UInt8], String) throws -> Rubric) throws -> TerminalApp.Document {
        let loaded = LoadedFile.exists(file) ? try LoadedFile.read(file) : nil
        let isNewFile = loaded.map { isBlank($0.bytes) } ?? true
        let rubric = try isNewFile ? Rubric(bytes: DefaultFramework.bytes) : parse(loaded!.bytes, loaded!.path)
        // Work that a hung-up session saved beside the file, or why it can't be used.
        let rescue = RescueFile.pending(for: loaded?.resolvedPath ?? file).map { pending in
            let offered = RescueFile.offer(pending)
            return (offered.content, offered.path, pending.others(than: offered.path))
        }
        return TerminalApp.Document(path: file, file: loaded, rubric: rubric, isNewFile: isNewFile, rescue: rescue, against: against)
    }

    /// Clicks and the wheel reach the editor unless `--no-mouse` or a non-empty
    /// RUBRIC_NO_MOUSE says to leave them to the terminal.
    static func wantsMouse(_ asked: Bool) -> Bool {
        guard asked, let value = getenv("RUBRIC_NO_MOUSE") else { return asked }
        return String(cString: value).isEmpty
    }

    /// Opens `file` in the editor: the whole of `open`, callable without parsing arguments
    /// so that `RubricCommand.main` can skip ArgumentParser on the plain `rubric FILE` path.
    static func open(_ file: String, themeName: String?, mouse: Bool = true, against: (Rubric, String)? = nil) throws {
        if isFolder(file) { return try openTeam(file, themeName: themeName, mouse: mouse) }
        let themes = try ThemeOption.load(themeName)
        let opened: TerminalApp.Document
        do { opened = try document(file, against: against, parse: parseRubric) } catch let exit as ExitCode { throw exit } catch { throw fail(file, "\(error)") }
        let status: Int32
        do {
            status = try TerminalApp.run(opened, theme: themes.theme, monochrome: themes.monochrome, mouse: wantsMouse(mouse))
        } catch let problem as TerminalApp.StartError {
            printError(UsageText.errorLine(problem.description))
            throw ExitCode(ExitStatus.unusableInput)
        } catch {
            throw fail(file, "\(error)")
        }
        if status != 0 { throw ExitCode(status) }
    }

    /// An empty file, or one of only blanks, opens like a missing one: from the built-in
    /// framework, and the first save writes it. (The other commands refuse it: no areas.)
    static func isBlank(_ bytes: [UInt8]) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }
}
