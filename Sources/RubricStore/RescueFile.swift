import RubricCore

#if canImport(Glibc)
import Glibc
#endif

/// The copy of unsaved work the editor writes beside a file when it is hung up on or told
/// to stop, the way nano does: `FILE.save`, then `FILE.save.1`, … (never over FILE).
public enum RescueFile {
    /// The names tried for the rescue copy of `path`, in order.
    public static func candidates(for path: String) -> [String] {
        [path + ".save"] + (1...99).map { "\(path).save.\($0)" }
    }

    /// The rescue copies beside a file, when one is newer than FILE (or FILE is gone): work
    /// that a session lost and the next one should offer back.
    public struct Pending: Equatable, Sendable {
        /// The copies newer than the file, newest first (by modification time; on a tie,
        /// the later name): each one is work to offer, the first that can be read.
        public let fresh: [String]
        /// The other copies, in the order of their names: older than the file.
        public let stale: [String]

        public init(fresh: [String], stale: [String]) { self.fresh = fresh; self.stale = stale }

        /// The newest copy.
        public var newest: String { fresh[0] }
        /// Every copy but `copy`.
        public func others(than copy: String) -> [String] { (fresh + stale).filter { $0 != copy } }
        /// How many copies there are in all.
        public var count: Int { fresh.count + stale.count }
    }

    /// The copy to offer back: the newest fresh one that can be read; else the newest, with
    /// why it can't be. A copy cut short by a hang-up never hides an older, whole one.
    public static func offer(_ pending: Pending) -> (path: String, content: Result<Rubric, Unusable>) {
        var first: (String, Result<Rubric, Unusable>)?
        for copy in pending.fresh {
            let content = read(copy)
            if case .success = content { return (copy, content) }
            if first == nil { first = (copy, content) }
        }
        return first ?? (pending.newest, read(pending.newest))
    }

    /// Why a rescue copy can't be offered back, as the editor says it after the copy's name.
    public enum Unusable: Error, CustomStringConvertible {
        case empty
        case unreadable(String)

        public var description: String {
            switch self {
            case .empty: "is empty (a rescue cut short)"
            case .unreadable(let reason): "can't be read (\(reason))"
            }
        }
    }

    /// The rubric a rescue copy holds, or why it can't be used.
    public static func read(_ copy: String) -> Result<Rubric, Unusable> {
        do {
            let loaded = try LoadedFile.read(copy)
            if loaded.bytes.isEmpty { return .failure(.empty) }
            return .success(try Rubric(bytes: loaded.bytes))
        } catch {
            return .failure(.unreadable("\(error)"))
        }
    }

    public static func pending(for path: String) -> Pending? {
        var copies: [(path: String, time: (Int, Int), order: Int)] = []
        for (order, candidate) in candidates(for: path).enumerated() {
            var info = stat()
            guard stat(candidate, &info) == 0 else { continue }
            guard info.st_mode & S_IFMT == S_IFREG else { continue }
            copies.append((candidate, (info.st_mtim.tv_sec, info.st_mtim.tv_nsec), order))
        }
        // The latest time first; on a tie the later name, which a hang-up wrote after the earlier one.
        copies.sort { ($0.time.0, $0.time.1, $0.order) > ($1.time.0, $1.time.1, $1.order) }
        var fileInfo = stat()
        let fileTime = stat(path, &fileInfo) == 0 ? (fileInfo.st_mtim.tv_sec, fileInfo.st_mtim.tv_nsec) : nil
        // Equal times count: file systems stamp in coarse ticks, and a copy is only written after a load.
        let fresh = copies.filter { copy in fileTime.map { copy.time >= $0 } ?? true }
        guard !fresh.isEmpty else { return nil }
        let stale = copies.filter { copy in fileTime.map { copy.time < $0 } ?? false }.sorted { $0.order < $1.order }
        return Pending(fresh: fresh.map(\.path), stale: stale.map(\.path))
    }
}

/// Writes the rescue copy from a signal handler: only async-signal-safe calls, and every
/// path prepared beforehand as C strings, since a handler may not allocate.
///
/// The copy is written whole to a temporary name and then linked to the first rescue name
/// that doesn't exist yet, so a copy is complete or absent: a process killed mid-write (a
/// second hang-up, a full disk) leaves at most the temporary file, never a short `FILE.save`.
public struct RescueWriter: @unchecked Sendable {
    private let temporary: UnsafeMutablePointer<CChar>
    private let names: [UnsafeMutablePointer<CChar>]

    /// Prepares the names for `path`'s rescue copy. They live as long as the process.
    public init(for path: String) {
        temporary = strdup("\(path).save-\(getpid()).partial")!
        names = RescueFile.candidates(for: path).map { strdup($0)! }
    }

    /// Writes `bytes` to the first free rescue name; true when a copy was made.
    @discardableResult
    public func write(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        // A fresh file of its own: never one planted at the name, nor through a link.
        unlink(temporary)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return false }
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(fd, base + offset, bytes.count - offset)
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { break }
            offset += written
        }
        // Some file systems can't sync (EINVAL, ENOSYS): every byte written is enough there.
        let complete = offset == bytes.count && (fsync(fd) == 0 || errno == EINVAL || errno == ENOSYS)
        close(fd)
        defer { unlink(temporary) }
        guard complete else { return false }
        for name in names {
            if link(temporary, name) == 0 { return true }
            if errno == EEXIST { continue }
            // A file system without hard links: rename, which can't refuse an existing name,
            // so look first (nothing else writes rescue copies of this file meanwhile).
            if access(name, F_OK) == 0 { continue }
            return errno == ENOENT && rename(temporary, name) == 0
        }
        return false
    }
}
