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

    /// The rescue copies beside a file, and the newest of them when it is newer than FILE (or
    /// FILE is gone): work that a session lost and the next one should offer back.
    public struct Pending: Equatable, Sendable {
        /// The newest copy, by modification time (on a tie, the later name).
        public let newest: String
        /// The other copies, in the order of their names.
        public let others: [String]
        /// How many copies there are in all.
        public var count: Int { others.count + 1 }
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
        var copies: [(path: String, time: (Int, Int))] = []
        for candidate in candidates(for: path) {
            var info = stat()
            guard stat(candidate, &info) == 0 else { continue }
            guard info.st_mode & S_IFMT == S_IFREG else { continue }
            copies.append((candidate, (info.st_mtim.tv_sec, info.st_mtim.tv_nsec)))
        }
        // The latest time; on a tie the later name, which a hang-up wrote after the earlier one.
        var newest: (path: String, time: (Int, Int))?
        for copy in copies where newest.map({ copy.time >= $0.time }) ?? true { newest = copy }
        guard let newest else { return nil }
        var fileInfo = stat()
        if stat(path, &fileInfo) == 0 {
            // Equal times count: file systems stamp in coarse ticks, and a copy is only written after a load.
            guard newest.time >= (fileInfo.st_mtim.tv_sec, fileInfo.st_mtim.tv_nsec) else { return nil }
        }
        return Pending(newest: newest.path, others: copies.map(\.path).filter { $0 != newest.path })
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
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return false }
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(fd, base + offset, bytes.count - offset)
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { break }
            offset += written
        }
        let complete = offset == bytes.count && fsync(fd) == 0
        close(fd)
        defer { unlink(temporary) }
        guard complete else { return false }
        for name in names {
            if link(temporary, name) == 0 { return true }
            if errno == EEXIST { continue }
            // A file system without hard links: rename, which can't refuse an existing name,
            // so look first (nothing else writes rescue copies of this file meanwhile).
            if access(name, F_OK) != 0, errno == ENOENT { return rename(temporary, name) == 0 }
            return false
        }
        return false
    }
}
