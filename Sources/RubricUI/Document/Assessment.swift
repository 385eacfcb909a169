import RubricCore

/// One person's marks on one ladder: a rubric, the level chosen in each area, what the file
/// on disk holds, and the undo and redo history.
///
/// Marks are keyed by area identity, not position, so a second assessment of the same ladder
/// (another person's copy, an older revision) lines up with this one area by area.
public struct Assessment: Sendable {
    /// One step of the history: the marks and the target before it, and the area it changed
    /// (nil for a change of target).
    struct Change: Equatable, Sendable {
        let marks: [AreaID: Int]
        let target: String?
        let evidence: [AreaID: String]
        let area: AreaID?
    }

    /// What the person has changed, as one value: the rescue copy is rewritten when it changes.
    public struct Edits: Equatable, Sendable {
        let marks: [AreaID: Int]
        let target: String?
        let evidence: [AreaID: String]
    }

    /// The document as last loaded or saved: later saves splice into its bytes.
    public private(set) var rubric: Rubric
    /// The areas' identities in the file's order.
    public private(set) var areaIDs: [AreaID]
    private var positions: [AreaID: Int]
    /// The level chosen in each area: what the file's marks will say once saved.
    public private(set) var marks: [AreaID: Int]
    /// The levels the file on disk holds.
    public private(set) var savedMarks: [AreaID: Int]
    /// The title aimed for, as the `Target:` line will name it once saved; nil for none.
    public private(set) var target: String?
    /// The target the file on disk names.
    public private(set) var savedTarget: String?
    /// The evidence of each area the person has edited, whole (areas not in it have the
    /// file's); written by the next save.
    public private(set) var evidence: [AreaID: String] = [:]
    /// The file name as shown.
    public let fileName: String
    /// True until the first save creates the file.
    public private(set) var isNewFile: Bool
    /// The file's mode says it is not to be written: saving asks first.
    public let isReadOnly: Bool
    private var undoStack: [Change] = []
    private var redoStack: [Change] = []

    public init(rubric: Rubric, fileName: String, isNewFile: Bool = false, isReadOnly: Bool = false) {
        self.rubric = rubric
        self.fileName = fileName
        self.isNewFile = isNewFile
        self.isReadOnly = isReadOnly
        areaIDs = rubric.areaIDs
        positions = Dictionary(uniqueKeysWithValues: areaIDs.enumerated().map { ($1, $0) })
        marks = Dictionary(uniqueKeysWithValues: zip(areaIDs, rubric.currentLevels))
        savedMarks = marks
        target = rubric.scoreSection?.targetLine?.name
        savedTarget = target
    }

    /// Where an area is in the file's order, or nil when this document has no such area.
    public func position(of area: AreaID) -> Int? { positions[area] }
    public func area(_ id: AreaID) -> Area? { positions[id].map { rubric.areas[$0] } }
    /// The level chosen in an area, 0 for none (or for an area this document lacks).
    public func level(of area: AreaID) -> Int { marks[area] ?? 0 }

    /// The chosen levels in the file's order.
    public var levels: [Int] { areaIDs.map { marks[$0] ?? 0 } }
    public var total: Int { rubric.total(of: levels) }
    public var maximum: Int { rubric.maximum }
    public var isModified: Bool { marks != savedMarks || target != savedTarget || !evidenceChanges.isEmpty }
    public var edits: Edits { Edits(marks: marks, target: target, evidence: evidence) }
    /// The file's bytes with the chosen marks, target and evidence. (Evidence is checked to
    /// read back when it is set, so the fallback without it is never taken.)
    public var bytes: [UInt8] {
        let change: TargetChange = target == savedTarget ? .keep : target.map { .set($0) } ?? .clear
        return (try? rubric.bytes(withLevels: levels, target: change, evidence: evidenceChanges)) ?? rubric.bytes(withLevels: levels, target: change)
    }

    /// An area's evidence: as edited, else as the file has it; nil for none.
    public func evidenceText(of area: AreaID) -> String? {
        if let edited = evidence[area] { return edited.isEmpty ? nil : edited }
        return positions[area].flatMap { rubric.evidenceText(ofArea: $0) }
    }

    /// The edited evidence that differs from the file's, in the ladder's order. From the
    /// edited areas alone: `isModified` asks at every frame, and a ladder can have 25,000 areas.
    private var evidenceChanges: [EvidenceChange] {
        evidence.compactMap { id, text -> (Int, String)? in
            guard let index = positions[id], text != (rubric.evidenceText(ofArea: index) ?? "") else { return nil }
            return (index, text)
        }.sorted { $0.0 < $1.0 }.map { .replace(area: $0.0, text: $0.1) }
    }

    /// Sets an area's evidence as one undoable change, once the file is known to read it
    /// back as written. False when nothing changes.
    @discardableResult
    public mutating func setEvidence(_ text: String, of area: AreaID) throws(RubricError) -> Bool {
        let text = Rubric.normalizedEvidence(text)
        guard text != (evidenceText(of: area) ?? "") else { return false }
        var changed = evidence
        changed[area] = text
        var trial = self
        trial.evidence = changed
        _ = try rubric.bytes(withLevels: levels, evidence: trial.evidenceChanges)
        // The text before, written out, so that undoing after a save restores it.
        var before = evidence
        if before[area] == nil { before[area] = evidenceText(of: area) ?? "" }
        undoStack.append(Change(marks: marks, target: target, evidence: before, area: area))
        redoStack.removeAll()
        evidence = changed
        return true
    }

    /// The title the chosen marks meet, by its index in the rubric's titles.
    public var titleIndex: Int? { rubric.titleIndex(levels: levels) }
    /// The title the target names, by its index, or nil (no target, or one naming no title).
    public var targetIndex: Int? { target.flatMap { name in rubric.titles.firstIndex { $0.isNamed(name) } } }

    /// Sets the marks and the target as one undoable change made in `area` (nil for the
    /// target alone). False when nothing changes.
    @discardableResult
    public mutating func change(to newMarks: [AreaID: Int], target newTarget: String?, evidence newEvidence: [AreaID: String]? = nil,
                                in area: AreaID?) -> Bool {
        let newEvidence = newEvidence ?? evidence
        guard newMarks != marks || newTarget != target || newEvidence != evidence else { return false }
        undoStack.append(Change(marks: marks, target: target, evidence: evidence, area: area))
        redoStack.removeAll()
        marks = newMarks
        target = newTarget
        evidence = newEvidence
        return true
    }

    /// Sets or clears the target (a title's name) as one undoable change.
    @discardableResult
    public mutating func setTarget(_ name: String?) -> Bool { change(to: marks, target: name, in: nil) }

    /// Sets one area's level as one undoable change.
    @discardableResult
    public mutating func setLevel(_ level: Int, of area: AreaID) -> Bool {
        var changed = marks
        changed[area] = level
        return change(to: changed, target: target, in: area)
    }

    /// Steps back through the history; the change undone (the area it was made in, nil for
    /// a target), or nil when there is nothing to undo.
    public mutating func undo() -> AreaID?? {
        guard let change = undoStack.popLast() else { return nil }
        redoStack.append(restore(change))
        return .some(change.area)
    }

    public mutating func redo() -> AreaID?? {
        guard let change = redoStack.popLast() else { return nil }
        undoStack.append(restore(change))
        return .some(change.area)
    }

    /// Puts a change's marks and target back; the change that would undo that.
    private mutating func restore(_ change: Change) -> Change {
        defer { marks = change.marks; target = change.target; evidence = change.evidence }
        return Change(marks: marks, target: target, evidence: evidence, area: change.area)
    }

    /// The file now holds the chosen marks, as `saved`. Its areas are those of the rubric
    /// saved from, but are read afresh so that positions always match the bytes.
    public mutating func saved(as saved: Rubric) {
        rubric = saved
        areaIDs = saved.areaIDs
        positions = Dictionary(uniqueKeysWithValues: areaIDs.enumerated().map { ($1, $0) })
        savedMarks = marks
        savedTarget = target
        isNewFile = false
    }
}
