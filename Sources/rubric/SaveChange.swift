import RubricCore
import RubricStore

/// Writes a command's change safely over the file it read (`mark`, `target`): nothing when
/// the bytes are the same, and a read-only file only with `--force`.
func save(_ updated: [UInt8], over loaded: LoadedFile, named path: String, force: Bool) throws {
    guard updated != loaded.bytes else { return }
    do {
        _ = try SafeSave.replace(loaded, with: updated, allowing: force ? .readOnly : [])
    } catch FileError.readOnly {
        throw fail(path, "\(FileError.readOnly); not written (--force writes it anyway)")
    } catch {
        throw fail(path, "\(error)")
    }
}

/// Changing one side of an unresolved merge would leave the other side's score behind.
func refuseConflicts(in rubric: Rubric, named path: String) throws {
    if let line = rubric.conflictMarkerLines.first {
        throw fail(path, "has merge conflict markers (line \(line + 1)); resolve the conflict first (rubric check lists them)")
    }
}
