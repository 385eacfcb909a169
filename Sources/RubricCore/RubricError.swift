/// Why a file can't be used as a rubric, or why a request against it can't be met.
///
/// Each case renders as one line that a person can act on; callers prefix the file name.
public enum RubricError: Error, Equatable, Sendable, CustomStringConvertible {
    case notUTF8(byteOffset: Int)
    case containsNUL(byteOffset: Int)
    /// 2 GiB or more: positions are kept in 32 bits (a ladder is a few kilobytes).
    case tooLarge(bytes: Int)
    case noAreas(StructureSummary)
    /// A declaration chose a layout that finds nothing in the file.
    case noAreasInDeclaredLayout(Layout, StructureSummary)
    case unknownLayout(String, line: Int)
    /// A `<!-- rubric: ... -->` comment with a key or name rubric doesn't know.
    case unknownDeclaration(String, line: Int)
    /// A `points=` declaration that can't be used, and why.
    case badPoints(String, line: Int)
    /// Every area is inside a titles or evidence block, whose heading at `line` is shallower
    /// than the areas'.
    case ladderInsideBlock(BlockKind, line: Int)
    /// Evidence that would not read back as written: a heading in it as shallow as its
    /// section's (`depth` #s) would end the section, or start an area.
    case evidenceNotKept(area: String, depth: Int)
    case areaNotFound(String, available: [String])
    case areaAmbiguous(String, candidates: [String])
    case levelOutOfRange(area: String, level: Int, max: Int)
    /// The layout has no place for this level (a table row without the cell, a level
    /// heading without the area's entry): marking it would mean adding structure.
    case levelMissing(area: String, level: Int)

    /// The one wording of the refusal of a ladder kept as YAML front matter, with the
    /// command that converts it (naming the file where the caller knows it).
    public static func yamlLadder(convertedBy command: String) -> String {
        "no areas: the ladder is kept as YAML front matter, which can't hold marks; convert it with: \(command)"
    }

    public var description: String {
        switch self {
        case .notUTF8(let offset):
            return "not UTF-8 text: invalid byte sequence at byte \(offset)"
        case .containsNUL(let offset):
            return "not a text file: NUL byte at byte \(offset)"
        case .tooLarge(let count):
            return "too large for a rubric: \(count) bytes (the limit is \(Rubric.largestSize) bytes, 2 GiB)"
        case .noAreas(let found):
            if found.hasYAMLLadder {
                return Self.yamlLadder(convertedBy: "rubric import FILE -o NEW.md")
            }
            return "no areas (\(found)); 'rubric help format' shows the layouts rubric reads"
        case .noAreasInDeclaredLayout(let layout, let found):
            return "no areas in the \(layout.rawValue) layout that a <!-- rubric: layout=\(layout.rawValue) --> comment declares (\(found)); remove the comment to let rubric detect the layout"
        case .unknownLayout(let name, let line):
            return "line \(line): unknown layout '\(name)' declared (layouts: \(Layout.allCases.map(\.rawValue).joined(separator: ", ")))"
        case .unknownDeclaration(let text, let line):
            return "line \(line): unknown declaration 'rubric: \(SafeText.sanitized(text))' (rubric reads layout=NAME, points=N,N,..., titles and evidence)"
        case .ladderInsideBlock(let kind, let line):
            return "line \(line): no areas outside the \(kind.rawValue) block under this heading: a block runs to the next heading as shallow as its own, "
                + "so the ladder after it is inside it; give the block a heading as deep as the areas' (## \(kind == .titles ? "Titles" : "Evidence"))"
        case .evidenceNotKept(let area, let depth):
            return "the evidence for '\(SafeText.sanitized(area))' would change the file's structure, not only its evidence: "
                + "a heading in it with \(depth) #s or fewer, a code fence left open or a <!-- rubric: --> declaration; "
                + "use deeper headings (\(String(repeating: "#", count: depth + 1)))"
        case .badPoints(let problem, let line):
            return "line \(line): points= \(SafeText.sanitized(problem))"
        case .areaNotFound(let name, let available):
            return "no area matches '\(name)' (areas: \(available.joined(separator: ", ")))"
        case .areaAmbiguous(let name, let candidates):
            return "'\(name)' matches several areas: \(candidates.joined(separator: ", "))"
        case .levelMissing(let area, let level):
            return "'\(area)' has no level \(level) in this file to mark (its cell or entry is missing)"
        case .levelOutOfRange(let area, let level, let max):
            return "level \(level) is out of range for '\(area)' (0 to \(max); 0 clears the mark)"
        }
    }
}
