/// Finds the first reason bytes are not a text file the program may edit.
enum TextValidation {
    /// The offset of the first NUL byte or malformed UTF-8 sequence, or nil when the bytes
    /// are clean UTF-8 text.
    static func firstProblem(in b: [UInt8]) -> RubricError? {
        var i = 0
        let n = b.count
        while i < n {
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
