import RubricStyle

/// One terminal cell: a character, how many columns it covers, and its role.
///
/// A wide character covers its cell and the next, which holds a continuation (width 0),
/// so a grid row always has exactly `width` cells, as ratatui's Buffer does.
public struct Cell: Equatable, Sendable {
    public var character: Character
    public var width: Int
    public var role: Role

    public static let blank = Cell(character: " ", width: 1, role: .normal)
    static func continuation(_ role: Role) -> Cell { Cell(character: " ", width: 0, role: role) }
}

/// An in-memory screen the renderer draws into; the backend copies it to the terminal and
/// tests compare it with expected text.
public struct Grid: Equatable, Sendable {
    public let width: Int
    public let height: Int
    /// Draw `?` for any character ASCII lacks: outside a UTF-8 locale the terminal can show
    /// nothing else. The last guard: the renderer already draws ASCII glyphs there.
    public let asciiOnly: Bool
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, asciiOnly: Bool = false) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.asciiOnly = asciiOnly
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell { cells[y * width + x] }

    /// Writes text from column `x` on row `y`, stopping before `limit` (default: the right
    /// edge). A wide character that would cross the limit becomes a space, never half a glyph.
    /// Returns the column after the text.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, role: Role, limit: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let end = min(limit ?? width, width)
        var column = x
        for original in text {
            let character: Character = asciiOnly && !original.isASCII ? "?" : original
            let w = CharacterWidth.of(character)
            if w == 0 { continue }  // a lone combining mark has no cell of its own
            if column + w > end {
                if column < end { set(x: column, y: y, Cell(character: " ", width: 1, role: role)) }
                return end
            }
            guard column >= 0 else { column += w; continue }
            set(x: column, y: y, Cell(character: character, width: w, role: role))
            if w == 2 { set(x: column + 1, y: y, .continuation(role)) }
            column += w
        }
        return column
    }

    /// Paints a run of cells with a role, keeping their characters (for highlighted rows).
    public mutating func fill(x: Int, y: Int, width count: Int, role: Role) {
        let start = max(0, x), end = min(width, x + count)
        guard y >= 0, y < height, start < end else { return }
        for column in start..<end {
            cells[y * width + column].role = role
        }
    }

    /// Clears a rectangle to blanks with a role.
    public mutating func clear(x: Int, y: Int, width w: Int, height h: Int, role: Role = .normal) {
        for row in max(0, y)..<min(height, y + h) {
            for column in max(0, x)..<min(width, x + w) {
                cells[row * width + column] = Cell(character: " ", width: 1, role: role)
            }
        }
    }

    private mutating func set(x: Int, y: Int, _ cell: Cell) {
        let index = y * width + x
        // Overwriting half of a wide character blanks its other half.
        if cells[index].width == 0, x > 0 { cells[index - 1] = Cell(character: " ", width: 1, role: cells[index - 1].role) }
        if cells[index].width == 2, x + 1 < width { cells[index + 1] = Cell(character: " ", width: 1, role: cells[index + 1].role) }
        cells[index] = cell
    }

    /// The grid as text, one line per row, trailing spaces kept: what tests compare.
    public var text: String {
        (0..<height).map(rowText).joined(separator: "\n")
    }

    public func rowText(_ y: Int) -> String {
        var line = ""
        for x in 0..<width where self[x, y].width > 0 { line.append(self[x, y].character) }
        return line
    }
}
