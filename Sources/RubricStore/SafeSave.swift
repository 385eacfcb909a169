#if canImport(Glibc)
import Glibc
#endif

/// Writes a person's file so that no failure, at any moment, leaves it half-written.
///
/// The new bytes go to a temporary file in the target's own folder, get the original mode
/// and owner, reach the disk (`fsync`), and only then replace the target with `rename`,
/// which is atomic. The folder is synced so the rename itself survives a power cut. A file
/// with several hard links, or owned by someone this process can't give a new file to, is
/// written in place instead, after a backup copy, so its other names keep seeing the new
/// text and its owner keeps it. Foundation's atomic write does none of this on Linux.
public enum SafeSave {
    /// What a save may write over after asking the person.
    public struct Allowance: OptionSet, Equatable, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// Bytes on disk that are no longer the ones loaded.
        public static let changedOnDisk = Allowance(rawValue: 1)
        /// A file whose mode says it is not to be written.
        public static let readOnly = Allowance(rawValue: 2)
    }

    /// Replaces the loaded file's bytes. Refuses with `.changedOnDisk` when the bytes on
    /// disk are no longer the ones loaded, and with `.readOnly` when the file's mode says it
    /// is read-only, unless `allowing` says so. A rename only needs the folder to be
    /// writable, so the mode is checked here, as vim does, and root is asked too.
    public static func replace(_ file: LoadedFile, with bytes: [UInt8], allowing: Allowance = []) throws(FileError) -> LoadedFile {
        let target = file.resolvedPath
        if !allowing.contains(.changedOnDisk) {
            let onDisk: LoadedFile
            do { onDisk = try LoadedFile.read(target) } catch { throw .changedOnDisk }
            guard onDisk.bytes == file.bytes else { throw .changedOnDisk }
        }
        var info = stat()
        let exists = stat(target, &info) == 0
        if exists, !allowing.contains(.readOnly), isReadOnly(target, mode: info.st_mode) { throw .readOnly }
        if exists, info.st_nlink > 1 || !canGive(to: info.st_uid, info.st_gid) {
            // Other names must see the new text; someone else's file must stay theirs, and
            // only root can give a new file away.
            try writeInPlace(target, bytes: bytes, original: file.bytes)
        } else {
            let mode = exists ? mode_t(info.st_mode) & 0o7777 : defaultMode()
            try writeReplacing(target, bytes: bytes, mode: mode, owner: exists ? (info.st_uid, info.st_gid) : nil)
        }
        return try reloaded(file.path, expecting: bytes)
    }

    /// Whether a file this process creates can be given this owner and group: its own user
    /// and one of its groups, or anything for root.
    private static func canGive(to uid: uid_t, _ gid: gid_t) -> Bool {
        let user = geteuid()
        if user == 0 { return true }
        guard uid == user else { return false }
        if gid == getegid() { return true }
        var groups = [gid_t](repeating: 0, count: Int(getgroups(0, nil)))
        let count = getgroups(Int32(groups.count), &groups)
        return groups.prefix(Int(max(0, count))).contains(gid)
    }

    /// What the editor says of a read-only file before offering to write over it: whose it
    /// is, when not this user's, and why it can't be written over at all, when it can't.
    public static func readOnlyDetails(_ path: String) -> (owner: String?, blocker: String?) {
        var info = stat()
        guard stat(path, &info) == 0 else { return (nil, nil) }
        let owner = info.st_uid == geteuid() ? nil : userName(info.st_uid)
        if access(split(path).folder, W_OK) != 0 { return (owner, "its folder is not writable") }
        if !canGive(to: info.st_uid, info.st_gid), access(path, W_OK) != 0 {
            return (owner, owner.map { "writing over it would take it from \($0)" } ?? "writing over it would change its group")
        }
        return (owner, nil)
    }

    /// A user's login name from /etc/passwd, or "user N" when it has none. Read directly:
    /// `getpwuid` in a statically linked program loads the C library's name services at run
    /// time, which crashes when they don't match the glibc linked in.
    private static func userName(_ uid: uid_t) -> String {
        let fallback = "user \(uid)"
        guard let passwd = try? LoadedFile.read("/etc/passwd") else { return fallback }
        for line in passwd.bytes.split(separator: 0x0A) {
            let fields = line.split(separator: UInt8(ascii: ":"), maxSplits: 3, omittingEmptySubsequences: false)
            guard fields.count > 2, UInt32(String(decoding: fields[2], as: UTF8.self)) == uid else { continue }
            return String(decoding: fields[0], as: UTF8.self)
        }
        return fallback
    }

    /// Creates a new file, refusing to replace one that exists (even one created meanwhile).
    public static func create(_ path: String, bytes: [UInt8]) throws(FileError) -> LoadedFile {
        let temporary = try writeTemporary(beside: path, bytes: bytes, mode: defaultMode(), owner: nil)
        defer { unlink(temporary) }
        if link(temporary, path) != 0 {
            if errno == EEXIST { throw .alreadyExists }
            throw .lastError("cannot create")
        }
        syncFolder(of: path)
        return try reloaded(path, expecting: bytes)
    }

    /// Read-only by its mode bits (no one may write it: what counts for root), or not
    /// writable by this user.
    public static func isReadOnly(_ path: String, mode: mode_t) -> Bool {
        mode & 0o222 == 0 || access(path, W_OK) != 0
    }

    // MARK: - Steps

    private static func writeReplacing(_ target: String, bytes: [UInt8], mode: mode_t, owner: (uid_t, gid_t)?) throws(FileError) {
        let temporary = try writeTemporary(beside: target, bytes: bytes, mode: mode, owner: owner)
        if rename(temporary, target) != 0 {
            let error = FileError.lastError("cannot replace the file")
            unlink(temporary)
            throw error
        }
        syncFolder(of: target)
    }

    /// Writes bytes to a new temporary file next to `path` and returns its name.
    private static func writeTemporary(beside path: String, bytes: [UInt8], mode: mode_t, owner: (uid_t, gid_t)?) throws(FileError) -> String {
        let (folder, name) = split(path)
        var template = Array("\(folder)/.\(name).rubric-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw .lastError("cannot write in \(folder)") }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)  // a suspended session's children must not inherit it
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        do throws(FileError) {
            defer { close(fd) }
            try FileDescriptor.writeAll(fd, bytes)
            if let (uid, gid) = owner { _ = fchown(fd, uid, gid) }  // only root may give files away; best effort
            if fchmod(fd, mode) != 0 { throw .lastError("cannot set the file mode") }
            try FileDescriptor.syncOrThrow(fd)
        } catch {
            unlink(temporary)
            throw error
        }
        return temporary
    }

    /// For a file with several names: back up, rewrite the same inode, then drop the backup.
    private static func writeInPlace(_ target: String, bytes: [UInt8], original: [UInt8]) throws(FileError) {
        // A hang-up or a stop waits until the file is whole again: unlike a rename, this
        // write is not atomic. (It is then handled as usual.)
        var ending = sigset_t(), previous = sigset_t()
        sigemptyset(&ending)
        for signal in [SIGHUP, SIGTERM, SIGINT] { sigaddset(&ending, signal) }
        pthread_sigmask(SIG_BLOCK, &ending, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        let backup = try writeTemporary(beside: target, bytes: original, mode: 0o600, owner: nil)
        let fd = open(target, O_WRONLY | O_TRUNC | O_CLOEXEC)
        guard fd >= 0 else {
            let error = FileError.lastError("cannot open for writing")
            unlink(backup)
            throw error
        }
        do throws(FileError) {
            defer { close(fd) }
            try FileDescriptor.writeAll(fd, bytes)
            try FileDescriptor.syncOrThrow(fd)
        } catch {
            // Put the original back; keep the backup if even that fails.
            if (try? restore(original, into: target)) != nil { unlink(backup) }
            else { throw .system(operation: "cannot write (the original is saved as \(backup))", code: codeOf(error)) }
            throw error
        }
        unlink(backup)
    }

    private static func restore(_ bytes: [UInt8], into target: String) throws(FileError) {
        let fd = open(target, O_WRONLY | O_TRUNC | O_CLOEXEC)
        guard fd >= 0 else { throw .lastError("cannot open") }
        defer { close(fd) }
        try FileDescriptor.writeAll(fd, bytes)
        try FileDescriptor.syncOrThrow(fd)
    }

    private static func codeOf(_ error: FileError) -> Int32 {
        if case .system(_, let code) = error { return code }
        return EIO
    }

    private static func reloaded(_ path: String, expecting bytes: [UInt8]) throws(FileError) -> LoadedFile {
        let saved = try LoadedFile.read(path)
        guard saved.bytes == bytes else { throw .changedOnDisk }
        return saved
    }

    private static func syncFolder(of path: String) {
        let fd = open(split(path).folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    private static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = String(path[..<slash])
        return (folder.isEmpty ? "/" : folder, String(path[path.index(after: slash)...]))
    }

    /// 0666 less the process's umask, as `open(O_CREAT)` would give.
    private static func defaultMode() -> mode_t {
        let mask = umask(0)
        umask(mask)
        return 0o666 & ~mask
    }
}
