import RubricCore
import RubricStore

/// Everything the screen shows, and nothing the terminal knows.
public struct AppState: Sendable {
    public enum Mode: Equatable, Sendable {
        case normal
        /// The keys, in a scrolling box.
        case help
        /// What `rubric check` reports about the file, in the same box.
        case problems
        /// "Save changes? (y)es (n)o (c)ancel", on the way out.
        case confirmQuit
        /// The file changed on disk: overwrite, reload or cancel.
        case conflict
        /// Reloading drops the session's changes: asked once more.
        case confirmReload
        /// The file's mode says read-only: overwrite or cancel.
        case confirmReadOnly
        /// A rescue copy from a session that was hung up on is newer than the file.
        case rescueOffer

        /// A question over the screen, answered before anything else, at any size.
        public var isPrompt: Bool {
            switch self {
            case .normal, .help, .problems: false
            case .confirmQuit, .conflict, .confirmReload, .confirmReadOnly, .rescueOffer: true
            }
        }
    }

    /// A rescue copy offered back at start, or opened and not yet saved to the file.
    public struct RescueCopy: Equatable, Sendable {
        public let levels: [Int]
        /// Its path, for removing it once the file holds its marks.
        public let path: String
        /// Its name as shown.
        public let name: String
        /// How many rescue copies there are beside the file.
        public let count: Int
    }

    public struct Message: Equatable, Sendable {
        public let text: String
        public let isError: Bool
    }

    /// Identifies one level of one area, for the set of expanded details.
    public struct LevelID: Hashable, Sendable {
        public let area: Int
        public let level: Int
    }

    struct Snapshot: Equatable, Sendable {
        let levels: [Int]
        let area: Int
    }

    public internal(set) var rubric: Rubric {
        didSet { showArea() }
    }
    /// Each area's name as the tabs show it.
    public private(set) var areaNames: [String]
    /// The file name as shown in the title.
    public let fileName: String
    /// True until the first save creates the file.
    public internal(set) var isNewFile: Bool

    /// The level chosen in each area, in the areas' order (what the file's marks will say
    /// once saved; `Area.levels` are the levels themselves).
    public internal(set) var chosenLevels: [Int]
    public internal(set) var savedLevels: [Int]
    public internal(set) var areaIndex = 0 {
        didSet { if areaIndex != oldValue { showArea() } }
    }
    /// The area shown, converted for display when it becomes the one shown, not at every
    /// look: the renderer and the key handlers ask for it several times a key press.
    public private(set) var currentArea: DisplayArea
    /// The shown area laid out for the screen, kept with what it depends on (the area, the
    /// expanded details, the size), so that scrolling and drawing share one layout.
    public private(set) var levelList: LevelListLayout
    /// The selected level (0-based) of each area.
    public internal(set) var cursors: [Int]
    /// The first visible body line of each area.
    public internal(set) var scrolls: [Int]
    public internal(set) var expanded: Set<LevelID> = [] {
        didSet { layOut() }
    }
    public internal(set) var mode: Mode = .normal
    public internal(set) var message: Message?
    public internal(set) var size: Size {
        didSet { if size != oldValue { layOut() } }
    }
    var undoStack: [Snapshot] = []
    var redoStack: [Snapshot] = []
    var quitAfterSave = false
    /// The rescue copy being offered.
    public internal(set) var rescue: RescueCopy?
    /// The rescue copy whose marks were opened: removed once a save puts them in the file.
    var openedRescue: RescueCopy?

    /// The symbols to draw with, Unicode or ASCII, as the terminal's locale allows.
    public let glyphs: Glyphs
    /// The first line shown in the help or problems box.
    public internal(set) var panelScroll = 0
    /// What a save may write over, as the person answered the prompts. Overwriting a
    /// read-only file, once agreed, holds for the session.
    var saveAllowance: SafeSave.Allowance = []

    /// The file's mode says it is not to be written: saving asks first.
    public let isReadOnly: Bool

    public init(rubric: Rubric, fileName: String, isNewFile: Bool = false, isReadOnly: Bool = false, size: Size, glyphs: Glyphs = .unicode) {
        self.isReadOnly = isReadOnly
        self.rubric = rubric
        self.glyphs = glyphs
        let area = DisplayArea(rubric, area: 0, glyphs: glyphs)
        self.currentArea = area
        self.levelList = Self.layOut(area, areaIndex: 0, expanded: [], size: size, glyphs: glyphs)
        self.areaNames = rubric.areas.map { glyphs.text(SafeText.sanitized($0.name)) }
        self.fileName = glyphs.text(SafeText.sanitized(fileName))
        self.isNewFile = isNewFile
        self.chosenLevels = rubric.currentLevels
        self.savedLevels = chosenLevels
        self.cursors = chosenLevels.map { max(0, $0 - 1) }
        self.scrolls = chosenLevels.map { _ in 0 }
        self.size = size
        clampScroll()
        if isNewFile {
            // A mistyped name opens the framework too: say so before a save creates a stray file.
            message = Message(text: "New file: the built-in framework is shown; the first save writes \(self.fileName)", isError: false)
        }
    }

    /// Offers the marks of a rescue copy (`FILE.save`) before anything else. A copy whose
    /// areas don't match the file's can't be applied, and the message says how to open it.
    public mutating func offerRescue(_ copy: Rubric, path: String, name: String, count: Int) {
        let displayName = glyphs.text(SafeText.sanitized(name))
        guard copy.areas.map(\.maximum) == rubric.areas.map(\.maximum) else {
            message = Message(text: "\(displayName) has other areas than this file; open it with: rubric \(displayName)", isError: true)
            return
        }
        rescue = RescueCopy(levels: copy.currentLevels, path: path, name: displayName, count: count)
        mode = .rescueOffer
    }

    /// The session's marks differ from what is on disk.
    public var isModified: Bool { chosenLevels != savedLevels }
    /// Too small to draw the levels: only resizing, redrawing and quitting act.
    public var isTooSmall: Bool { ScreenLayout(size: size).isTooSmall }
    /// What `rubric check` reports about the document as last loaded or saved. Checked
    /// after the first frame (`Event.checked`), so a large file opens no slower for it.
    public internal(set) var problems: [Diagnostic] = []
    public var total: Int { chosenLevels.reduce(0, +) }
    public var maximum: Int { rubric.maximum }
    public var cursor: Int { cursors[areaIndex] }

    /// The file's bytes with the session's marks.
    public var documentBytes: [UInt8] { rubric.bytes(withLevels: chosenLevels) }

    /// Replaces the document after a reload, keeping the place where possible.
    mutating func replaceRubric(_ newRubric: Rubric) {
        let area = areaIndex
        self = AppState(rubric: newRubric, fileName: fileName, isReadOnly: isReadOnly, size: size, glyphs: glyphs)
        areaIndex = min(area, areaNames.count - 1)
        clampScroll()
    }

    /// Keeps the selected level fully in view (as much of it as the body can hold).
    mutating func clampScroll() {
        scrolls[areaIndex] = levelList.scrollKeeping(level: cursor, in: scrolls[areaIndex])
    }

    private mutating func showArea() {
        currentArea = DisplayArea(rubric, area: areaIndex, glyphs: glyphs)
        layOut()
    }

    private mutating func layOut() {
        levelList = Self.layOut(currentArea, areaIndex: areaIndex, expanded: expanded, size: size, glyphs: glyphs)
    }

    private static func layOut(_ area: DisplayArea, areaIndex: Int, expanded: Set<LevelID>, size: Size, glyphs: Glyphs) -> LevelListLayout {
        LevelListLayout(area: area, areaIndex: areaIndex, expanded: expanded,
                        width: size.width, height: ScreenLayout(size: size).bodyHeight, glyphs: glyphs)
    }
}
