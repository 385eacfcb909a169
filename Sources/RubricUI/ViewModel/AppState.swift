import RubricCore
import RubricStyle

/// Everything the screen shows, and nothing the terminal knows.
///
/// The document being edited, the screens open over it (levels or overview, with help or
/// problems on top), the question being asked if any, and where each screen is scrolled to.
/// Layout is the renderer's: the state keeps the positions it wants, and the view works
/// out what fits at the size it draws.
public struct AppState: Sendable {
    public struct Message: Equatable, Sendable {
        public let text: String
        public let isError: Bool
    }

    /// Identifies one level of one area, for the set of expanded details.
    public struct LevelID: Hashable, Sendable {
        public let area: AreaID
        public let level: Int
    }

    /// The document being edited.
    public internal(set) var document: Assessment
    /// A second assessment shown beside it (`--against`), never written.
    public internal(set) var against: OtherAssessment?
    /// Each area's name as the tabs show it, in the file's order.
    public private(set) var areaNames: [String]
    /// The screens open, the first at the bottom: `.levels` or `.overview`, perhaps with a
    /// box (help, problems) over it.
    public internal(set) var screens: [Screen] = [.levels]
    /// The question asked over the screen, answered before anything else.
    public internal(set) var prompt: Prompt?
    /// The area shown on the levels screen and selected in the overview.
    public internal(set) var area: AreaID
    /// The selected level (0-based) of each area visited; an area not yet visited starts
    /// at its marked level.
    var cursors: [AreaID: Int] = [:]
    /// The first body line each area's list wants to show (the view keeps the selected
    /// level in view from there).
    var scrolls: [AreaID: Int] = [:]
    public internal(set) var expanded: Set<LevelID> = []
    /// The area selected in the overview: it opens on the area shown.
    var overviewSelection: AreaID?
    /// The overview's first row wanted in view (the view keeps the selected one in view).
    var overviewScroll = 0
    /// The file's history from git, once asked for with `H`.
    public internal(set) var history = HistoryLoad.notAsked
    /// The selected entry of the history (0 is the newest).
    var historySelection = 0
    /// The first entry the history's list shows.
    var historyScroll = 0
    /// Evidence the person wrote that could not be taken (see `Assessment.setEvidence`): `E`
    /// opens it again rather than the text before, so no writing is lost.
    var refusedEvidence: [AreaID: String] = [:]
    /// The selected title on the titles screen, and the first row its list shows.
    var titlesSelection = 0
    var titlesScroll = 0
    /// The first line shown in the help or problems box.
    public internal(set) var boxScroll = 0
    public internal(set) var search = Search()
    public internal(set) var message: Message?
    public internal(set) var size: Size
    /// The symbols to draw with, Unicode or ASCII, as the terminal's locale allows.
    public let glyphs: Glyphs
    var quitAfterSave = false
    /// The rescue copy whose marks were opened: removed once a save puts them in the file.
    var openedRescue: RescueCopy?
    /// What a save may write over, as the person answered the prompts. Overwriting a
    /// read-only file, once agreed, holds for the session.
    var saveAllowance: SaveAllowance = []
    /// A save may write a score line with another maximum than the file states: asked once.
    var acceptsNewMaximum = false
    /// What `rubric check` reports about the document as last loaded or saved. Checked
    /// in the background (`Effect.check`), so a large file opens no slower for it.
    public internal(set) var problems: [Diagnostic] = []

    /// The file's introduction (the prose before its ladder), as paragraphs for display:
    /// shown at the head of the overview and in the help.
    public let introduction: [String]

    public init(rubric: Rubric, fileName: String, isNewFile: Bool = false, isReadOnly: Bool = false, size: Size, glyphs: Glyphs = .unicode) {
        introduction = MarkupText.paragraphs(rubric.introduction).map(glyphs.text)
        let shownName = glyphs.text(SafeText.sanitized(fileName))
        document = Assessment(rubric: rubric, fileName: shownName, isNewFile: isNewFile, isReadOnly: isReadOnly)
        areaNames = rubric.areas.map { glyphs.text(SafeText.sanitized($0.name)) }
        area = document.areaIDs[0]
        self.size = size
        self.glyphs = glyphs
        if isNewFile {
            // A mistyped name opens the framework too: say so before a save creates a stray file.
            message = Message(text: "New file: the built-in framework is shown; the first save writes \(shownName)", isError: false)
        } else if let stated = statedScore {
            // A typo that drops an area or a level shows first as a maximum that no longer fits.
            message = Message(text: "The score line says \(stated), the file reads as \(rubric.areas.count) \(rubric.areas.count == 1 ? "area" : "areas"), "
                + "\(Rubric.scoreText(total: rubric.total, maximum: rubric.maximum)): see !", isError: true)
        }
    }

    /// The score line as the file states it, when its maximum is not what the file now reads
    /// as: saving would change it.
    var statedScore: String? { rubric.statedScoreWithOtherMaximum }

    /// Offers the marks of a rescue copy (`FILE.save`) before anything else. A copy whose
    /// areas don't match the file's can't be applied, and the message says how to open it.
    /// `others` are the other copies beside it, offered for removal once this one is
    /// taken or declined, so they are not counted at every start.
    public mutating func offerRescue(_ copy: Rubric, path: String, others: [String]) {
        let name = shownName(path)
        guard copy.areaIDs == document.areaIDs, copy.areas.map(\.maximum) == rubric.areas.map(\.maximum) else {
            let cut = copy.areas.count < rubric.areas.count ? " (it may have been cut short)" : ""
            message = Message(text: "\(name) has other areas than this file\(cut); open it with: rubric \(name)", isError: true)
            return
        }
        let marks = Dictionary(uniqueKeysWithValues: zip(copy.areaIDs, copy.currentLevels))
        var evidence: [AreaID: String] = [:]
        for (index, id) in copy.areaIDs.enumerated() where copy.evidenceText(ofArea: index) != rubric.evidenceText(ofArea: index) {
            evidence[id] = copy.evidenceText(ofArea: index) ?? ""
        }
        prompt = .rescue(RescueCopy(marks: marks, target: copy.scoreSection?.targetLine?.name, evidence: evidence, path: path, name: name, others: others))
    }

    /// A rescue copy that can't be read (empty: cut short by an older version; not text;
    /// no areas) is said, and offered for removal with any others, never silently
    /// passed over.
    public mutating func reportUnusableRescue(path: String, problem: String, others: [String]) {
        prompt = .removeRescueCopies(RescueCleanup(paths: [path] + others,
                                                   question: "\(shownName(path)) \(glyphs.text(SafeText.sanitized(problem))): remove \(others.isEmpty ? "it" : "it and the \(others.count) other rescue \(others.count == 1 ? "copy" : "copies")")?"))
    }

    /// A path's last part as the screen shows it.
    private func shownName(_ path: String) -> String {
        glyphs.text(SafeText.sanitized(String(path.split(separator: "/").last ?? Substring(path))))
    }

    // MARK: - What the views read

    /// The screen that takes keys and is drawn on top: too small overrides them all.
    public var screen: Screen { isTooSmall ? .tooSmall : screens.last ?? .levels }
    public var rubric: Rubric { document.rubric }
    public var fileName: String { document.fileName }
    public var isNewFile: Bool { document.isNewFile }
    public var isReadOnly: Bool { document.isReadOnly }
    public var isModified: Bool { document.isModified }
    /// Too small to draw the levels: only resizing, redrawing and quitting act.
    public var isTooSmall: Bool { ScreenLayout(size: size).isTooSmall }
    public var total: Int { document.total }
    public var maximum: Int { document.maximum }
    /// The shown area's position in the file.
    public var areaIndex: Int { document.position(of: area) ?? 0 }
    /// The selected level (0-based) in the shown area.
    public var cursor: Int { cursor(in: area) }

    /// The area the marking keys act on: the overview's selected one, else the one shown.
    var selectedArea: AreaID { screen == .overview ? overviewSelection ?? area : area }

    func cursor(in id: AreaID) -> Int { cursors[id] ?? max(0, document.level(of: id) - 1) }
    func scroll(in id: AreaID) -> Int { scrolls[id] ?? 0 }

    /// The shown area, converted for display.
    public var currentArea: DisplayArea { DisplayArea(rubric, area: areaIndex, glyphs: glyphs) }

    // MARK: - Changes the screens share

    /// Shows an area on the levels screen. From the overview, the levels screen goes over
    /// it, so that Esc comes back to it.
    mutating func open(area id: AreaID) {
        area = id
        screens = origin + (screens.contains(.overview) ? [.overview, .levels] : [.levels])
    }

    /// The history screen, when it is shown or an area was opened from it (a revision
    /// compared, a tab clicked): what Esc goes back to under the overview and the levels.
    var origin: [Screen] { screens.first == .history ? [.history] : [] }

    /// Esc on the levels screen: back to the overview, or the history, the area was opened
    /// from. False when there is nothing to go back to (Esc then quits).
    mutating func goBack() -> Bool {
        if screens.contains(.overview) { openOverview(); return true }
        guard !origin.isEmpty else { return false }
        screens = origin
        return true
    }

    /// Replaces the document after a reload (its undo history goes with it), keeping the
    /// screen, the place in it where the area still exists, open details, the search word and
    /// what saves may write over.
    mutating func replaceRubric(_ newRubric: Rubric) {
        let old = self
        self = AppState(rubric: newRubric, fileName: fileName, isReadOnly: isReadOnly, size: size, glyphs: glyphs)
        message = nil
        if document.position(of: old.area) != nil { area = old.area }
        if let selection = old.overviewSelection, document.position(of: selection) != nil { overviewSelection = selection }
        screens = old.screens.filter { !$0.isBox }
        if screens.isEmpty { screens = [.levels] }
        // Matched again: the reloaded file may have other areas.
        against = old.against.map { OtherAssessment($0.rubric, name: $0.name, matching: newRubric) }
        cursors = old.cursors.filter { id, level in level < (document.area(id)?.maximum ?? 0) }
        expanded = old.expanded
        search.query = old.search.query
        saveAllowance = old.saveAllowance
        acceptsNewMaximum = old.acceptsNewMaximum
        history = old.history
    }
}

/// A rescue copy offered back at start, or opened and not yet saved to the file.
public struct RescueCopy: Equatable, Sendable {
    public let marks: [AreaID: Int]
    /// The target its `Target:` line names, if any.
    public let target: String?
    /// The evidence of each area where it differs from the file's.
    public let evidence: [AreaID: String]
    /// Its path, for removing it once the file holds its marks.
    public let path: String
    /// Its name as shown.
    public let name: String
    /// The other rescue copies beside the file.
    public let others: [String]
}

/// Rescue copies whose removal is asked about: the others, once the offered one is taken or
/// declined, or one that can't be used.
public struct RescueCleanup: Equatable, Sendable {
    public let paths: [String]
    /// The question, without its answers.
    public let question: String
}
