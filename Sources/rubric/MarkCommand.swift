import ArgumentParser
import RubricCore
import RubricStore
import RubricTerminal
import RubricUI

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
        // Marking one side of an unresolved merge would leave the other side's score behind.
        if let line = rubric.conflictMarkerLines.first {
            throw fail(request.file, "has merge conflict markers (line \(line + 1)); resolve the conflict first (rubric check lists them)")
        }
        let updated: [UInt8], index: Int
        do {
            index = try rubric.areaIndex(matching: request.area)
            guard let level = Int(request.level) ?? rubric.levelNumber(named: request.level, inArea: index) else {
                let area = rubric.areas[index]
                let names = area.levels.compactMap(\.name)
                let named = names.isEmpty ? "" : ", or one of the level names: \(names.joined(separator: ", "))"
                throw fail(request.file, "level '\(request.level)' is not a number for '\(area.name)' (0 to \(area.maximum); 0 clears the mark\(named))")
            }
            updated = try rubric.bytes(settingArea: index, to: level)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw fail(request.file, "\(error)")
        }
        if updated != loaded.bytes {
            do {
                _ = try SafeSave.replace(loaded, with: updated, allowing: force ? .readOnly : [])
            } catch FileError.readOnly {
                throw fail(request.file, "\(FileError.readOnly); not written (--force writes it anyway)")
            } catch {
                throw fail(request.file, "\(error)")
            }
        }
        let saved = try Rubric(bytes: updated)
        if let stated = rubric.scoreSection?.scoreLine, stated.maximum != saved.maximum {
            // A typo that drops an area or a level shows first as a maximum that changed.
            printError(UsageText.errorLine("\(SafeText.sanitized(request.file)): the score line said \(Rubric.scoreText(total: stated.total, maximum: stated.maximum)); "
                + "it now says \(Rubric.scoreText(total: saved.total, maximum: saved.maximum)), as the file reads ('rubric check' says why)"))
        }
        print(Self.change(from: rubric.areas[index], to: saved.areas[index], glyphs: TerminalLocale.isUTF8() ? .unicode : .ascii))
        print(Rubric.scoreText(total: saved.total, maximum: saved.maximum))
    }

    /// What the mark changed, as a person checks it: the area, the old and the new level, and
    /// the new level's name where the ladder names levels. (The score follows on a line of its
    /// own, the last, as scripts read it.)
    static func change(from old: Area, to new: Area, glyphs: Glyphs) -> String {
        let name = SafeText.sanitized(new.name)
        let named = new.currentLevelName.map { " (\(SafeText.sanitized($0)))" } ?? ""
        guard old.currentLevel != new.currentLevel else { return "\(name): already \(new.currentLevel)\(named)" }
        return "\(name): \(old.currentLevel) \(glyphs.isASCII ? "->" : "→") \(new.currentLevel)\(named)"
    }
}
