import Synchronization
import RubricUI

#if canImport(Glibc)
import Glibc
#endif

/// Where background work leaves its results for the loop: a list of events behind a lock,
/// and a pipe whose read end the loop waits on beside the terminal, so a result wakes it
/// as a key would.
final class Inbox: Sendable {
    private let events = Mutex<[Event]>([])
    /// The read end, to wait on; the write end, written one byte per event.
    let wakeDescriptor: Int32
    private let writeDescriptor: Int32

    init() {
        var ends: [Int32] = [0, 0]
        // Without a pipe the loop could never be woken; no program can run without one.
        precondition(pipe(&ends) == 0, "no pipe for the event loop")
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        wakeDescriptor = ends[0]
        writeDescriptor = ends[1]
    }

    deinit {
        close(wakeDescriptor)
        close(writeDescriptor)
    }

    func post(_ event: Event) {
        events.withLock { $0.append(event) }
        var byte: UInt8 = 1
        _ = write(writeDescriptor, &byte, 1)
    }

    /// The events posted so far, oldest first, emptying the inbox.
    func take() -> [Event] {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(wakeDescriptor, &buffer, buffer.count) > 0 {}
        return events.withLock { taken in
            defer { taken.removeAll() }
            return taken
        }
    }
}
