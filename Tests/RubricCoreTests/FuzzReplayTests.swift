import Foundation
import Testing
@testable import RubricCore

/// Replays the fuzzing seeds (the test fixtures) and every crash libFuzzer has found
/// (Fuzz/run), so a fixed crash stays fixed.
@Suite("Fuzz corpus replay")
struct FuzzReplayTests {
    static let folders = ["Tests/RubricCoreTests/Fixtures", "Fuzz/crashes"].map {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent($0)
    }

    static var inputs: [String] {
        folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
                .filter { !$0.hasPrefix(".") }.map { folder.appendingPathComponent($0).path }
        }.sorted()
    }

    @Test func thereIsACorpus() {
        #expect(Self.inputs.count >= 19)
    }

    @Test func everyInputKeepsTheProperties() throws {
        for path in Self.inputs {
            FuzzCheck.check([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
        }
    }
}
