import RubricCore
import RubricStore
import RubricUI

#if canImport(Glibc)
import Glibc
#endif

/// Runs the full-screen editor: draws the state, reads keys, feeds events to the view
/// model, and performs the effects it asks for.
public enum TerminalApp {
    /// Why the editor can't start here. Each is said in one line, before anything reaches
    /// the terminal.
    public enum StartError: Error, CustomStringConvertible {
        case notATerminal
        case noTerminalType
        case unknownTerminal(String)
        case cannotPlaceCursor(String)

        private static let alternative = "for scripts, use 'rubric score', 'check' or 'mark'"

        public var description: String {
            switch self {
            case .notATerminal:
                return "the editor needs a terminal on standard input and output (\(Self.alternative))"
            case .noTerminalType:
                return "TERM is not set, so the editor can't tell what the terminal can do (set it, for example TERM=xterm-256color; \(Self.alternative))"
            case .unknownTerminal(let term):
                return "TERM=\(SafeText.sanitized(term)) is not a terminal type this system knows (try TERM=xterm-256color; \(Self.alternative))"
            case .cannotPlaceCursor(let term):
                return "TERM=\(SafeText.sanitized(term)) can't place the cursor, and the editor needs a terminal that can (\(Self.alternative))"
            }
        }
    }

    /// Opens the editor on `path`. `file` is nil when the file doesn't exist yet and the
    /// rubric is the built-in framework: the first save creates it. `monochrome` replaces
    /// `theme` on a terminal without colours.
    /// `rescue` is a newer `FILE.save` to offer back.
    public static func run(path: String, file: LoadedFile?, rubric: Rubric, isNewFile: Bool, rescue: (Rubric, RescueFile.Pending)?,
                           theme: Theme, monochrome: Theme) throws -> Int32 {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw StartError.notATerminal }
        if let problem = Screen.terminalProblem() { throw problem }
        SignalGuard.install(documentPath: file?.resolvedPath ?? path)
        let screen = Screen(theme: theme, monochrome: monochrome)
        SignalGuard.setCursesActive(true)
        defer {
            screen.close()
            SignalGuard.setCursesActive(false)
        }
        var editedFile = EditedFile(path: path, file: file)
        let isReadOnly = file.map { SafeSave.isReadOnly($0.resolvedPath, mode: mode_t($0.identity.mode)) } ?? false
        var state = AppState(rubric: rubric, fileName: displayName(path), isNewFile: isNewFile, isReadOnly: isReadOnly, size: screen.size,
                             glyphs: screen.isUTF8 ? .unicode : .ascii)
        if let (copy, pending) = rescue {
            state.offerRescue(copy, path: pending.newest, name: displayName(pending.newest), count: pending.count)
        }
        var pendingLevels = state.savedLevels
        // Checked once the first frame is up: on a large file the check costs as much as parsing.
        var queue: [Event] = []
        var firstFrame = true
        while true {
            screen.draw(Renderer.render(state))
            if firstFrame {
                firstFrame = false
                queue.append(.checked(state.rubric.diagnostics))
            } else {
                guard let input = screen.nextEvent() else { continue }
                queue.append(input.event)
            }
            while !queue.isEmpty {
                let (next, effects) = update(state, queue.removeFirst())
                state = next
                for effect in effects {
                    switch effect {
                    case .quit: return 0
                    case .suspend: screen.suspend()
                    case .redraw: screen.forceRedraw()
                    case .save(let bytes, let allowing): queue.append(editedFile.save(bytes, allowing: allowing))
                    case .reload: queue.append(editedFile.reload())
                    case .check: queue.append(.checked(state.rubric.diagnostics))
                    case .removeRescueCopy(let copy):
                        let failure = unlink(copy) == 0 ? nil : "\(FileError.system(operation: "could not remove \(copy)", code: errno))"
                        queue.append(.rescueCopyRemoved(failure: failure))
                    }
                }
            }
            // Keep the rescue copy in step with the marks, only when they change.
            if state.chosenLevels != pendingLevels {
                pendingLevels = state.chosenLevels
                SignalGuard.setPending(state.isModified ? state.documentBytes : nil)
            } else if !state.isModified {
                SignalGuard.setPending(nil)
            }
        }
    }

    static func displayName(_ path: String) -> String { PathName.base(path) }
}

extension ScreenEvent {
    var event: Event {
        switch self {
        case .key(let key): return .key(key)
        case .resize(let size): return .resize(size)
        }
    }
}

/// The file behind the editor: what was loaded, and saving and reloading it.
struct EditedFile {
    let path: String
    var file: LoadedFile?

    mutating func save(_ bytes: [UInt8], allowing: SafeSave.Allowance) -> Event {
        do {
            if let loaded = file {
                file = try SafeSave.replace(loaded, with: bytes, allowing: allowing)
            } else if allowing.contains(.changedOnDisk), let existing = try? LoadedFile.read(path) {
                file = try SafeSave.replace(existing, with: bytes, allowing: allowing)
            } else {
                file = try SafeSave.create(path, bytes: bytes)
            }
            return .saveSucceeded(path: path, saved: try Rubric(bytes: bytes))
        } catch FileError.changedOnDisk, FileError.alreadyExists {
            return .fileChangedOnDisk
        } catch FileError.readOnly {
            return .fileIsReadOnly
        } catch {
            return .saveFailed(reason: "\(error)")
        }
    }

    mutating func reload() -> Event {
        do {
            let loaded = try LoadedFile.read(path)
            let rubric = try Rubric(bytes: loaded.bytes)
            file = loaded
            return .reloaded(rubric)
        } catch {
            return .reloadFailed(reason: "\(error)")
        }
    }
}
