import ArgumentParser
import RubricCore
import RubricStore
import RubricTerminal
import RubricUI
import RubricStyle

struct MarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mark",
        abstract: "Set an area's level, write the file and print the new score.",
        usage: "rubric mark [FILE] AREA LEVEL [--force]",
        discussion: """
            FILE defaults to ./rubric.md. AREA is the area's 1-based number, or its name in any case \
            (a unique prefix is enough). LEVEL is a number (0 clears the area), or the level's name where the \
            ladder names its levels (a table's header, a level heading). A read-only file is refused unless --force.
            """
    )

    /// `[FILE] AREA LEVEL`, read by hand: ArgumentParser can't take an optional argument before
    /// two required ones, and it would read a level of `-1` as an unknown option.
    @Argument(parsing: .allUnrecognized, help: ArgumentHelp(
        "The file (default ./rubric.md), the area (its number, or its name in any case; a unique prefix is enough) and the level (0 clears it).",
        valueName: "[FILE] AREA LEVEL"))
    var arguments: [String] = []

    @Flag(help: "Write the file even when it is read-only (its mode is kept).")
    var force = false

    struct Request {
        let file: String
        let area: String
        let level: String
    }

    func validate() throws {
        _ = try request()
    }

    func request() throws -> Request {
        // `--` ends the options, as everywhere; it is not an argument of its own. Before it,
        // anything that starts with `-` and is not a number is an option this command lacks.
        var arguments = arguments
        let end = arguments.firstIndex(of: "--") ?? arguments.endIndex
        if let unknown = arguments[..<end].first(where: { $0.hasPrefix("-") && Int($0) == nil }) {
            throw ValidationError("Unknown option '\(unknown)'")
        }
        if end < arguments.endIndex { arguments.remove(at: end) }
        switch arguments.count {
        case 2: return Request(file: DefaultFramework.fileName, area: arguments[0], level: arguments[1])
        case 3: return Request(file: arguments[0], area: arguments[1], level: arguments[2])
        case 0, 1: throw ValidationError("expected an area and a level")
        default: throw ValidationError("expected [FILE] AREA LEVEL, got \(arguments.count) arguments")
        }
    }

    func run() throws {
        let request = try request()
        let (loaded, rubric) = try loadRubric(request.file)
        try refuseConflicts(in: rubric, named: request.file)
        let updated: [UInt8], index: Int, level: Int
        do {
            index = try rubric.areaIndex(matching: request.area)
            guard let number = Int(request.level) ?? rubric.levelNumber(named: request.level, inArea: index) else {
                let area = rubric.areas[index]
                let names = area.levels.compactMap(\.name)
                let named = names.isEmpty ? "" : ", or one of the level names: \(names.joined(separator: ", "))"
                throw fail(request.file, "level '\(request.level)' is not a number for '\(area.name)' (0 to \(area.maximum); 0 clears the mark\(named))")
            }
            level = number
            updated = try rubric.bytes(settingArea: index, to: level)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw fail(request.file, "\(error)")
        }
        // What the saved file holds, worked out rather than parsed again (only a mark moves),
        // and before saving, so the parsed file is let go before the save reads the file back.
        let area = rubric.areas[index]
        var levels = rubric.currentLevels
        levels[index] = level
        let score = rubric.scoreLineText(levels: levels)
        let stated = rubric.statedScoreWithOtherMaximum
        try save(updated, over: loaded, named: request.file, force: force)
        if let stated {
            // A typo that drops an area or a level shows first as a maximum that changed.
            printError(UsageText.errorLine("\(SafeText.sanitized(request.file)): the score line said \(stated); "
                + "it now says \(score), as the file reads ('rubric check' says why)"))
        }
        print(Self.change(in: area, from: area.currentLevel, to: level, glyphs: TerminalLocale.isUTF8() ? .unicode : .ascii))
        print(score)
    }

    /// What the mark changed, as a person checks it: the area, the old and the new level, and
    /// the new level's name where the ladder names levels. (The score follows on a line of its
    /// own, the last, as scripts read it.)
    static func change(in area: Area, from old: Int, to new: Int, glyphs: Glyphs) -> String {
        let name = SafeText.sanitized(area.name)
        let named = (new > 0 ? area.levels[new - 1].name : nil).map { " (\(SafeText.sanitized($0)))" } ?? ""
        guard old != new else { return "\(name): already \(new)\(named)" }
        return "\(name): \(old) \(glyphs.isASCII ? "->" : "→") \(new)\(named)"
    }
}
