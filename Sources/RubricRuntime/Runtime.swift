import Dispatch
import RubricCore
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
    private var reportedLevels: [Int]

    public init(state: AppState, terminal: any Terminal, file: EditedFile, unsavedChanged: @escaping ([UInt8]?) -> Void = { _ in }) {
        self.state = state
        self.terminal = terminal
        self.file = file
        self.unsavedChanged = unsavedChanged
        reportedLevels = state.document.levels
    }

    /// Runs until the view model asks to quit; the exit status.
    public func run() -> Int32 {
        // Checked once the first frame is up: on a large file the check costs as much as parsing.
        var events: [Event] = []
        var first = true
        while true {
            draw()
            if first {
                first = false
                perform(.check)
            }
            events = inbox.take()
            if events.isEmpty {
                events = terminal.read(wakingOn: inbox.wakeDescriptor).compactMap(event) + inbox.take()
            }
            for event in events {
                if quit(after: event) { return 0 }
            }
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

    /// Feeds an event, and the events its effects report back, to the view model. True
    /// when one of them asks to quit.
    private func quit(after event: Event) -> Bool {
        var queue = [event]
        while !queue.isEmpty {
            let (next, effects) = update(state, queue.removeFirst())
            state = next
            for effect in effects {
                if effect == .quit { return true }
                if let reported = perform(effect) { queue.append(reported) }
            }
        }
        return false
    }

    /// Performs an effect: at once when its result is needed before the next key (saving,
    /// reloading), in the background otherwise. The event it reports at once, if any.
    @discardableResult
    private func perform(_ effect: Effect) -> Event? {
        switch effect {
        case .quit: return nil
        case .suspend: terminal.suspend(); return nil
        case .redraw: terminal.forceRedraw(); return nil
        case .save(let bytes, let allowing): return file.save(bytes, allowing: allowing)
        case .reload: return file.reload()
        case .removeRescueCopy(let copy):
            let failure = unlink(copy) == 0 ? nil : "\(FileError.system(operation: "could not remove \(copy)", code: errno))"
            return .rescueCopyRemoved(failure: failure)
        case .check:
            let rubric = state.rubric, inbox = inbox
            worker.async {
                Self.leaveSignalsToTheMainThread()
                inbox.post(.checked(rubric.diagnostics))
            }
            return nil
        }
    }

    /// Keeps the rescue copy's bytes in step with the marks, only when they change.
    private func reportUnsaved() {
        let levels = state.document.levels
        if levels != reportedLevels {
            reportedLevels = levels
            unsavedChanged(state.isModified ? state.document.bytes : nil)
        } else if !state.isModified {
            unsavedChanged(nil)
        }
    }

    /// A resize (SIGWINCH) must interrupt the main thread's wait, and a hang-up reach the
    /// handler that restores the terminal: background threads take no signals.
    private static func leaveSignalsToTheMainThread() {
        var all = sigset_t()
        sigfillset(&all)
        pthread_sigmask(SIG_BLOCK, &all, nil)
    }
}
