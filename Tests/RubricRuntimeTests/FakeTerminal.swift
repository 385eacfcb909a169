import Foundation
import RubricRuntime
import RubricUI
import Testing

/// A terminal for driving the runtime's loop without one: it plays a script of inputs and
/// keeps every grid drawn, as ratatui's TestBackend does.
final class FakeTerminal: Terminal {
    enum Step {
        case input(TerminalInput)
        /// Several inputs in one read, as a fast typist or a paste gives them.
        case batch([TerminalInput])
        /// Wait until a frame drawn shows what background work reports (`until` tells), the
        /// loop woken by each result it posts; a test fails after ten seconds without it.
        case until(String, @Sendable (Grid) -> Bool)
    }

    private(set) var size: Size
    private(set) var frames: [Grid] = []
    private var script: [Step]
    /// When the waiting step at the front of the script gives up.
    private var deadline: ContinuousClock.Instant?

    init(size: Size = Size(width: 80, height: 24), _ script: [Step]) {
        self.size = size
        self.script = script
    }

    func draw(_ grid: Grid) { frames.append(grid) }

    func read(wakingOn wake: Int32) -> [TerminalInput] {
        guard !script.isEmpty else {
            Issue.record("the script ran out before the program quit")
            return [.key(.control("c")), .key(.character("n"))]
        }
        switch script.removeFirst() {
        case .input(let input):
            if case .resize(let newSize) = input { size = newSize }
            return [input]
        case .batch(let inputs):
            return inputs
        case .until(let what, let shown):
            if frames.contains(where: shown) {
                deadline = nil
                return read(wakingOn: wake)
            }
            let limit = deadline ?? .now + .seconds(10)
            guard .now < limit else {
                Issue.record("no frame showed \(what)")
                deadline = nil
                return read(wakingOn: wake)
            }
            // Still waiting: the step stays first, and the loop draws whatever arrives.
            deadline = limit
            script.insert(.until(what, shown), at: 0)
            var waiting = pollfd(fd: wake, events: Int16(POLLIN), revents: 0)
            _ = poll(&waiting, 1, 100)
            return []
        }
    }

    func suspend() {}
    func forceRedraw() {}
    /// Runs the work (an editor the test has set up to need no terminal), counting the hand-overs.
    private(set) var handOvers = 0
    func handOver(_ work: () -> Void) {
        handOvers += 1
        work()
    }

    /// The last frame's rows, trailing blanks trimmed.
    var lastScreen: String {
        guard let grid = frames.last else { return "" }
        return (0..<grid.height).map { grid.rowText($0).replacingOccurrences(of: " +$", with: "", options: .regularExpression) }
            .joined(separator: "\n")
    }
}

extension FakeTerminal.Step {
    static func key(_ key: Key) -> Self { .input(.key(key)) }
}
