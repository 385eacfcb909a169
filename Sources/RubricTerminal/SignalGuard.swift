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
enum SignalGuard {
    // Read by the signal handler, so plain C-compatible storage; writes happen with the
    // signals blocked.
    nonisolated(unsafe) private static var cursesActive = false
    nonisolated(unsafe) private static var pending: UnsafeMutableBufferPointer<UInt8>?
    nonisolated(unsafe) private static var savePaths: [UnsafeMutablePointer<CChar>] = []

    static let fatalSignals = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]
    static let endingSignals = [SIGHUP, SIGTERM, SIGINT]

    static func install(documentPath: String) {
        savePaths = RescueFile.candidates(for: documentPath).map { strdup($0)! }
        for signal in fatalSignals + endingSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = handle
            sigemptyset(&action.sa_mask)
            // Reset to the default action on entry, and let the re-raise through at once.
            action.sa_flags = Int32(bitPattern: UInt32(SA_RESETHAND)) | Int32(SA_NODEFER)
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

    private static let handle: @convention(c) (Int32) -> Void = { signal in
        if signal == SIGHUP || signal == SIGTERM { rescue() }
        if cursesActive {
            _ = curs_set(1)
            _ = endwin()
        }
        raise(signal)
    }

    /// Writes the pending bytes to the first rescue name that doesn't exist yet. Only
    /// async-signal-safe calls.
    private static func rescue() {
        guard let bytes = pending, let base = bytes.baseAddress else { return }
        for path in savePaths {
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if fd < 0 {
                if errno == EEXIST { continue }
                return
            }
            var offset = 0
            while offset < bytes.count {
                let written = write(fd, base + offset, bytes.count - offset)
                if written < 0 { if errno == EINTR { continue }; break }
                offset += written
            }
            fsync(fd)
            close(fd)
            return
        }
    }
}
