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
        /// How many copies there are in all.
        public let count: Int
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
        return Pending(newest: newest.path, count: copies.count)
    }
}
