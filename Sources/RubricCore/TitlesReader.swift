/// Reads a ladder's titles: the titles block's list, or the names of its levels, and each
/// requirement against the areas the layout found.
enum TitlesReader {
    /// A title as the block states it, before its requirements are read against the areas.
    struct Stated {
        let name: String
        let lineIndex: Int
        let requirements: [String]
    }

    /// The top-level items of the block's first bullet list that begin with a bold label.
    static func stated(in block: Block, of document: ClassifiedLines) -> [Stated] {
        let range = (block.declarationLineIndex + 1)..<block.lineIndices.upperBound
        guard let first = range.first(where: { if case .bulletItem = document.kinds[$0] { true } else { false } }) else { return [] }
        let indent = document.kinds[first].indent
        var found: [Stated] = []
        var index = first
        while index < range.upperBound, case .bulletItem(let marker) = document.kinds[index], marker.indent == indent,
              let entry = Entry.scan(document, at: index, before: range.upperBound) {
            let text = withoutMarks(ASCII.string(document.bytes, entry.contentStart..<document.lines[entry.paragraphLastLine].contentEnd))
            if let (label, rest) = boldLabel(text) {
                found.append(Stated(name: PlainText.of(label), lineIndex: index, requirements: split(rest)))
            }
            index = entry.nextLine
        }
        return found
    }

    /// An item's text without mark tags (a title may be marked like a level), its lines joined.
    private static func withoutMarks(_ text: String) -> String {
        var out = "", rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            out += rest[..<open]
            let tail = rest[open...]
            let tag = tail.prefix(7).lowercased()
            if tag.hasPrefix("<mark>") { rest = tail.dropFirst(6) } else if tag == "</mark>" { rest = tail.dropFirst(7) } else {
                out.append("<")
                rest = tail.dropFirst()
            }
        }
        return String((out + rest).map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
    }

    /// The bold label an item starts with (`**Senior**` or `__Senior__`), and what follows it
    /// and its colon: the requirements.
    private static func boldLabel(_ text: String) -> (label: String, rest: String)? {
        let text = Substring(text).trimmingCharacters()
        guard let marker = ["**", "__"].first(where: { text.hasPrefix($0) }) else { return nil }
        let inside = text.dropFirst(2)
        guard let close = inside.firstRange(of: marker), close.lowerBound > inside.startIndex else { return nil }
        var label = inside[..<close.lowerBound].trimmingCharacters()
        while label.last == ":" { label = label.dropLast().trimmingCharacters() }
        var rest = inside[close.upperBound...].trimmingCharacters()
        if rest.first == ":" { rest = rest.dropFirst() }
        return label.isEmpty ? nil : (String(label), String(rest))
    }

    /// Requirements are separated by commas or semicolons; one may begin with `and`, and a
    /// period ending the item is no part of the last.
    static func split(_ text: String) -> [String] {
        var text = Substring(text).trimmingCharacters()
        if text.hasSuffix(".") { text = text.dropLast() }
        return text.split { $0 == "," || $0 == ";" }.compactMap { piece in
            var piece = piece.trimmingCharacters()
            if piece.lowercased().hasPrefix("and "), piece.count > 4 { piece = piece.dropFirst(4).trimmingCharacters() }
            return piece.isEmpty ? nil : String(piece)
        }
    }

    /// One title per level name, requiring every area at that level: a layout that names its
    /// levels states its titles that way (`Senior (P3)` in a table's header).
    static func implicit(areas: [Area], layout: Layout) -> [Title] {
        // Only tables and level headings name levels: the others need no look at every area.
        guard layout == .table || layout == .headings else { return [] }
        let count = areas.map(\.maximum).max() ?? 0
        return (0..<count).compactMap { offset -> Title? in
            guard let name = areas.lazy.compactMap({ offset < $0.levels.count ? $0.levels[offset].name : nil }).first else { return nil }
            let level = offset + 1
            let short = areas.first { !Ladder.reaches($0, level) }
            let rule: Requirement.Rule = short.map { .invalid(reason: Ladder.unreachable($0, level)) } ?? .everyArea(level: level)
            return Title(name: name, lineIndex: nil, requirements: [Requirement(text: "every area at \(level)", rule: rule)])
        }
    }

    /// The ladder a requirement is read against.
    struct Ladder {
        let areas: [Area]
        let groups: [Group]
        let maximumPoints: Int

        func title(_ stated: Stated) -> Title {
            Title(name: stated.name, lineIndex: stated.lineIndex,
                  requirements: stated.requirements.map { Requirement(text: $0, rule: rule($0)) })
        }

        /// A requirement's rule, any case and spacing: `every area at N`, `all areas at N`,
        /// `K areas at N`, `NAME at N`, `N points`, `at least N points`.
        func rule(_ text: String) -> Requirement.Rule {
            let words = text.split { $0 == " " || $0 == "\t" }.map(String.init)
            let lower = words.map { $0.lowercased() }
            if lower.last == "points" || lower.last == "point" {
                let number = lower.count == 2 ? lower[0] : lower.count == 4 && lower[0] == "at" && lower[1] == "least" ? lower[2] : ""
                guard let points = Self.number(number, words: false) else { return .invalid(reason: "can't be read") }
                guard points <= maximumPoints else { return .invalid(reason: "\(points) points is more than the ladder's maximum, \(maximumPoints)") }
                return .points(points)
            }
            guard let at = lower.lastIndex(of: "at"), at > 0, at == lower.count - 2 else { return .invalid(reason: "can't be read") }
            guard let level = Self.number(lower[at + 1], words: false) else { return .invalid(reason: "'\(words[at + 1])' is not a level number") }
            let subject = Array(lower[..<at])
            if subject.count == 2, ["every", "all"].contains(subject[0]), ["area", "areas"].contains(subject[1]) {
                if let short = areas.first(where: { !Self.reaches($0, level) }) { return .invalid(reason: Self.unreachable(short, level)) }
                return .everyArea(level: level)
            }
            if subject.count == 2, ["area", "areas"].contains(subject[1]), let count = Self.number(subject[0], words: true) {
                let able = areas.filter { Self.reaches($0, level) }.count
                guard able >= count else { return .invalid(reason: "only \(able) \(able == 1 ? "area has" : "areas have") a level \(level)") }
                return .areas(count: count, level: level)
            }
            let name = words[..<at].joined(separator: " ")
            switch AreaNames(areas: areas, groups: groups).index(named: name) {
            case .success(let index):
                let area = areas[index]
                guard Self.reaches(area, level) else { return .invalid(reason: Self.unreachable(area, level)) }
                return .area(index: index, level: level)
            case .failure(let problem):
                return .invalid(reason: problem.reason)
            }
        }

        /// Whether an area can be marked at `level` or above: a level the layout has no place
        /// for (a table row without the cell) can't be marked.
        static func reaches(_ area: Area, _ level: Int) -> Bool {
            level <= 0 || (level <= area.maximum && area.levels[(level - 1)...].contains { !$0.isMissing })
        }

        static func unreachable(_ area: Area, _ level: Int) -> String {
            level > area.maximum ? "'\(area.name)' has no level \(level) (its highest is \(area.maximum))"
                : "'\(area.name)' has no level \(level) or above in this file to mark (its cells or entries are missing)"
        }

        private static let words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]

        /// Digits, or (where `words`) a word from one to ten.
        private static func number(_ text: String, words allowWords: Bool) -> Int? {
            if allowWords, let index = words.firstIndex(of: text) { return index + 1 }
            guard !text.isEmpty, text.count <= 9, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(text)
        }
    }
}
