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

/// About `bytes` bytes of a ladder in another layout, with as much text per level as
/// `generatedRubric`, so that the layouts' parse times compare.
func generatedLadder(_ layout: Layout, bytes target: Int) -> [UInt8] {
    var text = "# Generated\n\n"
    var area = 0
    func body(_ level: Int, _ area: Int) -> String {
        "Level \(level) of area \(area): words enough to wrap across a line or two on an ordinary screen."
    }
    switch layout {
    case .lists:
        return generatedRubric(bytes: target)
    case .bullets:
        while text.utf8.count < target {
            text += "## Area \(area)\n\nWhat area \(area) covers, in a sentence or two of description.\n\n"
            for level in 1...5 {
                let item = "**Stage \(level)**: \(body(level, area))"
                text += level == 2 ? "- <mark>\(item)</mark>\n" : "- \(item)\n"
            }
            text += "\n"
            area += 1
        }
    case .table:
        text += "| Area | L1 | L2 | L3 | L4 | L5 |\n| --- | --- | --- | --- | --- | --- |\n"
        while text.utf8.count < target {
            let cells = (1...5).map { level in level == 2 ? "<mark>\(body(level, area))</mark>" : body(level, area) }
            text += "| Area \(area) | " + cells.joined(separator: " | ") + " |\n"
            area += 1
        }
        text += "\n"
    case .headings:
        // Five level headings, each with an entry per area: grow the areas until the size fits.
        let areas = max(1, target / 600)
        for level in 1...5 {
            text += "## Level \(level)\n\n"
            for index in 0..<areas {
                let entry = "**Area \(index)**: \(body(level, index))"
                text += (level == 2 ? "<mark>\(entry)</mark>" : entry) + "\n\n"
            }
        }
        area = areas
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

    // Each layout against the lists layout: the same size, as much text per level.
    for layout in Layout.allCases where layout != .lists {
        for (label, size) in [("1 MB", 1_000_000), ("10 MB", 10_000_000)] {
            let bytes = generatedLadder(layout, bytes: size)
            precondition((try? Rubric(bytes: bytes))?.layout == layout)
            Benchmark("parse \(layout.rawValue) \(label)") { benchmark in
                for _ in benchmark.scaledIterations { blackHole(try! Rubric(bytes: bytes)) }
            }
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
    let overview = update(state, .key(.character("o"))).0
    Benchmark("render overview 80x24") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(Renderer.render(overview)) }
    }
    // Opening the editor on a large file: area identities, names, the first layout.
    let large = try! Rubric(bytes: generatedRubric(bytes: 10_000_000))
    Benchmark("editor state 10 MB") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(AppState(rubric: large, fileName: "rubric.md", size: Size(width: 80, height: 24)))
        }
    }
    // A search keystroke looks through every level of the file.
    let searching = update(AppState(rubric: try! Rubric(bytes: generatedRubric(bytes: 1_000_000)), fileName: "rubric.md",
                                    size: Size(width: 80, height: 24)), .key(.character("/"))).0
    Benchmark("search keystroke 1 MB") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(update(searching, .key(.character("w")))) }
    }
}
