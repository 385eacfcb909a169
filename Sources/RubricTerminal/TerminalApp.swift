import RubricCore
import RubricRuntime
import RubricStore
import RubricUI
import RubricStyle

#if canImport(Glibc)
import Glibc
#endif

/// Starts the full-screen editor on the real terminal: checks that it can, sets up the
/// ncurses screen and the signal handlers, and hands over to the runtime's loop.
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
    /// `theme` on a terminal without colours. `rescue` is a newer `FILE.save` to offer back, or why it can't be.
    /// With `mouse` false the terminal keeps its own selection and clicks do nothing here.
    /// `against` is a second assessment to show beside this one, and its name.
    public static func run(_ document: Document, theme: Theme, monochrome: Theme, mouse: Bool) throws -> Int32 {
        try start(documentPath: document.file?.resolvedPath ?? document.path, theme: theme, monochrome: monochrome, mouse: mouse) { screen in
            edit(document, on: screen)
        }
    }

    /// A file to open in the editor, as the command line has read it.
    public struct Document {
        let path: String
        let file: LoadedFile?
        let rubric: Rubric
        let isNewFile: Bool
        let rescue: (Result<Rubric, RescueFile.Unusable>, path: String, others: [String])?
        let against: (Rubric, String)?

        public init(path: String, file: LoadedFile?, rubric: Rubric, isNewFile: Bool, rescue: (Result<Rubric, RescueFile.Unusable>, path: String, others: [String])?,
                    against: (Rubric, String)?) {
            self.path = path; self.file = file; self.rubric = rubric; self.isNewFile = isNewFile; self.rescue = rescue; self.against = against
        }
    }

    /// Checks the terminal, sets up the ncurses screen and the signal handlers, runs `body`
    /// on the screen, and restores the terminal whatever happens.
    static func start<T>(documentPath: String, theme: Theme, monochrome: Theme, mouse: Bool, _ body: (CursesTerminal) throws -> T) throws -> T {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw StartError.notATerminal }
        if let problem = CursesTerminal.terminalProblem() { throw problem }
        SignalGuard.install(documentPath: documentPath)
        let screen = CursesTerminal(theme: theme, monochrome: monochrome, mouse: mouse)
        SignalGuard.setCursesActive(true)
        defer {
            screen.close()
            SignalGuard.setCursesActive(false)
        }
        return try body(screen)
    }

    /// Runs the editor on a document, on a screen already set up: its exit status.
    static func edit(_ document: Document, on screen: CursesTerminal) -> Int32 {
        let (path, file, rubric, isNewFile, rescue, against) = (document.path, document.file, document.rubric, document.isNewFile, document.rescue, document.against)
        // A hang-up keeps this document's unsaved work beside it, and nothing once it is closed.
        SignalGuard.install(documentPath: file?.resolvedPath ?? path)
        defer { SignalGuard.setPending(nil) }
        let isReadOnly = file.map { SafeSave.isReadOnly($0.resolvedPath, mode: mode_t($0.identity.mode)) } ?? false
        var state = AppState(rubric: rubric, fileName: PathName.base(path), isNewFile: isNewFile, isReadOnly: isReadOnly, size: screen.size,
                             glyphs: screen.isUTF8 ? .unicode : .ascii)
        if let (other, name) = against { state.compare(with: other, name: name) }
        switch rescue {
        case (.success(let copy), let path, let others)?: state.offerRescue(copy, path: path, others: others)
        case (.failure(let problem), let path, let others)?: state.reportUnusableRescue(path: path, problem: problem.description, others: others)
        case nil: break
        }
        let runtime = Runtime(state: state, terminal: screen, file: EditedFile(path: path, file: file),
                              unsavedChanged: SignalGuard.setPending)
        return runtime.run()
    }
}
