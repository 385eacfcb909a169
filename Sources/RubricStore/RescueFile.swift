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

    /// `FILE.save` when it exists and is newer than FILE (or FILE is gone): work that a
    /// session lost and the next one should offer back.
    public static func pending(for path: String) -> String? {
        let rescue = path + ".save"
        var rescueInfo = stat(), fileInfo = stat()
        guard stat(rescue, &rescueInfo) == 0, rescueInfo.st_mode & S_IFMT == S_IFREG else { return nil }
        guard stat(path, &fileInfo) == 0 else { return rescue }
        let rescueTime = (rescueInfo.st_mtim.tv_sec, rescueInfo.st_mtim.tv_nsec)
        let fileTime = (fileInfo.st_mtim.tv_sec, fileInfo.st_mtim.tv_nsec)
        // Equal times count: file systems stamp in coarse ticks, and a copy is only written after a load.
        return rescueTime >= fileTime ? rescue : nil
    }
}
