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
            if mode == .help || mode == .problems { panelScroll = PanelLayout(state: self).clamped(scroll: panelScroll) }
            return []
        case .key(let key):
            message = nil
            if mode.isPrompt { return handlePrompt(key) }
            if isTooSmall { return handleTooSmall(key) }
            switch mode {
            case .help, .problems: return handlePanel(key)
            default: return handleNormal(key)
            }
        case .saveSucceeded(let path, let saved):
            // Later saves splice into the bytes now on disk.
            rubric = saved
            savedLevels = chosenLevels
            isNewFile = false
            mode = .normal
            saveAllowance.remove(.changedOnDisk)
            message = Message(text: "Saved to \(glyphs.text(SafeText.sanitized(path)))", isError: false)
            var effects: [Effect] = []
            // The rescue copy's work is now in the file: the copy has done its job.
            if let copy = openedRescue, copy.levels == chosenLevels {
                openedRescue = nil
                effects.append(.removeRescueCopy(path: copy.path))
                message = Message(text: "Saved; removed \(copy.name), whose marks the file now holds", isError: false)
            }
            return effects + (quitAfterSave ? [.quit] : [.check])
        case .saveFailed(let reason):
            endSaveAttempt()
            message = Message(text: "Not saved: \(glyphs.text(SafeText.sanitized(reason)))", isError: true)
            return []
        case .fileChangedOnDisk:
            mode = .conflict
            return []
        case .fileIsReadOnly:
            mode = .confirmReadOnly
            return []
        case .reloaded(let newRubric):
            replaceRubric(newRubric)
            message = Message(text: "Reloaded from disk", isError: false)
            return [.check]
        case .reloadFailed(let reason):
            mode = .normal
            message = Message(text: "Not reloaded: \(glyphs.text(SafeText.sanitized(reason)))", isError: true)
            return []
        case .rescueCopyRemoved(let failure):
            if let failure { message = Message(text: glyphs.text(SafeText.sanitized(failure)), isError: true) }
            return []
        case .checked(let found):
            // Announced once, when they first appear, unless something else is being said.
            if !found.isEmpty, problems.isEmpty, message == nil, !mode.isPrompt {
                message = Message(text: "\(found.count) \(found.count == 1 ? "problem" : "problems") in this file: ! lists them", isError: true)
            }
            problems = found
            return []
        }
    }

    // MARK: - Screens

    private mutating func handleNormal(_ key: Key) -> [Effect] {
        guard let action = KeyMap.action(for: key) else { return [] }
        let count = currentArea.levels.count
        switch action {
        case .previousArea: areaIndex = (areaIndex + areaNames.count - 1) % areaNames.count
        case .nextArea: areaIndex = (areaIndex + 1) % areaNames.count
        case .up: if !scrollWithinSelected(by: -1) { moveCursor(to: cursor - 1) }
        case .down: if !scrollWithinSelected(by: 1) { moveCursor(to: cursor + 1) }
        case .top: moveCursor(to: 0)
        case .bottom: moveCursor(to: count - 1)
        case .pageUp: moveCursor(to: cursor - pageStep)
        case .pageDown: moveCursor(to: cursor + pageStep)
        case .toggle: setLevel(chosenLevels[areaIndex] == cursor + 1 ? 0 : cursor + 1)
        case .markSelected: setLevel(cursor + 1)
        case .markNumber:
            guard case .character(let digit) = key, let level = Int(String(digit)) else { return [] }
            guard level <= count else {
                message = Message(text: "\(currentArea.name) has \(count) levels", isError: true)
                return []
            }
            if level > 0 { moveCursor(to: level - 1) }
            setLevel(level)
        case .details: toggleDetails()
        case .undo: undo()
        case .redo: redo()
        case .save: return save()
        case .quit: return quit()
        case .help: openPanel(.help)
        case .problems:
            if problems.isEmpty {
                message = Message(text: "No problems: 'rubric check' finds nothing to report", isError: false)
            } else {
                openPanel(.problems)
            }
        case .redraw: return [.redraw]
        case .suspend: return [.suspend]
        }
        return []
    }

    /// While the terminal is too small to show the levels, keys that would change marks
    /// unseen do nothing: only quitting and redrawing act (resizes always do).
    private mutating func handleTooSmall(_ key: Key) -> [Effect] {
        switch KeyMap.action(for: key) {
        case .quit: return quit()
        case .redraw: return [.redraw]
        default: return []
        }
    }

    /// The help and problems boxes scroll with the movement keys; any other key closes them.
    private mutating func handlePanel(_ key: Key) -> [Effect] {
        let panel = PanelLayout(state: self)
        let page = max(1, panel.visibleRows - 1)
        let wanted: Int
        switch KeyMap.action(for: key, in: KeyMap.panel) {
        case .up: wanted = panelScroll - 1
        case .down: wanted = panelScroll + 1
        case .pageUp: wanted = panelScroll - page
        case .pageDown: wanted = panelScroll + page
        case .top: wanted = 0
        case .bottom: wanted = Int.max / 2
        case .redraw: return [.redraw]
        case .suspend: return [.suspend]
        default:
            mode = .normal
            return []
        }
        panelScroll = panel.clamped(scroll: wanted)
        return []
    }

    private mutating func openPanel(_ panel: Mode) {
        mode = panel
        panelScroll = 0
    }

    private mutating func quit() -> [Effect] {
        if isModified { mode = .confirmQuit; return [] }
        return [.quit]
    }

    // MARK: - Prompts

    private mutating func handlePrompt(_ key: Key) -> [Effect] {
        switch mode {
        case .confirmQuit: return handleQuitPrompt(key)
        case .conflict: return handleConflictPrompt(key)
        case .confirmReload: return handleReloadPrompt(key)
        case .confirmReadOnly: return handleReadOnlyPrompt(key)
        case .rescueOffer: return handleRescueOffer(key)
        case .normal, .help, .problems: return []
        }
    }

    private mutating func handleQuitPrompt(_ key: Key) -> [Effect] {
        switch key.promptAnswer {
        case .letter("y"):
            quitAfterSave = true
            return save()
        case .letter("n"): return [.quit]
        case .letter("c"), .cancel: mode = .normal
        default: break
        }
        return []
    }

    private mutating func handleConflictPrompt(_ key: Key) -> [Effect] {
        switch key.promptAnswer {
        case .letter("o"):
            saveAllowance.insert(.changedOnDisk)
            return save()
        case .letter("r"):
            if isModified { mode = .confirmReload; return [] }
            mode = .normal
            return [.reload]
        case .letter("c"), .cancel:
            endSaveAttempt()
        default: break
        }
        return []
    }

    private mutating func handleReadOnlyPrompt(_ key: Key) -> [Effect] {
        switch key.promptAnswer {
        case .letter("o"):
            saveAllowance.insert(.readOnly)
            return save()
        case .letter("c"), .cancel:
            endSaveAttempt()
            message = Message(text: "Not saved: \(fileName) is read-only", isError: true)
        default: break
        }
        return []
    }

    /// A save ended without writing: nothing more is allowed over, and no quit follows.
    private mutating func endSaveAttempt() {
        quitAfterSave = false
        saveAllowance.remove(.changedOnDisk)
        mode = .normal
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
            openedRescue = offered
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

    /// A level taller than the body is read line by line: ↑ and ↓ scroll through it before
    /// they move to the next level. False when the level is already shown to that end.
    private mutating func scrollWithinSelected(by step: Int) -> Bool {
        let lines = levelList.levelLines[cursor], top = scrolls[areaIndex], height = levelList.height
        guard lines.count > height else { return false }
        let shownToTheEnd = step > 0 ? top + height >= lines.upperBound : top <= lines.lowerBound
        guard !shownToTheEnd else { return false }
        scrolls[areaIndex] = top + step
        return true
    }

    private mutating func moveCursor(to level: Int) {
        cursors[areaIndex] = min(max(0, level), currentArea.levels.count - 1)
    }

    private mutating func setLevel(_ level: Int) {
        if level > 0, rubric.areas[areaIndex].levels[level - 1].isMissing {
            message = Message(text: "\(currentArea.name) has no level \(level) in this file to mark (its cell or entry is missing)", isError: true)
            return
        }
        var changed = chosenLevels
        changed[areaIndex] = level
        changeLevels(to: changed)
    }

    /// Replaces the marks as one undoable change; the same marks change nothing.
    private mutating func changeLevels(to newLevels: [Int]) {
        guard newLevels != chosenLevels else { return }
        undoStack.append(Snapshot(levels: chosenLevels, area: areaIndex))
        redoStack.removeAll()
        chosenLevels = newLevels
    }

    private mutating func undo() {
        guard let previous = undoStack.popLast() else {
            message = Message(text: "Nothing to undo", isError: false)
            return
        }
        redoStack.append(Snapshot(levels: chosenLevels, area: previous.area))
        restore(previous)
    }

    private mutating func redo() {
        guard let next = redoStack.popLast() else {
            message = Message(text: "Nothing to redo", isError: false)
            return
        }
        undoStack.append(Snapshot(levels: chosenLevels, area: next.area))
        restore(next)
    }

    /// Puts the marks back and shows the area that changed, with its level selected.
    private mutating func restore(_ snapshot: Snapshot) {
        chosenLevels = snapshot.levels
        areaIndex = snapshot.area
        if chosenLevels[areaIndex] > 0 { cursors[areaIndex] = chosenLevels[areaIndex] - 1 }
    }

    private mutating func toggleDetails() {
        let id = LevelID(area: areaIndex, level: cursor)
        guard !currentArea.levels[cursor].details.isEmpty else {
            message = Message(text: "This level has no details", isError: false)
            return
        }
        if expanded.contains(id) { expanded.remove(id) } else { expanded.insert(id) }
    }

    private mutating func save() -> [Effect] {
        mode = .normal
        return [.save(bytes: documentBytes, allowing: saveAllowance)]
    }
}
