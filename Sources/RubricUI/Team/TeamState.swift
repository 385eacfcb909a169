import RubricCore
import RubricStyle

/// The team screen (`rubric FOLDER`): the matrix of people × areas, a person selected, the
/// rows and columns scrolled so the selection shows, and a person marked to compare with.
/// A reducer of its own, as the editor's: `(TeamState, TeamInput) -> (TeamState, [TeamEffect])`.
public struct TeamState: Sendable {
    public internal(set) var team: Team
    /// Where the team was read from, as the title says it.
    public let place: String
    public internal(set) var row = 0
    /// The first area column shown: the columns scroll when they don't all fit.
    public internal(set) var firstColumn = 0
    public internal(set) var firstRow = 0
    /// A person marked with `c`: Enter opens the selected one against them.
    public internal(set) var marked: Int?
    public internal(set) var message: String?
    public internal(set) var size: Size
    public let glyphs: Glyphs

    public init(team: Team, place: String, size: Size, glyphs: Glyphs = .unicode) {
        self.team = team
        self.place = place
        self.size = size
        self.glyphs = glyphs
    }

    /// The team read again (a file changed on disk, or a person's file was edited): the same
    /// person stays selected where they still are.
    public mutating func replaceTeam(_ newTeam: Team) {
        let selected = team.people.indices.contains(row) ? team.people[row].file : nil
        let markedFile = marked.map { team.people[$0].file }
        team = newTeam
        firstColumn = max(0, min(firstColumn, newTeam.columns.count - 1))
        row = selected.flatMap { file in newTeam.people.firstIndex { $0.file == file } } ?? min(row, max(0, newTeam.people.count - 1))
        marked = markedFile.flatMap { file in newTeam.people.firstIndex { $0.file == file } }
        keepInView()
    }

    /// Says something on the message line until the next key.
    public mutating func showMessage(_ text: String) { message = text }

    /// Rows of people the screen shows at once.
    var visibleRows: Int { max(1, TeamView.matrixHeight(self)) }

    mutating func keepInView() {
        firstRow = Scrolling.top(revealing: row...row, near: firstRow, height: visibleRows, count: team.people.count)
    }
}

/// What the outside world asks of the team screen.
public enum TeamInput: Sendable {
    case key(Key)
    case resize(Size)
}

/// What the team screen asks the outside world to do.
public enum TeamEffect: Equatable, Sendable {
    /// Open a person's file in the editor, perhaps against another's; the team screen comes
    /// back when the editor quits.
    case open(file: String, against: String?)
    /// Read the team again.
    case reload
    case quit, suspend, redraw
}

public func update(_ state: TeamState, _ input: TeamInput) -> (TeamState, [TeamEffect]) {
    var next = state
    next.message = nil
    switch input {
    case .resize(let size):
        next.size = size
        next.keepInView()
        return (next, [])
    case .key(let key):
        let effects = next.perform(KeyMap.team.action(for: key))
        return (next, effects)
    }
}

extension TeamState {
    mutating func perform(_ action: Action?) -> [TeamEffect] {
        let count = team.people.count
        func select(_ index: Int) {
            row = min(max(0, index), max(0, count - 1))
            keepInView()
        }
        switch action {
        case .up: select(row - 1)
        case .down: select(row + 1)
        case .top: select(0)
        case .bottom: select(count - 1)
        case .pageUp: select(row - max(1, visibleRows - 1))
        case .pageDown: select(row + max(1, visibleRows - 1))
        case .previousArea: firstColumn = max(0, firstColumn - 1)
        case .nextArea: firstColumn = min(max(0, team.columns.count - 1), firstColumn + 1)
        case .open:
            guard team.people.indices.contains(row) else { return [] }
            return [.open(file: team.people[row].file, against: marked.flatMap { $0 == row ? nil : team.people[$0].file })]
        case .markToCompare:
            guard team.people.indices.contains(row) else { return [] }
            if marked == row {
                marked = nil
                message = "Not comparing"
            } else {
                marked = row
                message = "Enter on another person opens them against \(glyphs.text(SafeText.sanitized(team.people[row].name)))"
            }
        case .reload: return [.reload]
        case .quit, .back: return [.quit]
        case .redraw: return [.redraw]
        case .suspend: return [.suspend]
        default: break
        }
        return []
    }
}
