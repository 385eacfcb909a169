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

    /// First index of `pattern` (lowercase ASCII) in `bytes[from..<end]`, ignoring case, or nil.
    static func find(_ pattern: [UInt8], in bytes: [UInt8], from: Int, end: Int) -> Int? {
        guard let first = pattern.first, pattern.count <= end - from else { return nil }
        let last = end - pattern.count
        // A first byte that is no letter has one case: candidates are found eight bytes at a
        // time (markup such as `<!--` and `<`, looked for in every line of the file).
        if !(0x61...0x7A).contains(first | 0x20) {
            return bytes.withUnsafeBufferPointer { buffer in
                var i = from
                while let candidate = firstIndex(of: first, in: buffer, from: i, end: last + 1) {
                    if matches(bytes, at: candidate, pattern, end: end) { return candidate }
                    i = candidate + 1
                }
                return nil
            }
        }
        var i = from
        while i <= last {
            if lower(bytes[i]) == first && matches(bytes, at: i, pattern, end: end) { return i }
            i += 1
        }
        return nil
    }

    /// First index of `pattern` in `bytes` at or after `from`, byte for byte, or nil.
    public static func firstIndex(of pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let first = pattern.first else { return from }
        let last = bytes.count - pattern.count
        var i = from
        while i <= last, let candidate = firstIndex(of: first, in: bytes, from: i, end: last + 1) {
            if pattern.indices.allSatisfy({ bytes[candidate + $0] == pattern[$0] }) { return candidate }
            i = candidate + 1
        }
        return nil
    }

    /// First index of `byte` in `bytes[from..<end]`, or nil, eight bytes at a time.
    static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> Int? {
        var i = from
        let repeated = UInt64(byte) &* 0x0101_0101_0101_0101
        while i + 8 <= end {
            let word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self))
            let found = zeroBytes(word ^ repeated)
            // In little-endian order the lowest set bit is the first byte.
            if found != 0 { return i + found.trailingZeroBitCount / 8 }
            i += 8
        }
        while i < end {
            if bytes[i] == byte { return i }
            i += 1
        }
        return nil
    }

    /// The high bit of each byte of `word` that is zero, and no other bit: exact, unlike the
    /// shorter `(w - 0x01…) & ~w & 0x80…`, which can also flag a 0x01 byte after a zero.
    static func zeroBytes(_ word: UInt64) -> UInt64 {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((word & low7) &+ low7) | word | low7)
    }

    static func string(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}
