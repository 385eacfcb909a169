#if canImport(Glibc)
import Glibc
#endif

/// What is remembered of a file at load time: its kind and permissions (`mode`), for the
/// read-only question; its size, to read it in one allocation; its inode and link count,
/// which tell a replaced file from one written in place; when it was last changed, for the
/// history's uncommitted entry.
public struct FileIdentity: Equatable, Sendable {
    public let inode: UInt64
    public let size: Int
    public let mode: UInt32
    public let linkCount: Int
    /// Seconds since 1970 of the last change to its contents.
    public let modified: Int

    init(_ info: stat) {
        inode = UInt64(info.st_ino)
        size = Int(info.st_size)
        mode = UInt32(info.st_mode)
        linkCount = Int(info.st_nlink)
        modified = Int(info.st_mtim.tv_sec)
    }

    /// Describes a non-regular file's kind, or nil for a regular file.
    static func kindName(of mode: UInt32) -> String? {
        switch mode & UInt32(S_IFMT) {
        case UInt32(S_IFREG): return nil
        case UInt32(S_IFDIR): return "a directory"
        case UInt32(S_IFIFO): return "a FIFO"
        case UInt32(S_IFCHR): return "a character device"
        case UInt32(S_IFBLK): return "a block device"
        case UInt32(S_IFSOCK): return "a socket"
        default: return "a special file"
        }
    }
}
