import Benchmark
import RubricCore
import RubricUI

/// A rubric of about `bytes` bytes: areas of five levels with descriptions, one mark each.
func generatedRubric(bytes target: Int) -> [UInt8] {
    var text = "# Generated\n\n"
    var area = 0
    while text.utf8.count < target {
        text += "## Area \(area)\n\nWhat area \(area) covers, in a sentence or two of description.\n\n"
        for level in 1...5 {
            let body = "Level \(level) of area \(area): words enough to wrap across a line or two on an ordinary screen."
            text += level == 2 ? "\(level). <mark>\(body)</mark>\n\n" : "\(level). \(body)\n\n"
        }
        area += 1
    }
    return Array((text + "## Score\n\n\(area * 2)/\(area * 5)\n").utf8)
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident], maxDuration: .seconds(3))

    for (label, size) in [("10 KB", 10_000), ("1 MB", 1_000_000), ("10 MB", 10_000_000)] {
        let bytes = generatedRubric(bytes: size)
        let rubric = try! Rubric(bytes: bytes)
        var moved = rubric.currentLevels
        moved[0] = 4

        Benchmark("parse \(label)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(try! Rubric(bytes: bytes)) }
        }
        Benchmark("score \(label)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(try! Rubric(bytes: bytes).total) }
        }
        Benchmark("mark and serialize \(label)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(rubric.bytes(withLevels: moved)) }
        }
        Benchmark("serialize unchanged \(label)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(rubric.bytes(withLevels: rubric.currentLevels)) }
        }
    }

    let example = try! Rubric(bytes: generatedRubric(bytes: 5_000))
    for (width, height) in [(80, 24), (300, 100)] {
        let state = AppState(rubric: example, fileName: "rubric.md", size: Size(width: width, height: height))
        Benchmark("render \(width)x\(height)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(Renderer.render(state)) }
        }
    }
    let state = AppState(rubric: example, fileName: "rubric.md", size: Size(width: 80, height: 24))
    Benchmark("view model step (move down)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(update(state, .key(.down))) }
    }
}
