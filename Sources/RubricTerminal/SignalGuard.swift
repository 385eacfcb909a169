import CNcursesw
import RubricStore

#if canImport(Glibc)
import Glibc
#endif

/// Restores the terminal on every way out, as htop's CRT.c does, and keeps unsaved work.
///
/// On SIGHUP or SIGTERM with unsaved changes, the marked document goes to `FILE.save`
/// (then `FILE.save.1`, …), never over FILE, the way nano does. On those, SIGINT, and the
/// signals a crash or a Swift trap raises (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT,
/// SIGFPE), the terminal is restored and the signal re-raised, so the exit status and any
/// core dump are the usual ones.
///
/// Closing a terminal sends more than one ending signal: the kernel hangs up the
/// foreground process group, and tmux, for one, sends SIGHUP itself. So the ending signals
/// are all blocked while any of their handlers runs, and made fatal only once the rescue
/// copy is written: a second hang-up can't cut it short.
enum SignalGuard {
    // Read by the signal handler, so plain C-compatible storage; writes happen with the
    // signals blocked.
    nonisolated(unsafe) private static var cursesActive = false
    nonisolated(unsafe) private static var pending: UnsafeMutableBufferPointer<UInt8>?
    nonisolated(unsafe) private static var writer: RescueWriter?

    static let fatalSignals = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]
    static let endingSignals = [SIGHUP, SIGTERM, SIGINT]

    static func install(documentPath: String) {
        writer = RescueWriter(for: documentPath)
        for signal in fatalSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = handleFault
            sigemptyset(&action.sa_mask)
            // Reset to the default action on entry, and let the re-raise through at once.
            action.sa_flags = Int32(bitPattern: UInt32(SA_RESETHAND)) | Int32(SA_NODEFER)
            sigaction(signal, &action, nil)
        }
        for signal in endingSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = handleEnding
            sigemptyset(&action.sa_mask)
            for other in endingSignals { sigaddset(&action.sa_mask, other) }
            sigaction(signal, &action, nil)
        }
        // A mask of blocked signals is inherited from whatever started the program (test
        // runners block most). Resizes (SIGWINCH), suspending and these handlers need them.
        var none = sigset_t()
        sigemptyset(&none)
        pthread_sigmask(SIG_SETMASK, &none, nil)
    }

    static func setCursesActive(_ active: Bool) {
        withSignalsBlocked { cursesActive = active }
    }

    /// Sets the bytes to rescue on a hang-up, or nil when nothing is unsaved.
    static func setPending(_ bytes: [UInt8]?) {
        let copy: UnsafeMutableBufferPointer<UInt8>? = bytes.map { bytes in
            let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
            _ = buffer.initialize(from: bytes)
            return buffer
        }
        var old: UnsafeMutableBufferPointer<UInt8>?
        withSignalsBlocked {
            old = pending
            pending = copy
        }
        old?.deallocate()
    }

    private static func withSignalsBlocked(_ body: () -> Void) {
        var all = sigset_t(), previous = sigset_t()
        sigfillset(&all)
        pthread_sigmask(SIG_BLOCK, &all, &previous)
        body()
        pthread_sigmask(SIG_SETMASK, &previous, nil)
    }

    private static let handleFault: @convention(c) (Int32) -> Void = { signal in
        restoreTerminal()
        raise(signal)
    }

    /// Runs with every ending signal blocked (the action's mask), so nothing ends the
    /// process until it returns; the signal raised here is then delivered with the default
    /// action, as are any others that arrived meanwhile.
    private static let handleEnding: @convention(c) (Int32) -> Void = { signal in
        if signal != SIGINT, let bytes = pending { _ = writer?.write(UnsafeBufferPointer(bytes)) }
        restoreTerminal()
        var standard = sigaction()
        standard.__sigaction_handler.sa_handler = SIG_DFL
        sigaction(SIGHUP, &standard, nil)
        sigaction(SIGTERM, &standard, nil)
        sigaction(SIGINT, &standard, nil)
        raise(signal)
    }

    private static func restoreTerminal() {
        guard cursesActive else { return }
        _ = curs_set(1)
        _ = endwin()
    }
}
