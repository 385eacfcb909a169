#if canImport(Glibc)
import Glibc
#endif

/// A file's bytes as read, with what a later save needs to know about it.
public struct LoadedFile: Sendable {
    /// The path as the person gave it, for messages.
    public let path: String
    /// The symlink-free path that saves write to, so a link stays a link.
    public let resolvedPath: String
    public let bytes: [UInt8]
    public let identity: FileIdentity

    /// Reads a regular file. FIFOs, devices and directories are refused before any read,
    /// so a path to `/dev/zero` or a pipe can't hang or exhaust memory.
    public static func read(_ path: String) throws(FileError) -> LoadedFile {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard fd >= 0 else { throw .lastError("cannot open") }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .lastError("cannot inspect") }
        let identity = FileIdentity(info)
        if identity.mode & UInt32(S_IFMT) == UInt32(S_IFDIR) { throw .isDirectory }
        if let kind = FileIdentity.kindName(of: identity.mode) { throw .notRegularFile(kind: kind) }
        let bytes = try FileDescriptor.readAll(fd, sizeHint: identity.size)
        return LoadedFile(path: path, resolvedPath: resolve(path), bytes: bytes, identity: identity)
    }

    /// The canonical path, or the path itself when it can't be resolved.
    static func resolve(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether a path names an existing file system object (a dangling link counts as not).
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }
}
