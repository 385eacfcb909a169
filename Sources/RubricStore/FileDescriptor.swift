#if canImport(Glibc)
import Glibc
#endif

/// Reads and writes on raw descriptors, looping over short transfers and EINTR.
enum FileDescriptor {
    static func readAll(_ fd: Int32, sizeHint: Int) throws(FileError) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(sizeHint + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .lastError("cannot read")
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) throws(FileError) {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .lastError("cannot write")
            }
            offset += count
        }
    }

    static func syncOrThrow(_ fd: Int32) throws(FileError) {
        if fsync(fd) != 0 { throw .lastError("cannot flush to disk") }
    }
}
