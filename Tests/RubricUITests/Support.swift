import Foundation
import RubricCore
@testable import RubricUI

func fixtureRubric(_ name: String) -> Rubric {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("RubricCoreTests/Fixtures/\(name)")
    return try! Rubric(bytes: [UInt8](try! Data(contentsOf: url)))
}

func makeState(_ name: String = "technical.md", width: Int = 80, height: Int = 24) -> AppState {
    AppState(rubric: fixtureRubric(name), fileName: name, size: Size(width: width, height: height))
}

/// Applies keys one by one, collecting every effect. The search index is made at once, as
/// the runtime makes it in the background.
func press(_ state: AppState, _ keys: Key...) -> (AppState, [Effect]) {
    var current = state
    var effects: [Effect] = []
    for key in keys {
        let (next, more) = update(current, .key(key))
        current = next
        effects += more
        for case .indexSearch(let request) in more {
            current = update(current, .searchIndexed(indexed(current), request: request)).0
        }
    }
    return (current, effects)
}

/// The search index of the state's document, as the runtime makes it.
func indexed(_ state: AppState) -> SearchIndex {
    SearchIndex(state.rubric, ids: state.document.areaIDs, glyphs: state.glyphs)
}

/// The grid with trailing spaces trimmed per row, for readable comparisons.
func screen(_ state: AppState) -> String {
    let grid = Renderer.render(state)
    return (0..<grid.height).map { grid.rowText($0).replacingOccurrences(of: " +$", with: "", options: .regularExpression) }
        .joined(separator: "\n")
}

extension AppState {
    /// On the levels screen with no question asked: where keys mark levels.
    var isIdle: Bool { prompt == nil && screen == .levels }
    var isOfferingRescue: Bool {
        if case .rescue = prompt { return true }
        return false
    }
    /// The shown area's list as the levels screen lays it out.
    var levelsLayout: LevelListLayout { LevelsScreen.layout(self).list }
}

extension AppState {
    /// The first body line the levels screen shows.
    var shownTop: Int { levelsLayout.scrollKeeping(level: cursor, in: scroll(in: area)) }
}

/// The event a reload of a file holding `rubric` reports.
func reloaded(_ rubric: Rubric) -> Event { .reloaded(rubric) }

extension AppState {
    /// The chosen levels in the file's order.
    var chosenLevels: [Int] { document.levels }
}
