import RubricCore

/// The view model's one transition function: `(State, Event) -> (State, [Effect])`.
///
/// Pure, like bubbletea's Update: no I/O, no clock, no terminal. The backend turns keys,
/// resizes and save results into events and performs the effects returned.
public func update(_ state: AppState, _ event: Event) -> (AppState, [Effect]) {
    var next = state
    let effects = next.handle(event)
    next.clampScroll()
    return (next, effects)
}

extension AppState {
    mutating func handle(_ event: Event) -> [Effect] {
        switch event {
        case .resize(let newSize):
            size = newSize
            return []
        case .key(let key):
            message = nil
            switch mode {
            case .normal: return handleNormal(key)
            case .help: mode = .normal; return []
            case .confirmQuit: return handleQuitPrompt(key)
            case .conflict: return handleConflictPrompt(key)
            case .confirmReload: return handleReloadPrompt(key)
            case .rescueOffer: return handleRescueOffer(key)
            }
        case .saveSucceeded(let path, let saved):
            // Later saves splice into the bytes now on disk.
            rubric = saved
            savedLevels = levels
            isNewFile = false
            mode = .normal
            message = Message(text: "Saved to \(SafeText.sanitized(path))", isError: false)
            return quitAfterSave ? [.quit] : []
        case .saveFailed(let reason):
            quitAfterSave = false
            mode = .normal
            message = Message(text: "Not saved: \(SafeText.sanitized(reason))", isError: true)
            return []
        case .fileChangedOnDisk:
            mode = .conflict
            return []
        case .reloaded(let newRubric):
            replaceRubric(newRubric)
            message = Message(text: "Reloaded from disk", isError: false)
            return []
        case .reloadFailed(let reason):
            mode = .normal
            message = Message(text: "Not reloaded: \(SafeText.sanitized(reason))", isError: true)
            return []
        }
    }

    // MARK: - Modes

    private mutating func handleNormal(_ key: Key) -> [Effect] {
        let count = currentArea.levels.count
        switch key {
        case .left, .backTab, .character("h"): selectArea((areaIndex + areaNames.count - 1) % areaNames.count)
        case .right, .tab, .character("l"): selectArea((areaIndex + 1) % areaNames.count)
        case .up, .character("k"): moveCursor(to: cursor - 1)
        case .down, .character("j"): moveCursor(to: cursor + 1)
        case .home, .character("g"): moveCursor(to: 0)
        case .end, .character("G"): moveCursor(to: count - 1)
        case .pageUp: moveCursor(to: cursor - pageStep)
        case .pageDown: moveCursor(to: cursor + pageStep)
        case .character(" "), .enter:
            setLevel(levels[areaIndex] == cursor + 1 ? 0 : cursor + 1)
        case .character(let c) where c.isASCII && c.isNumber:
            let level = Int(String(c))!
            guard level <= count else {
                message = Message(text: "\(currentArea.name) has \(count) levels", isError: true)
                return []
            }
            if level > 0 { moveCursor(to: level - 1) }
            setLevel(level)
        case .character("d"): toggleDetails()
        case .character("u"): undo()
        case .control("r"): redo()
        case .character("s"), .control("s"): return save(overwrite: false)
        case .character("q"), .escape, .control("c"):
            if isModified { mode = .confirmQuit; return [] }
            return [.quit]
        case .character("?"): mode = .help
        case .control("l"): return [.redraw]
        case .control("z"): return [.suspend]
        default: break
        }
        return []
    }

    private mutating func handleQuitPrompt(_ key: Key) -> [Effect] {
        switch key.promptAnswer {
        case .letter("y"):
            quitAfterSave = true
            return save(overwrite: false)
        case .letter("n"): return [.quit]
        case .letter("c"), .cancel: mode = .normal
        default: break
        }
        return []
    }

    private mutating func handleConflictPrompt(_ key: Key) -> [Effect] {
        switch key.promptAnswer {
        case .letter("o"):
            mode = .normal
            return save(overwrite: true)
        case .letter("r"):
            if isModified { mode = .confirmReload; return [] }
            mode = .normal
            return [.reload]
        case .letter("c"), .cancel:
            quitAfterSave = false
            mode = .normal
        default: break
        }
        return []
    }

    private mutating func handleReloadPrompt(_ key: Key) -> [Effect] {
        switch key.promptAnswer {
        case .letter("y"):
            mode = .normal
            quitAfterSave = false
            return [.reload]
        case .letter("n"), .letter("c"), .cancel:
            quitAfterSave = false
            mode = .normal
        default: break
        }
        return []
    }

    private mutating func handleRescueOffer(_ key: Key) -> [Effect] {
        guard let offered = rescue else { mode = .normal; return [] }
        switch key.promptAnswer {
        case .letter("o"):
            // One undoable change, unsaved until the person saves.
            changeLevels(to: offered.levels)
            message = Message(text: "Marks from \(offered.name) loaded; save to keep them", isError: false)
        case .letter("i"), .cancel:
            break
        default:
            return []
        }
        rescue = nil
        mode = .normal
        return []
    }

    // MARK: - Actions

    private var pageStep: Int { max(1, ScreenLayout(size: size).bodyHeight / 4) }

    private mutating func selectArea(_ index: Int) {
        areaIndex = index
    }

    private mutating func moveCursor(to level: Int) {
        cursors[areaIndex] = min(max(0, level), currentArea.levels.count - 1)
    }

    private mutating func setLevel(_ level: Int) {
        var changed = levels
        changed[areaIndex] = level
        changeLevels(to: changed)
    }

    /// Replaces the marks as one undoable change; the same marks change nothing.
    private mutating func changeLevels(to newLevels: [Int]) {
        guard newLevels != levels else { return }
        undoStack.append(Snapshot(levels: levels, area: areaIndex))
        redoStack.removeAll()
        levels = newLevels
    }

    private mutating func undo() {
        guard let previous = undoStack.popLast() else {
            message = Message(text: "Nothing to undo", isError: false)
            return
        }
        redoStack.append(Snapshot(levels: levels, area: previous.area))
        restore(previous)
    }

    private mutating func redo() {
        guard let next = redoStack.popLast() else {
            message = Message(text: "Nothing to redo", isError: false)
            return
        }
        undoStack.append(Snapshot(levels: levels, area: next.area))
        restore(next)
    }

    /// Puts the marks back and shows the area that changed, with its level selected.
    private mutating func restore(_ snapshot: Snapshot) {
        levels = snapshot.levels
        areaIndex = snapshot.area
        if levels[areaIndex] > 0 { cursors[areaIndex] = levels[areaIndex] - 1 }
    }

    private mutating func toggleDetails() {
        let id = LevelID(area: areaIndex, level: cursor)
        guard !currentArea.levels[cursor].details.isEmpty else {
            message = Message(text: "This level has no details", isError: false)
            return
        }
        if expanded.contains(id) { expanded.remove(id) } else { expanded.insert(id) }
    }

    private mutating func save(overwrite: Bool) -> [Effect] {
        mode = .normal
        return [.save(bytes: documentBytes, overwrite: overwrite)]
    }
}
