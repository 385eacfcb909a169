extension Rubric {
    /// Lines (0-based) that are git's merge conflict markers, outside code: `<<<<<<< `,
    /// `=======`, `>>>>>>> `. The score line conflicts whenever two branches both move marks,
    /// so a merged rubric can hold two scores and both sides' text until someone resolves it.
    public var conflictMarkerLines: [Int] {
        lines.indices.filter { index in
            if case .code = kinds[index] { return false }
            var text = bytes[lines[index].start..<lines[index].contentEnd]
            if text.last == 0x0D { text = text.dropLast() }
            return text.starts(with: Self.ours) || text.starts(with: Self.theirs) || text.elementsEqual(Self.divider)
        }
    }

    private static let ours = Array("<<<<<<< ".utf8), theirs = Array(">>>>>>> ".utf8), divider = Array("=======".utf8)
}
