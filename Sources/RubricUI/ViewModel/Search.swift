import RubricCore

/// Searching the levels of every area for a word: what was typed, the levels that hold it,
/// and which of them was last gone to.
public struct Search: Sendable {
    public struct Match: Equatable, Sendable {
        public let area: AreaID
        public let level: Int
        /// Only the level's `<details>` hold the query: going there opens them.
        public let inDetails: Bool
    }

    /// The word being typed, or last searched for; the views highlight it.
    public internal(set) var query = ""
    /// The levels whose name, text or details hold the query, in the file's order.
    public internal(set) var matches: [Match] = []
    /// The match last gone to.
    public internal(set) var current: Int?
    /// The search before this one began, to go back to when this one is cancelled.
    var previous: (query: String, matches: [Match])?

    func promptText(_ glyphs: Glyphs) -> String {
        let count = query.isEmpty ? "type a word" : matches.isEmpty ? "no match" : "\(matches.count) \(matches.count == 1 ? "level" : "levels")"
        // The hint line says what Enter and Esc do.
        return "/\(query)\(glyphs.isASCII ? "_" : "▏") (\(count))"
    }

    /// The levels that hold `query`, ignoring case, in every area of the rubric.
    static func matches(of query: String, in rubric: Rubric, ids: [AreaID], glyphs: Glyphs) -> [Match] {
        guard !query.isEmpty else { return [] }
        let wanted = Array(query.lowercased())
        var found: [Match] = []
        for index in rubric.areas.indices {
            let area = DisplayArea(rubric, area: index, glyphs: glyphs)
            for (level, shown) in area.levels.enumerated() {
                func holds(_ text: String) -> Bool { !columns(of: wanted, in: text).isEmpty }
                if holds(shown.name ?? "") || holds(shown.text) {
                    found.append(Match(area: ids[index], level: level, inDetails: false))
                } else if shown.details.contains(where: { holds($0.summary) || holds($0.body) }) {
                    found.append(Match(area: ids[index], level: level, inDetails: true))
                }
            }
        }
        return found
    }

    /// Where `query` (lower-cased) occurs in a line, as ranges of the line's characters.
    static func columns(of wanted: [Character], in line: String) -> [Range<Int>] {
        guard !wanted.isEmpty else { return [] }
        let characters = line.map { Character($0.lowercased()) }
        guard characters.count >= wanted.count else { return [] }
        var ranges: [Range<Int>] = []
        var start = 0
        while start + wanted.count <= characters.count {
            if characters[start] == wanted[0], Array(characters[start..<start + wanted.count]) == wanted {
                ranges.append(start..<start + wanted.count)
                start += wanted.count
            } else {
                start += 1
            }
        }
        return ranges
    }
}

extension AppState {
    mutating func beginSearch() {
        search.previous = (search.query, search.matches)
        search.query = ""
        search.matches = []
        search.current = nil
        prompt = .search
    }

    /// A key while the search prompt is open: letters type, Backspace takes one back,
    /// Enter goes to the first match from the selected level on, Esc cancels.
    mutating func typeSearch(_ key: Key) {
        switch key {
        case .character(let typed):
            search.query.append(typed)
        case .backspace:
            guard !search.query.isEmpty else { return }
            search.query.removeLast()
        case .enter:
            prompt = nil
            guard !search.query.isEmpty else { return }
            guard !search.matches.isEmpty else {
                message = Message(text: "No level holds \"\(search.query)\"", isError: true)
                return
            }
            goToMatch(step: 0)
            return
        case .escape, .control("c"):
            prompt = nil
            (search.query, search.matches) = search.previous ?? ("", [])
            return
        default:
            return
        }
        search.matches = Search.matches(of: search.query, in: rubric, ids: document.areaIDs, glyphs: glyphs)
        search.current = nil
    }

    /// Goes to the next match after the selected level (`step` 1), the one before it (-1),
    /// or the first at or after it (0), wrapping around the file.
    mutating func goToMatch(step: Int) {
        guard !search.matches.isEmpty else {
            message = Message(text: search.query.isEmpty ? "No search yet: / searches" : "No level holds \"\(search.query)\"", isError: false)
            return
        }
        let here = (areaIndex, cursor)
        let order = search.matches.map { (document.position(of: $0.area) ?? 0, $0.level) }
        let index: Int
        switch step {
        case 0: index = order.firstIndex { $0 >= here } ?? 0
        case 1...: index = order.firstIndex { $0 > here } ?? 0
        default: index = order.lastIndex { $0 < here } ?? order.count - 1
        }
        let match = search.matches[index]
        search.current = index
        if screen == .overview { open(area: match.area) }
        area = match.area
        cursors[match.area] = match.level
        if match.inDetails { expanded.insert(LevelID(area: match.area, level: match.level)) }
        LevelsScreen.keepInView(&self)
        message = Message(text: "Match \(index + 1) of \(search.matches.count) for \"\(search.query)\"", isError: false)
    }
}
