import Dispatch
import RubricCore
import RubricGit
import RubricStore
import RubricUI

#if canImport(Glibc)
import Glibc
#endif

/// The editor's loop: draw the state, wait for the next thing to happen (a key, a click, a
/// resize, background work finishing), turn it into events for the view model, and perform
/// the effects it returns.
///
/// Everything reaches the view model through one place: the terminal's input and the
/// inbox that background work posts to are waited on together.
public final class Runtime {
    private let terminal: any Terminal
    public private(set) var state: AppState
    private var file: EditedFile
    private let inbox = Inbox()
    /// Background work, one job at a time, so results arrive in the order asked for.
    private let worker = DispatchQueue(label: "rubric.background")
    /// The last frame drawn: what a click's position hits.
    private var frame: Frame?
    /// Told the document's bytes whenever the unsaved marks change, and nil once nothing
    /// is unsaved (the terminal keeps them for a rescue copy on hang-up).
    private let unsavedChanged: ([UInt8]?) -> Void
    private var reportedEdits: Assessment.Edits

    public init(state: AppState, terminal: any Terminal, file: EditedFile, unsavedChanged: @escaping ([UInt8]?) -> Void = { _ in }) {
        self.state = state
        self.terminal = terminal
        self.file = file
        self.unsavedChanged = unsavedChanged
        reportedEdits = state.document.edits
    }

    /// Runs until the view model asks to quit; the exit status.
    public func run() -> Int32 {
        var first = true
        while true {
            draw()
            if first {
                // Checked once the first frame is up: on a large file the check costs as much as parsing.
                first = false
                perform(.check)
            }
            // Waits until something happens: a wait that ends with nothing (the terminal's
            // periodic look for a resize) draws nothing again.
            var events: [Event] = [], handled = false
            while events.isEmpty, !handled {
                events = received()
                guard events.isEmpty else { break }
                for input in terminal.read(wakingOn: inbox.wakeDescriptor) {
                    // A click means what is on screen after the input before it in the same read.
                    if case .click = input, !events.isEmpty {
                        if process(events) == .quit { return 0 }
                        events = []
                        handled = true
                        frame = Renderer.frame(state)
                    }
                    if let event = event(input) { events.append(event) }
                }
                events += received()
            }
            if process(events) == .quit { return 0 }
            reportUnsaved()
        }
    }

    private func draw() {
        let drawn = Renderer.frame(state)
        frame = drawn
        terminal.draw(drawn.grid)
    }

    /// A terminal's input as the view model's event; a click is resolved against the frame
    /// the person clicked on.
    private func event(_ input: TerminalInput) -> Event? {
        switch input {
        case .key(let key): return .key(key)
        case .resize(let size): return .resize(size)
        case .wheel(let step): return .wheel(step)
        case .click(let x, let y): return .click(frame?.target(x: x, y: y))
        }
    }

    /// What processing some events leads to: going on, or quitting.
    private enum Outcome { case goOn, quit }

    /// Feeds events, and the events their effects report back, to the view model: `.quit`
    /// when one of them asks to.
    private func process(_ events: [Event]) -> Outcome {
        var queue = events
        while !queue.isEmpty {
            let event = queue.removeFirst()
            let (next, effects) = update(state, event)
            state = next
            for effect in effects {
                if effect == .quit { return .quit }
                if let reported = perform(effect) { queue.append(reported) }
            }
        }
        return .goOn
    }

    /// Performs an effect: at once when its result is needed before the next key (saving,
    /// reloading), in the background otherwise. The event it reports at once, if any.
    @discardableResult
    private func perform(_ effect: Effect) -> Event? {
        switch effect {
        case .quit: return nil
        case .suspend: terminal.suspend(); return nil
        case .redraw: terminal.forceRedraw(); return nil
        case .editEvidence(let area, let text):
            var reported = Event.evidenceEditFailed("the editor did not run")
            terminal.handOver {
                do {
                    reported = .evidenceEdited(area: area, text: try ExternalEditor.edit(text))
                } catch {
                    reported = .evidenceEditFailed("\(error)")
                }
            }
            return reported
        case .save(let bytes, let allowing): return file.save(bytes, allowing: allowing)
        case .reload:
            let path = file.path
            background { EditedFile.reread(path) }
            return nil
        case .removeRescueCopies(let paths):
            return file.removeRescueCopies(paths)
        case .loadHistory:
            let path = file.path
            background {
                do {
                    let (history, warnings) = try ScoreHistory.read(path)
                    return Delivery(.historyLoaded(history, warnings: warnings))
                } catch {
                    return Delivery(.historyFailed("\(PathName.base(path)) \(error)"))
                }
            }
            return nil
        case .check:
            let rubric = state.rubric
            background { Delivery(.checked(rubric.diagnostics, bytes: rubric.bytes)) }
            return nil
        case .indexSearch(let request):
            let (rubric, ids, glyphs) = (state.rubric, state.document.areaIDs, state.glyphs)
            background { Delivery(.searchIndexed(SearchIndex(rubric, ids: ids, glyphs: glyphs), request: request)) }
            return nil
        }
    }

    /// The events background work has delivered, oldest first. A reloaded file is adopted
    /// here, as its document goes to the view model: later saves compare with it.
    private func received() -> [Event] {
        inbox.take().map { delivery in
            if let reloaded = delivery.file { file.adopt(reloaded) }
            return delivery.event
        }
    }

    /// Runs work on the background thread and posts what it delivers to the inbox.
    private func background(_ work: @escaping @Sendable () -> Delivery) {
        let inbox = inbox
        worker.async {
            Self.leaveSignalsToTheMainThread()
            inbox.post(work())
        }
    }

    /// Keeps the rescue copy's bytes in step with the person's changes (marks, target,
    /// evidence), only when they change.
    private func reportUnsaved() {
        let edits = state.document.edits
        if edits != reportedEdits {
            reportedEdits = edits
            unsavedChanged(state.isModified ? state.document.bytes : nil)
        } else if !state.isModified {
            unsavedChanged(nil)
        }
    }

    /// A resize (SIGWINCH) must interrupt the main thread's wait, and a hang-up or Ctrl-Z
    /// reach the main thread: background threads block those. Signals a fault raises
    /// (SIGSEGV, SIGILL, SIGTRAP…) stay open, so a crash there still restores the terminal.
    private static func leaveSignalsToTheMainThread() {
        var asynchronous = sigset_t()
        sigemptyset(&asynchronous)
        for signal in [SIGWINCH, SIGHUP, SIGTERM, SIGINT, SIGQUIT, SIGTSTP, SIGCONT, SIGPIPE, SIGALRM, SIGUSR1, SIGUSR2, SIGCHLD] {
            sigaddset(&asynchronous, signal)
        }
        pthread_sigmask(SIG_BLOCK, &asynchronous, nil)
    }
}
