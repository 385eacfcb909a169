import RubricCore

/// Everything the screen shows, and nothing the terminal knows.
public struct AppState: Sendable {
    public enum Mode: Equatable, Sendable {
        case normal
        case help
        /// "Save changes? (y)es (n)o (c)ancel", on the way out.
        case confirmQuit
        /// The file changed on disk: overwrite, reload or cancel.
        case conflict
        /// Reloading drops the session's changes: asked once more.
        case confirmReload
        /// A rescue copy from a session that was hung up on is newer than the file.
        case rescueOffer
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

    public internal(set) var levels: [Int]
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
    /// The marks of the rescue copy being offered, and its name.
    public internal(set) var rescue: (levels: [Int], name: String)?

    public init(rubric: Rubric, fileName: String, isNewFile: Bool = false, size: Size) {
        self.rubric = rubric
        let area = DisplayArea(rubric, area: 0)
        self.currentArea = area
        self.levelList = Self.layOut(area, areaIndex: 0, expanded: [], size: size)
        self.areaNames = rubric.areas.map { SafeText.sanitized($0.name) }
        self.fileName = SafeText.sanitized(fileName)
        self.isNewFile = isNewFile
        self.levels = rubric.currentLevels
        self.savedLevels = levels
        self.cursors = levels.map { max(0, $0 - 1) }
        self.scrolls = levels.map { _ in 0 }
        self.size = size
        clampScroll()
    }

    /// Offers the marks of a rescue copy (`FILE.save`) before anything else. A copy whose
    /// areas don't match the file's can't be applied, and the message says how to open it.
    public mutating func offerRescue(_ copy: Rubric, name: String) {
        let displayName = SafeText.sanitized(name)
        guard copy.areas.map(\.maximum) == rubric.areas.map(\.maximum) else {
            message = Message(text: "\(displayName) has other areas than this file; open it with: rubric \(displayName)", isError: true)
            return
        }
        rescue = (copy.currentLevels, displayName)
        mode = .rescueOffer
    }

    /// The session's marks differ from what is on disk.
    public var isModified: Bool { levels != savedLevels }
    public var total: Int { levels.reduce(0, +) }
    public var maximum: Int { rubric.maximum }
    public var cursor: Int { cursors[areaIndex] }

    /// The file's bytes with the session's marks.
    public var documentBytes: [UInt8] { rubric.bytes(withLevels: levels) }

    /// Replaces the document after a reload, keeping the place where possible.
    mutating func replaceRubric(_ newRubric: Rubric) {
        let area = areaIndex
        self = AppState(rubric: newRubric, fileName: fileName, size: size)
        areaIndex = min(area, areaNames.count - 1)
        clampScroll()
    }

    /// Keeps the selected level fully in view (as much of it as the body can hold).
    mutating func clampScroll() {
        scrolls[areaIndex] = levelList.scrollKeeping(level: cursor, in: scrolls[areaIndex])
    }

    private mutating func showArea() {
        currentArea = DisplayArea(rubric, area: areaIndex)
        layOut()
    }

    private mutating func layOut() {
        levelList = Self.layOut(currentArea, areaIndex: areaIndex, expanded: expanded, size: size)
    }

    private static func layOut(_ area: DisplayArea, areaIndex: Int, expanded: Set<LevelID>, size: Size) -> LevelListLayout {
        LevelListLayout(area: area, areaIndex: areaIndex, expanded: expanded,
                        width: size.width, height: ScreenLayout(size: size).bodyHeight)
    }
}
