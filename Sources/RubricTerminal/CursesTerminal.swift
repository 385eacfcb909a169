import CNcursesw
import RubricRuntime
import RubricUI
import RubricStyle

#if canImport(Glibc)
import Glibc
#endif

/// The ncurses screen: the only place the program calls ncurses.
///
/// It copies grids to the screen (writing only the cells that changed, and letting ncurses
/// work out the smallest update for the terminal) and turns key presses into events.
final class CursesTerminal: Terminal {
    private let window: UnsafeMutablePointer<WINDOW>
    private let styles: StyleTable
    private var shown: Grid?
    /// One cell's characters for `setcchar`, reused so drawing a frame allocates nothing.
    private var characters = [wchar_t](repeating: 0, count: CursesTerminal.charactersPerCell + 1)

    /// Whether the locale lets ncursesw draw more than ASCII.
    let isUTF8: Bool

    /// Starts curses mode. The caller has checked that stdin and stdout are terminals and
    /// that TERM can place the cursor (`terminalProblem`).
    /// With `mouse`, clicks and the wheel are reported (SGR reports where terminfo's
    /// `kmous` says so, as xterm-256color's does); without, the terminal keeps its own selection.
    init(theme: Theme, monochrome: Theme, mouse: Bool) {
        // Without the locale, ncursesw treats every non-ASCII byte as unprintable.
        _ = rubric_setlocale_ctype()
        isUTF8 = rubric_locale_is_utf8() != 0
        _ = initscr()
        window = rubric_stdscr()!
        raw()  // Ctrl-C, Ctrl-S, Ctrl-Z and Ctrl-R arrive as keys, not as signals or flow control
        noecho()
        nonl()
        _ = keypad(window, true)
        _ = set_escdelay(25)
        _ = curs_set(0)
        styles = StyleTable(theme: theme, monochrome: monochrome)
        mouseWanted = mouse
    }

    /// Mouse reporting is asked for once the first frame is up: setting it up costs about
    /// a millisecond that the first frame need not wait for.
    private var mouseWanted: Bool

    /// Whether clicks are being reported: an editor run meanwhile gets the mouse back.
    private var mouseOn = false

    private func startMouse() {
        mouseWanted = false
        mouseOn = true
        _ = mousemask(rubric_mouse_events(), nil)
        // Clicks at once: no waiting to see whether a double click follows.
        _ = mouseinterval(0)
    }

    var size: Size { Size(width: Int(rubric_cols()), height: Int(rubric_lines())) }

    /// Shows a grid, writing only cells that differ from the last one shown.
    func draw(_ grid: Grid) {
        let previous = shown.flatMap { $0.width == grid.width && $0.height == grid.height ? $0 : nil }
        if previous == nil { _ = werase(window) }
        for y in 0..<grid.height {
            // The style the cell on the left was written in, which a blank can take.
            var left = Role.normal
            for x in 0..<grid.width {
                let cell = grid[x, y]
                if cell.width == 0 { continue }
                let role = cell.character == " " && styles.blanksLookAlike(cell.role, left) ? left : cell.role
                left = role
                if let previous {
                    if previous[x, y] == cell { continue }
                } else if cell.character == " ", styles.looksErased(cell.role) {
                    continue  // werase left exactly this: most of a first frame is such blanks
                }
                put(cell.character, role: role, x: x, y: y)
            }
        }
        shown = grid
        _ = wnoutrefresh(window)
        _ = doupdate()
        if mouseWanted { startMouse() }
    }

    private func put(_ character: Character, role: Role, x: Int, y: Int) {
        let style = styles.style(for: role)
        Self.fill(&characters, with: character)
        var value = cchar_t()
        _ = setcchar(&value, &characters, style.attributes, style.pair, nil)
        _ = mvwadd_wch(window, Int32(y), Int32(x), &value)
    }

    /// The spacing character and at most four combining marks; ncurses allows five.
    static let charactersPerCell = 5

    /// A cell's character as ncurses wants it, into `buffer` (`charactersPerCell + 1` long):
    /// one spacing character and the marks that combine with it, NUL-terminated. Anything
    /// else in a cluster is dropped (so 👩‍💻 shows as 👩 and 🇬🇧 as 🇬, in the columns the
    /// renderer gave them), and a control character can never get here (the renderer's text
    /// is sanitized), but is refused anyway.
    static func fill(_ buffer: inout [wchar_t], with character: Character) {
        var count = 0
        for (position, scalar) in character.unicodeScalars.enumerated() {
            if position == 0 {
                let isControl = scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                buffer[0] = wchar_t(bitPattern: isControl ? 0x3F : scalar.value)
                count = 1
                continue
            }
            guard position < charactersPerCell else { break }
            // Only marks that combine. A joiner (ZWJ), a skin tone, a second regional indicator
            // or a variation selector (✔️ is ✔ and VS16) would have terminals disagree on the
            // width, and leave stray cells where the grid has none.
            guard !CharacterWidth.isVariationSelector(scalar) else { continue }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark:
                buffer[count] = wchar_t(bitPattern: scalar.value)
                count += 1
            default:
                continue
            }
        }
        buffer[count] = 0
    }

    /// Why TERM can't run the editor, or nil when it can. Checked before `initscr`, which
    /// would print its own complaint and exit, and writes nothing to the terminal.
    static func terminalProblem() -> TerminalApp.StartError? {
        guard let term = getenv("TERM").map({ String(cString: $0) }), !term.isEmpty else { return .noTerminalType }
        switch rubric_terminal_problem() {
        case 0: return nil
        case 1: return .unknownTerminal(term)
        default: return .cannotPlaceCursor(term)
        }
    }

    /// Waits for input or for `wake` to become readable, then returns all the input there is.
    func read(wakingOn wake: Int32) -> [TerminalInput] {
        // ncurses may already hold input it read from the terminal: that comes first.
        var inputs = available()
        if !inputs.isEmpty { return inputs }
        var waits = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0), pollfd(fd: wake, events: Int16(POLLIN), revents: 0)]
        // A resize interrupts the wait (EINTR) and ncurses then reports it. A second is the
        // longest a resize can wait should it land between looking and waiting.
        _ = poll(&waits, 2, 1000)
        inputs = available()
        // The terminal is gone (its side of the pty closed) with no signal said so: act as
        // on a hang-up, which keeps unsaved marks in a rescue copy, rather than spin.
        if inputs.isEmpty, waits[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { raise(SIGHUP) }
        return inputs
    }

    /// The input ncurses can give without waiting.
    private func available() -> [TerminalInput] {
        wtimeout(window, 0)
        var inputs: [TerminalInput] = []
        while let input = nextInput() { inputs.append(input) }
        return inputs
    }

    /// The next key, resize or mouse report, or nil when there is none yet. Input ncurses
    /// can't name (an unknown escape sequence, a mouse button not used here) is skipped.
    private func nextInput() -> TerminalInput? {
        while true {
            var code: wint_t = 0
            let result = wget_wch(window, &code)
            if result == rubric_err() { return nil }
            if result == rubric_key_code_yes() {
                let key = Int32(code)
                if key == rubric_key_resize() { return .resize(size) }
                if key == KEY_MOUSE {
                    if let mouse = mouseInput() { return mouse }
                    continue
                }
                if let decoded = KeyDecoder.functionKey(key) { return .key(decoded) }
                continue
            }
            if code == 27, skippedUnknownSequence() { continue }
            if let decoded = KeyDecoder.character(UInt32(code)) { return .key(decoded) }
        }
    }

    /// After an Esc, whether what followed at once was the rest of a sequence ncurses didn't
    /// know (a key the terminal codes otherwise than terminfo says, such as End as `ESC [ 4 ~`
    /// where terminfo has `ESC O F`), now read and dropped. Taken for Esc and its letters,
    /// such a key would quit the program or mark a level. A lone Esc has nothing after it:
    /// ncurses waited ESCDELAY for more before returning it.
    /// A key ncurses did name (an arrow, a resize, a mouse report) is no part of such a
    /// sequence: it goes back to be read next, and the Esc stands.
    private func skippedUnknownSequence() -> Bool {
        var code: wint_t = 0
        guard nextCharacter(&code) == true else { return false }
        switch code {
        case 0x5B:  // CSI: parameters and intermediates up to a final byte, @ to ~
            while nextCharacter(&code) == true, !(0x40...0x7E).contains(code) {}
        case 0x4F:  // SS3: one more character
            _ = nextCharacter(&code)
        default:
            break  // Alt with a key: dropped too, as nothing here means Alt
        }
        return true
    }

    /// Reads what is there without waiting: true for a character, false for a key ncurses
    /// named (put back, to be read next), nil for nothing.
    private func nextCharacter(_ code: inout wint_t) -> Bool? {
        let result = wget_wch(window, &code)
        if result == rubric_err() { return nil }
        if result == rubric_key_code_yes() {
            _ = ungetch(Int32(code))
            return false
        }
        return true
    }

    private func mouseInput() -> TerminalInput? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let state = event.bstate
        if state & rubric_button1_pressed() != 0 { return .click(x: Int(event.x), y: Int(event.y)) }
        if state & rubric_wheel_up() != 0 { return .wheel(-1) }
        if state & rubric_wheel_down() != 0 { return .wheel(1) }
        return nil
    }

    /// Forgets what is on the terminal and draws everything again (Ctrl-L, after `fg`).
    func forceRedraw() {
        _ = clearok(rubric_curscr(), true)
        if let grid = shown { shown = nil; draw(grid) }
    }

    /// Leaves curses mode, stops the process as Ctrl-Z would, and comes back on `fg`.
    func suspend() {
        _ = endwin()
        var previous = sigaction()
        var standard = sigaction()
        standard.__sigaction_handler.sa_handler = SIG_DFL
        sigaction(SIGTSTP, &standard, &previous)
        raise(SIGTSTP)
        sigaction(SIGTSTP, &previous, nil)
        _ = wrefresh(window)
        forceRedraw()
    }

    /// Leaves curses mode (the main screen, the cursor, the terminal's own modes come back)
    /// while another program runs, then comes back to a full redraw.
    func handOver(_ work: () -> Void) {
        if mouseOn { _ = mousemask(0, nil) }
        _ = endwin()
        work()
        _ = wrefresh(window)
        forceRedraw()
        if mouseOn { _ = mousemask(rubric_mouse_events(), nil) }
    }

    /// Ends curses mode: cursor, echo, the main screen and the terminal's own mouse
    /// selection come back.
    func close() {
        _ = mousemask(0, nil)
        _ = curs_set(1)
        _ = endwin()
    }
}
