import Foundation

/// Reads one of the example rubrics every test target shares (RubricCoreTests/Fixtures).
func fixture(_ name: String) -> [UInt8] {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("RubricCoreTests/Fixtures")
    return [UInt8](try! Data(contentsOf: folder.appendingPathComponent(name)))
}
