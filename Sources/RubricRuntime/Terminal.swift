import RubricUI

/// What the runtime needs of a terminal: draw a grid, wait for input. The ncurses screen
/// is one; tests drive the loop with a fake one, key by key, without a real terminal.
public protocol Terminal: AnyObject {
    var size: Size { get }
    /// Shows a grid (a real terminal writes only what changed).
    func draw(_ grid: Grid)
    /// Waits until input arrives or `wake` (a file descriptor) becomes readable, and
    /// returns the input read: none when woken for background work.
    func read(wakingOn wake: Int32) -> [TerminalInput]
    /// Stops the process as Ctrl-Z would, giving the terminal back until `fg`.
    func suspend()
    /// Forgets what is on the terminal and draws everything again.
    func forceRedraw()
    /// Gives the terminal to another program (the person's editor) for the time of `work`,
    /// then takes it back and draws everything again.
    func handOver(_ work: () -> Void)
}

/// What a terminal reports.
public enum TerminalInput: Equatable, Sendable {
    case key(Key)
    case resize(Size)
    /// A click (the left button) at a cell.
    case click(x: Int, y: Int)
    /// The wheel: -1 up, 1 down.
    case wheel(Int)
}
