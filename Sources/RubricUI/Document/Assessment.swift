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
        let area: AreaID?
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
    public var isModified: Bool { marks != savedMarks || target != savedTarget }
    /// The file's bytes with the chosen marks and target.
    public var bytes: [UInt8] {
        let change: TargetChange = target == savedTarget ? .keep : target.map { .set($0) } ?? .clear
        return rubric.bytes(withLevels: levels, target: change)
    }

    /// The title the chosen marks meet, by its index in the rubric's titles.
    public var titleIndex: Int? { rubric.titleIndex(levels: levels) }
    /// The title the target names, by its index, or nil (no target, or one naming no title).
    public var targetIndex: Int? { target.flatMap { name in rubric.titles.firstIndex { $0.isNamed(name) } } }

    /// Sets the marks and the target as one undoable change made in `area` (nil for the
    /// target alone). False when nothing changes.
    @discardableResult
    public mutating func change(to newMarks: [AreaID: Int], target newTarget: String?, in area: AreaID?) -> Bool {
        guard newMarks != marks || newTarget != target else { return false }
        undoStack.append(Change(marks: marks, target: target, area: area))
        redoStack.removeAll()
        marks = newMarks
        target = newTarget
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
        defer { marks = change.marks; target = change.target }
        return Change(marks: marks, target: target, area: change.area)
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
