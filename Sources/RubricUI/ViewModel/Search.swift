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
    /// Every level's text as searched, made in the background when the prompt opens (nil
    /// until then) so that each keystroke only compares: a 5 MB ladder has sixty thousand levels.
    var index: SearchIndex?
    /// Which opening of the prompt the index being made is for: an index made for an earlier
    /// one is not this document's.
    var indexRequest = 0

    func promptText(_ glyphs: Glyphs) -> String {
        let count = query.isEmpty ? "type a word" : index == nil ? "searching…" : matches.isEmpty ? "no match"
            : "\(matches.count) \(matches.count == 1 ? "level" : "levels")"
        // The hint line says what Enter and Esc do.
        return "/\(query)\(glyphs.isASCII ? "_" : "▏") (\(count))"
    }

    /// The levels that hold `query`, ignoring case.
    func matches(of query: String) -> [Match] {
        guard !query.isEmpty, let index else { return [] }
        return index.matches(of: Array(query.lowercased().utf8))
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
    mutating func beginSearch() -> [Effect] {
        search.previous = (search.query, search.matches)
        search.query = ""
        search.matches = []
        search.index = nil
        search.indexRequest += 1
        prompt = .search
        return [.indexSearch(request: search.indexRequest)]
    }

    /// The index the prompt asked for: what was typed meanwhile is matched now.
    mutating func adoptSearchIndex(_ index: SearchIndex, request: Int) {
        guard prompt == .search, request == search.indexRequest else { return }
        search.index = index
        search.matches = search.matches(of: search.query)
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
            // Enter before the background index came: made here, as the answer is wanted now.
            if search.index == nil, !search.query.isEmpty {
                adoptSearchIndex(SearchIndex(rubric, ids: document.areaIDs, glyphs: glyphs), request: search.indexRequest)
            }
            prompt = nil
            search.index = nil
            guard !search.query.isEmpty else { return }
            guard !search.matches.isEmpty else {
                message = Message(text: "No level holds \"\(search.query)\"", isError: true)
                return
            }
            goToMatch(step: 0)
            return
        case .escape, .control("c"):
            prompt = nil
            search.index = nil
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
