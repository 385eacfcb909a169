import Testing
@testable import RubricCore

/// The searches that read eight bytes at a time answer as a byte-by-byte search does, at
/// every alignment, including the bytes the shorter zero-byte test gets wrong (0x01 after 0x00).
@Suite("Byte search")
struct ByteSearchTests {
    @Test func firstIndexAgreesWithAPlainSearch() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x0A, 0x0B, 0x09, 0x3C, 0x3D, 0x21, 0x2D, 0x61, 0x80, 0xFF]
        for _ in 0..<2000 {
            let bytes = (0..<Int.random(in: 0...40, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let from = Int.random(in: 0...bytes.count, using: &generator)
            let end = Int.random(in: from...bytes.count, using: &generator)
            for byte: UInt8 in [0x0A, 0x3C, 0xFF] {
                let found = bytes.withUnsafeBufferPointer { ASCII.firstIndex(of: byte, in: $0, from: from, end: end) }
                #expect(found == bytes[from..<end].firstIndex(of: byte), "\(bytes) \(from)..<\(end) \(byte)")
            }
            let comment = Array("<!--".utf8)
            let plain = (from...max(from, end - comment.count)).first { end - $0 >= comment.count && Array(bytes[$0..<$0 + comment.count]) == comment }
            #expect(ASCII.find(comment, in: bytes, from: from, end: end) == plain)
        }
    }

    @Test func zeroBytesFlagsExactlyTheZeroBytes() {
        // 0x01 above a zero byte, and 0x80, are the cases the shorter test flags wrongly.
        // Bytes from the lowest: 00 01 00 00 01 80 00 01; zero are the 0th, 2nd, 3rd and 6th.
        #expect(ASCII.zeroBytes(0x0100_8001_0000_0100) == 0x0080_0000_8080_0080)
    }
}
