import RubricCore
import RubricStore
import RubricUI

#if canImport(Glibc)
import Glibc
#endif

/// Runs the full-screen editor: draws the state, reads keys, feeds events to the view
/// model, and performs the effects it asks for.
public enum TerminalApp {
    public enum StartError: Error, CustomStringConvertible {
        case notATerminal

        public var description: String {
            "the editor needs a terminal on standard input and output (for scripts, use 'rubric score', 'check' or 'mark')"
        }
    }

    /// Opens the editor on `path`. `file` is nil when the file doesn't exist yet and the
    /// rubric is the built-in framework: the first save creates it. `monochrome` replaces
    /// `theme` on a terminal without colours.
    /// `rescue` is a newer `FILE.save` to offer back.
    public static func run(path: String, file: LoadedFile?, rubric: Rubric, rescue: (Rubric, String)?,
                           theme: Theme, monochrome: Theme) throws -> Int32 {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw StartError.notATerminal }
        SignalGuard.install(documentPath: file?.resolvedPath ?? path)
        let screen = Screen(theme: theme, monochrome: monochrome)
        SignalGuard.setCursesActive(true)
        defer {
            screen.close()
            SignalGuard.setCursesActive(false)
        }
        var session = Session(path: path, file: file)
        var state = AppState(rubric: rubric, fileName: displayName(path), isNewFile: file == nil, size: screen.size)
        if let (copy, name) = rescue { state.offerRescue(copy, name: displayName(name)) }
        var pendingLevels = state.savedLevels
        while true {
            screen.draw(Renderer.render(state))
            guard let input = screen.nextEvent() else { continue }
            var queue: [Event] = [input.event]
            while !queue.isEmpty {
                let (next, effects) = update(state, queue.removeFirst())
                state = next
                for effect in effects {
                    switch effect {
                    case .quit: return 0
                    case .suspend: screen.suspend()
                    case .redraw: screen.forceRedraw()
                    case .save(let bytes, let overwrite): queue.append(session.save(bytes, overwrite: overwrite))
                    case .reload: queue.append(session.reload())
                    }
                }
            }
            // Keep the rescue copy in step with the marks, only when they change.
            if state.levels != pendingLevels {
                pendingLevels = state.levels
                SignalGuard.setPending(state.isModified ? state.documentBytes : nil)
            } else if !state.isModified {
                SignalGuard.setPending(nil)
            }
        }
    }

    static func displayName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
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
struct Session {
    let path: String
    var file: LoadedFile?

    mutating func save(_ bytes: [UInt8], overwrite: Bool) -> Event {
        do {
            if let loaded = file {
                file = try SafeSave.replace(loaded, with: bytes, overwritingChanges: overwrite)
            } else if overwrite, let existing = try? LoadedFile.read(path) {
                file = try SafeSave.replace(existing, with: bytes, overwritingChanges: true)
            } else {
                file = try SafeSave.create(path, bytes: bytes)
            }
            return .saveSucceeded(path: path, saved: try Rubric(bytes: bytes))
        } catch FileError.changedOnDisk, FileError.alreadyExists {
            return .fileChangedOnDisk
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
