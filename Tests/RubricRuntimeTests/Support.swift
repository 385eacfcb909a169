import Foundation
import RubricCore
import RubricRuntime
import RubricStore
import RubricUI

/// A copy of a fixture in a fresh folder, and the runtime over it.
func runtime(_ terminal: FakeTerminal, fixture: String = "technical.md") throws -> (Runtime, String) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rubric-runtime-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent(fixture).path
    try FileManager.default.copyItem(atPath: fixturePath(fixture), toPath: path)
    let loaded = try LoadedFile.read(path)
    let state = AppState(rubric: try Rubric(bytes: loaded.bytes), fileName: fixture, size: terminal.size)
    return (Runtime(state: state, terminal: terminal, file: EditedFile(path: path, file: loaded)), path)
}

/// Where a fixture the test targets share lives.
func fixturePath(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("RubricCoreTests/Fixtures/\(name)").path
}

/// A file's bytes, or none.
func bytes(_ path: String) -> [UInt8] { (try? LoadedFile.read(path).bytes) ?? [] }

extension Grid {
    /// Every row's text, one line each.
    var text: String { (0..<height).map(rowText).joined(separator: "\n") }
}
