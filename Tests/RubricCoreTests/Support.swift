import Foundation
@testable import RubricCore

/// Reads a fixture from this folder's `Fixtures`.
func fixture(_ name: String) -> [UInt8] {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    return [UInt8](try! Data(contentsOf: folder.appendingPathComponent(name)))
}

func parse(_ text: String) throws -> Rubric { try Rubric(bytes: Array(text.utf8)) }

extension Array where Element == UInt8 {
    var text: String { String(decoding: self, as: UTF8.self) }
}

/// The bytes with each occurrence of `target` replaced, to state an expected edit precisely.
func replacing(_ bytes: [UInt8], _ target: String, with replacement: String) -> [UInt8] {
    Array(bytes.text.replacingOccurrences(of: target, with: replacement).utf8)
}
