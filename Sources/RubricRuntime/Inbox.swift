import Synchronization
import RubricStore
import RubricUI

#if canImport(Glibc)
import Glibc
#endif

/// What background work hands back: an event for the view model and, for a reload, the
/// file it read, which the runtime keeps (the view model knows nothing of files).
struct Delivery: Sendable {
    let event: Event
    let file: LoadedFile?

    init(_ event: Event, file: LoadedFile? = nil) {
        self.event = event
        self.file = file
    }
}

/// Where background work leaves its results for the loop: a list of deliveries behind a
/// lock, and a pipe whose read end the loop waits on beside the terminal, so a result wakes
/// it as a key would.
final class Inbox: Sendable {
    private let deliveries = Mutex<[Delivery]>([])
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

    func post(_ delivery: Delivery) {
        deliveries.withLock { $0.append(delivery) }
        var byte: UInt8 = 1
        _ = write(writeDescriptor, &byte, 1)
    }

    /// What was posted so far, oldest first, emptying the inbox.
    func take() -> [Delivery] {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(wakeDescriptor, &buffer, buffer.count) > 0 {}
        return deliveries.withLock { taken in
            defer { taken.removeAll() }
            return taken
        }
    }
}
