import RubricCore
import RubricStore
import RubricStyle
import RubricUI

#if canImport(Glibc)
import Glibc
#endif

/// The team screen on the real terminal (`rubric FOLDER`): the matrix, and the editor on a
/// person's file when Enter asks, on the same screen; quitting the editor comes back to the
/// team, read again. Files that change on disk meanwhile are read again too.
public enum TeamApp {
    /// How the team screen reaches the files: the team read again, a cheap sign of change
    /// (the files' and folders' modification times), and a person's file as a document.
    public struct Source {
        let read: () -> Team
        let signature: () -> [Int]
        let document: (_ file: String, _ against: String?) throws -> TerminalApp.Document

        public init(read: @escaping () -> Team, signature: @escaping () -> [Int],
                    document: @escaping (_ file: String, _ against: String?) throws -> TerminalApp.Document) {
            self.read = read; self.signature = signature; self.document = document
        }
    }

    public static func run(place: String, team: Team, source: Source, theme: Theme, monochrome: Theme, mouse: Bool) throws -> Int32 {
        try TerminalApp.start(documentPath: place, theme: theme, monochrome: monochrome, mouse: mouse) { screen in
            var state = TeamState(team: team, place: place, size: screen.size, glyphs: screen.isUTF8 ? .unicode : .ascii)
            var signature = source.signature()
            var lastLook = now()
            while true {
                screen.draw(TeamView.render(state))
                let inputs = screen.read(wakingOn: -1)
                // Every two seconds or so, a look at the files: one changed is read again.
                if now() - lastLook >= 2 {
                    lastLook = now()
                    let latest = source.signature()
                    if latest != signature {
                        signature = latest
                        state.replaceTeam(source.read())
                    }
                }
                for input in inputs {
                    let event: TeamInput
                    switch input {
                    case .key(let key): event = .key(key)
                    case .resize(let size): event = .resize(size)
                    case .click, .wheel: continue
                    }
                    let (next, effects) = update(state, event)
                    state = next
                    for effect in effects {
                        switch effect {
                        case .quit: return 0
                        case .suspend: screen.suspend()
                        case .redraw: screen.forceRedraw()
                        case .reload:
                            signature = source.signature()
                            state.replaceTeam(source.read())
                        case .open(let file, let against):
                            // A file gone since the team was read is said, not opened as a new one.
                            let gone = !LoadedFile.exists(file)
                            if gone {
                                state.showMessage("\(SafeText.sanitized(PathName.base(file))) is gone; the team is read again")
                            } else {
                                do {
                                    _ = TerminalApp.edit(try source.document(file, against), on: screen)
                                } catch {
                                    state.showMessage("\(SafeText.sanitized(PathName.base(file))): \(SafeText.sanitized("\(error)"))")
                                }
                            }
                            SignalGuard.install(documentPath: place)
                            // The terminal may have been resized while the editor had it.
                            let said = state.message
                            state = update(state, .resize(screen.size)).0
                            if gone, let said { state.showMessage(said) }
                            screen.forceRedraw()
                            signature = source.signature()
                            state.replaceTeam(source.read())
                        }
                    }
                }
            }
        }
    }

    private static func now() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return time.tv_sec
    }
}
