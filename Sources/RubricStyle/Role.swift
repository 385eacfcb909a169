/// What a cell is for. Themes give each role its colours and attributes; the renderer never
/// picks a colour itself. The raw values are the names theme files use.
public enum Role: String, CaseIterable, Sendable {
    case normal
    case title
    case tab
    case activeTab = "active_tab"
    case levelText = "level_text"
    /// Every cell of the selected level's lines: the highlight that follows the cursor.
    case selectedRow = "selected_row"
    /// The text of the marked level, the person's current level in the area.
    case markedLevel = "marked_level"
    case markIndicator = "mark_indicator"
    case scoreFilled = "score_filled"
    case scoreEmpty = "score_empty"
    case scoreText = "score_text"
    case keyHint = "key_hint"
    case message
    case error
    case details
    case border
    case description
    case modified
    /// Text that matches the search being typed or last made.
    case searchMatch = "search_match"
    /// The other assessment's marks (`--against`), and the flags where the two differ.
    case otherMark = "other_mark"
    /// What the target title asks: the required level's indicator, an area's gap to it.
    case target
}
