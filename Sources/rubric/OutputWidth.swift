#if canImport(Glibc)
import Glibc
#endif

/// What a report is fitted to: the terminal's width when standard output is one, else 80.
enum OutputWidth {
    static func current() -> Int {
        var size = winsize()
        guard isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}
