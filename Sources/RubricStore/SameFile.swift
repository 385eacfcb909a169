#if canImport(Glibc)
import Glibc
#endif

/// Whether two paths name one file (through links, `./`, another spelling).
public enum SameFile {
    public static func check(_ a: String, _ b: String) -> Bool {
        var first = stat(), second = stat()
        guard stat(a, &first) == 0, stat(b, &second) == 0 else { return false }
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }
}
