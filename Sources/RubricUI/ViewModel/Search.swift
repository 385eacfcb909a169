import RubricCore
import RubricStyle

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
    /// The search before this one began, to go back to when this one is cancelled.
    var previous: (query: String, matches: [Match])?
    /// Every level's text as searched, lower-cased, made once when the prompt opens so that
    /// each keystroke only compares (a 1 MB ladder has over ten thousand levels).
    var index: [IndexEntry] = []

    struct IndexEntry: Sendable {
        let area: AreaID
        let level: Int
        /// The name and text, then the details' summaries and bodies.
        let text: String
        let details: String
    }

    func promptText(_ glyphs: Glyphs) -> String {
        let count = query.isEmpty ? "type a word" : matches.isEmpty ? "no match" : "\(matches.count) \(matches.count == 1 ? "level" : "levels")"
        // The hint line says what Enter and Esc do.
        return "/\(query)\(glyphs.isASCII ? "_" : "▏") (\(count))"
    }

    /// Every level of the rubric as the search reads it: its text as shown, lower-cased.
    static func index(of rubric: Rubric, ids: [AreaID], glyphs: Glyphs) -> [IndexEntry] {
        rubric.areas.indices.flatMap { index in
            DisplayArea(rubric, area: index, glyphs: glyphs).levels.enumerated().map { level, shown in
                IndexEntry(area: ids[index], level: level,
                           text: ((shown.name ?? "") + "\n" + shown.text).lowercased(),
                           details: shown.details.map { $0.summary + "\n" + $0.body }.joined(separator: "\n").lowercased())
            }
        }
    }

    /// The levels that hold `query`, ignoring case.
    func matches(of query: String) -> [Match] {
        guard !query.isEmpty else { return [] }
        let wanted = query.lowercased()
        return index.compactMap { entry in
            if entry.text.contains(wanted) { return Match(area: entry.area, level: entry.level, inDetails: false) }
            if entry.details.contains(wanted) { return Match(area: entry.area, level: entry.level, inDetails: true) }
            return nil
        }
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
        search.index = Search.index(of: rubric, ids: document.areaIDs, glyphs: glyphs)
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
            search.index = []
            guard !search.query.isEmpty else { return }
            guard !search.matches.isEmpty else {
                message = Message(text: "No level holds \"\(search.query)\"", isError: true)
                return
            }
            goToMatch(step: 0)
            return
        case .escape, .control("c"):
            prompt = nil
            search.index = []
            (search.query, search.matches) = search.previous ?? ("", [])
            return
        default:
            return
        }
        search.matches = search.matches(of: search.query)
    }

    /// Goes to the next match after the selected level (`step` 1), the one before it (-1),
    /// or the first at or after it (0), wrapping around the file.
    mutating func goToMatch(step: Int) {
        guard !search.matches.isEmpty else {
            message = Message(text: search.query.isEmpty ? "No search yet: / searches" : "No level holds \"\(search.query)\"", isError: false)
            return
        }
        // From the overview's selected area (before its first level), else the selected level.
        let here = screen == .overview ? (document.position(of: selectedArea) ?? 0, -1) : (areaIndex, cursor)
        let order = search.matches.map { (document.position(of: $0.area) ?? 0, $0.level) }
        let index: Int
        switch step {
        case 0: index = order.firstIndex { $0 >= here } ?? 0
        case 1...: index = order.firstIndex { $0 > here } ?? 0
        default: index = order.lastIndex { $0 < here } ?? order.count - 1
        }
        let match = search.matches[index]
        if screen == .overview { open(area: match.area) }
        area = match.area
        cursors[match.area] = match.level
        if match.inDetails { expanded.insert(LevelID(area: match.area, level: match.level)) }
        LevelsScreen.keepInView(&self)
        message = Message(text: "Match \(index + 1) of \(search.matches.count) for \"\(search.query)\"", isError: false)
    }
}
