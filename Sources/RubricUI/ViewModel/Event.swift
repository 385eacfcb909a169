import RubricCore

/// Everything that can happen to the program, as data: what the person does, and what
/// the outside world reports back (results of effects, work done in the background).
public enum Event: Sendable {
    case key(Key)
    /// A click on something the last frame drew (see `Region`), or on nothing there (nil).
    case click(HitTarget?)
    /// The mouse wheel turned: -1 towards the top, 1 towards the bottom.
    case wheel(Int)
    case resize(Size)
    /// The file now holds `saved`, the document with the session's marks.
    case saveSucceeded(path: String, saved: Rubric)
    case saveFailed(reason: String)
    /// The save found different bytes on disk than were loaded.
    case fileChangedOnDisk
    /// The save found the file's mode read-only.
    case fileIsReadOnly(ReadOnlyFile)
    /// The file read again (in the background): the document it holds.
    case reloaded(Rubric)
    /// The file could not be read again.
    case reloadFailed(reason: String)
    /// Rescue copies were removed (how many), or one could not be (with the reason).
    case rescueCopiesRemoved(count: Int, failure: String?)
    /// The file's history as git has it (see `Effect.loadHistory`), or why it has none.
    /// With what the person should know of it (commits left out, a shallow clone).
    case historyLoaded(ScoreHistory, warnings: [String] = [])
    case historyFailed(String)
    /// What `rubric check` finds in the document with these bytes (see `Effect.check`).
    case checked([Diagnostic], bytes: [UInt8])
    /// The levels indexed for the search that `Effect.indexSearch(request:)` asked for.
    case searchIndexed(SearchIndex, request: Int)
    /// The person's editor gave back an area's evidence (see `Effect.editEvidence`).
    case evidenceEdited(area: AreaID, text: String)
    /// The editor could not be run, or failed: nothing changes.
    case evidenceEditFailed(String)
}

/// What the view model asks the outside world to do; the runtime performs it and reports
/// back with an event.
public enum Effect: Equatable, Sendable {
    /// Write these bytes to the file, writing over what `allowing` names.
    case save(bytes: [UInt8], allowing: SaveAllowance)
    /// Read the file again, in the background, and report with `Event.reloaded`.
    case reload
    /// Read the file's history from git in the background, and report with `Event.historyLoaded`.
    case loadHistory
    /// Delete rescue copies: one whose marks the file now holds, or ones the person no
    /// longer wants.
    case removeRescueCopies(paths: [String])
    /// Check the document now loaded, in the background, and report with `Event.checked`.
    case check
    /// Index every level for the search prompt, in the background, and report with
    /// `Event.searchIndexed`: at 5 MB it takes a quarter of a second, which typing must not wait for.
    case indexSearch(request: Int)
    /// Hand the terminal to the person's editor with an area's evidence, and report with
    /// `Event.evidenceEdited` once it exits.
    case editEvidence(area: AreaID, text: String)
    case quit
    case suspend
    case redraw
}

/// What a save may write over, once the person has agreed: the view model's own words for
/// what the store's safe save refuses unless told.
public struct SaveAllowance: OptionSet, Equatable, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    /// Bytes on disk that are no longer the ones loaded.
    public static let changedOnDisk = SaveAllowance(rawValue: 1)
    /// A file whose mode says it is not to be written.
    public static let readOnly = SaveAllowance(rawValue: 2)
}

/// What a save found of a read-only file: whose it is, and why it can't be written over.
public struct ReadOnlyFile: Equatable, Sendable {
    /// The owner's name, when the file isn't this user's.
    public let owner: String?
    /// Why writing over it isn't offered (its folder isn't writable; it would change hands),
    /// or nil when it can be.
    public let blocker: String?

    public init(owner: String? = nil, blocker: String? = nil) {
        self.owner = owner
        self.blocker = blocker
    }
}

public struct Size: Equatable, Sendable {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) { self.width = width; self.height = height }
}
