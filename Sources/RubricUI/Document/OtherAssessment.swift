import RubricCore

/// A second assessment of the same ladder shown beside the edited one (`--against`): the
/// manager's copy, or a revision. Read only: nothing here can write it.
public struct OtherAssessment: Sendable {
    /// How it is named on screen: its file name, or the revision as typed.
    public let name: String
    public let total: Int
    public let maximum: Int
    /// The other document, to be matched again when the edited one is reloaded.
    let rubric: Rubric
    /// Its level in each of the edited document's areas that it also has, matched as
    /// `Comparison` matches them.
    private let levels: [AreaID: Int]

    /// `partners` are `Comparison.match(edited, other)`, when already worked out.
    public init(_ other: Rubric, name: String, matching edited: Rubric, partners: [Int?]? = nil) {
        self.name = name
        rubric = other
        total = other.total
        maximum = other.maximum
        let ids = edited.areaIDs
        var levels: [AreaID: Int] = [:]
        for (index, partner) in (partners ?? Comparison.match(edited, other)).enumerated() {
            if let partner { levels[ids[index]] = other.areas[partner].currentLevel }
        }
        self.levels = levels
    }

    /// Its level in an area, or nil when it has no such area.
    public func level(of area: AreaID) -> Int? { levels[area] }
}

extension AppState {
    /// Shows `other`'s marks beside this document's.
    public mutating func compare(with other: Rubric, name: String) {
        let shown = glyphs.text(SafeText.sanitized(name)), partners = Comparison.match(rubric, other)
        against = OtherAssessment(other, name: shown, matching: rubric, partners: partners)
        // "These": the files are named in the score bar, and the line must fit a message row.
        if let warning = Comparison.differentLadders(rubric, other, names: "These", partners: partners) {
            message = Message(text: warning, isError: true)
        }
    }

    /// The area's level here and there differ (an area the other lacks differs too).
    func differs(_ id: AreaID) -> Bool {
        guard let against else { return false }
        return against.level(of: id) != document.level(of: id)
    }

    /// The next area after the shown one (`step` 1) or before it (-1) where the two differ,
    /// wrapping; says so when there is none.
    /// Hides the other assessment: the editor shows this one alone again.
    mutating func stopComparing() {
        guard let shown = against else {
            message = Message(text: "Nothing to compare with: open the file with --against OTHER", isError: false)
            return
        }
        against = nil
        message = Message(text: "No longer comparing with \(shown.name)", isError: false)
    }

    mutating func goToDifference(step: Int) {
        guard against != nil else {
            message = Message(text: "Nothing to compare with: open the file with --against OTHER", isError: false)
            return
        }
        let ids = document.areaIDs
        let start = document.position(of: selectedArea) ?? 0
        guard let offset = (1...ids.count).first(where: { differs(ids[(start + step * $0 + ids.count * ids.count) % ids.count]) }) else {
            message = Message(text: "The two agree in every area", isError: false)
            return
        }
        let target = ids[(start + step * offset + ids.count * ids.count) % ids.count]
        if screen == .overview {
            overviewSelection = target
            OverviewScreen.keepInView(&self)
        } else {
            area = target
            LevelsScreen.keepInView(&self)
        }
    }

    /// Takes the other's level for the selected area, as an ordinary change.
    mutating func takeOthersLevel() {
        guard let against else {
            message = Message(text: "Nothing to compare with: open the file with --against OTHER", isError: false)
            return
        }
        let id = selectedArea
        guard let level = against.level(of: id) else {
            message = Message(text: "\(against.name) has no \(areaNames[document.position(of: id) ?? 0])", isError: true)
            return
        }
        guard level <= (document.area(id)?.maximum ?? 0) else {
            message = Message(text: "\(against.name) marks level \(level), and this file has fewer levels", isError: true)
            return
        }
        if level > 0 { cursors[id] = level - 1 }
        setLevel(level, of: id)
    }
}
