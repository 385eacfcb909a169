/// Byte-level helpers for markdown syntax, which is all ASCII: the one place that folds
/// ASCII case, for the core and the display alike.
public enum ASCII {
    static let space: UInt8 = 0x20
    static let tab: UInt8 = 0x09
    static let hash: UInt8 = 0x23

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    static func isBlank(_ b: UInt8) -> Bool { b == space || b == tab }
    public static func lower(_ b: UInt8) -> UInt8 { (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b }

    /// Whether `pattern` (lowercase ASCII) occurs at `at`, ignoring case.
    public static func matches(_ bytes: [UInt8], at: Int, _ pattern: [UInt8], end: Int) -> Bool {
        guard at + pattern.count <= end else { return false }
        for k in 0..<pattern.count where lower(bytes[at + k]) != pattern[k] { return false }
        return true
    }

    /// First index of `pattern` in `bytes[from..<end]`, or nil.
    static func find(_ pattern: [UInt8], in bytes: [UInt8], from: Int, end: Int) -> Int? {
        guard let first = pattern.first, pattern.count <= end - from else { return nil }
        var i = from
        let last = end - pattern.count
        while i <= last {
            if lower(bytes[i]) == first && matches(bytes, at: i, pattern, end: end) { return i }
            i += 1
        }
        return nil
    }

    static func string(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}
