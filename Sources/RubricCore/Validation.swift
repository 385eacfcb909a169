/// Finds the first reason bytes are not a text file the program may edit.
enum TextValidation {
    /// The offset of the first NUL byte or malformed UTF-8 sequence, or nil when the bytes
    /// are clean UTF-8 text.
    static func firstProblem(in bytes: [UInt8]) -> RubricError? {
        bytes.withUnsafeBufferPointer { firstProblem(in: $0) }
    }

    private static func firstProblem(in b: UnsafeBufferPointer<UInt8>) -> RubricError? {
        var i = 0
        let n = b.count
        while i < n {
            // Eight bytes at a time while they are ASCII with no NUL, as most of a ladder is.
            while i + 8 <= n {
                let word = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
                let high: UInt64 = 0x8080_8080_8080_8080, ones: UInt64 = 0x0101_0101_0101_0101
                // A byte of 0x80 or more, or a zero byte (the classic "has zero byte" test).
                guard word & high == 0, (word &- ones) & ~word & high == 0 else { break }
                i += 8
            }
            guard i < n else { break }
            let c = b[i]
            if c == 0 { return .containsNUL(byteOffset: i) }
            if c < 0x80 { i += 1; continue }
            var need = 0
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; hi = 0x9F
            case 0xF0: need = 3; lo = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; hi = 0x8F
            default: return .notUTF8(byteOffset: i)
            }
            // A sequence cut short by the end of the file is malformed too.
            if i + need >= n { return .notUTF8(byteOffset: i) }
            if b[i + 1] < lo || b[i + 1] > hi { return .notUTF8(byteOffset: i) }
            var k = 2
            while k <= need {
                if b[i + k] < 0x80 || b[i + k] > 0xBF { return .notUTF8(byteOffset: i) }
                k += 1
            }
            i += need + 1
        }
        return nil
    }
}
