#if canImport(Glibc)
import Glibc
#endif
import RubricStore

/// Whose assessment a file is (a packet's case, a team's row): the file's name without `.md`,
/// or its folder's for a file called `rubric.md` (`alice/rubric.md` is alice's, and so is
/// `./rubric.md` in her folder).
func personName(_ path: String) -> String {
    let base = PathName.base(path)
    guard base == "rubric.md" else { return base.hasSuffix(".md") ? String(base.dropLast(3)) : base }
    var folder = PathName.folder(path)
    if folder == "." || folder.hasSuffix("/.") || folder == "" {
        var buffer = [CChar](repeating: 0, count: 4096)
        if getcwd(&buffer, buffer.count) != nil { folder = buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) } }
    }
    return PathName.base(folder)
}
