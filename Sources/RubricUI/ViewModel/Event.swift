import RubricCore

/// Everything that can happen to the program, as data.
public enum Event: Sendable {
    case key(Key)
    case resize(Size)
    /// The file now holds `saved`, the document with the session's marks.
    case saveSucceeded(path: String, saved: Rubric)
    case saveFailed(reason: String)
    /// The save found different bytes on disk than were loaded.
    case fileChangedOnDisk
    case reloaded(Rubric)
    case reloadFailed(reason: String)
}

/// What the view model asks the outside world to do; the shell performs it and reports
/// back with an event.
public enum Effect: Equatable, Sendable {
    /// Write these bytes to the file; `overwrite` skips the changed-on-disk check.
    case save(bytes: [UInt8], overwrite: Bool)
    case reload
    case quit
    case suspend
    case redraw
}

public struct Size: Equatable, Sendable {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) { self.width = width; self.height = height }
}
