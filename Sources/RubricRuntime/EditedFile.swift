import RubricCore
import RubricStore
import RubricUI

#if canImport(Glibc)
import Glibc
#endif

/// The file behind the editor: what was loaded, and saving and reloading it, each
/// reported as the event the view model expects.
public struct EditedFile: Sendable {
    public let path: String
    public private(set) var file: LoadedFile?

    /// `file` is nil when the file doesn't exist yet: the first save creates it.
    public init(path: String, file: LoadedFile?) {
        self.path = path
        self.file = file
    }

    mutating func save(_ bytes: [UInt8], allowing allowance: SaveAllowance) -> Event {
        let allowing = SafeSave.Allowance(allowance)
        do {
            if let loaded = file {
                file = try SafeSave.replace(loaded, with: bytes, allowing: allowing)
            } else if allowing.contains(.changedOnDisk), let existing = try? LoadedFile.read(path) {
                file = try SafeSave.replace(existing, with: bytes, allowing: allowing)
            } else {
                file = try SafeSave.create(path, bytes: bytes)
            }
            return .saveSucceeded(path: path, saved: try Rubric(bytes: bytes))
        } catch FileError.changedOnDisk, FileError.alreadyExists {
            return .fileChangedOnDisk
        } catch FileError.readOnly {
            let (owner, blocker) = SafeSave.readOnlyDetails(file?.resolvedPath ?? path)
            return .fileIsReadOnly(ReadOnlyFile(owner: owner, blocker: blocker))
        } catch {
            return .saveFailed(reason: "\(error)")
        }
    }

    /// Reads the file again: safe on any thread, as it changes nothing here. The runtime
    /// adopts the file read (`adopt`) as it hands the document to the view model.
    static func reread(_ path: String) -> Delivery {
        do {
            let loaded = try LoadedFile.read(path)
            return Delivery(.reloaded(try Rubric(bytes: loaded.bytes)), file: loaded)
        } catch {
            return Delivery(.reloadFailed(reason: "\(error)"))
        }
    }

    /// Removes rescue copies beside the file; the first one that can't be removed stops it.
    func removeRescueCopies(_ paths: [String]) -> Event {
        for (removed, copy) in paths.enumerated() where unlink(copy) != 0 && errno != ENOENT {
            let failure = FileError.system(operation: "could not remove \(PathName.base(copy))", code: errno)
            return .rescueCopiesRemoved(count: removed, failure: "\(failure)")
        }
        return .rescueCopiesRemoved(count: paths.count, failure: nil)
    }

    /// Later saves compare with, and write over, this file as read.
    mutating func adopt(_ loaded: LoadedFile) { file = loaded }
}

extension SafeSave.Allowance {
    /// The store's allowance for what the person agreed to in the view model.
    init(_ agreed: SaveAllowance) {
        self = []
        if agreed.contains(.changedOnDisk) { insert(.changedOnDisk) }
        if agreed.contains(.readOnly) { insert(.readOnly) }
    }
}
