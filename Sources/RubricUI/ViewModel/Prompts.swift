/// The questions asked over the screens, and what each answer does.
extension AppState {
    mutating func answer(_ asked: Prompt, with key: Key) -> [Effect] {
        if asked == .search { typeSearch(key); return [] }
        let action = KeyMap.prompt(asked).action(for: key)
        switch asked {
        case .quit: return answerQuit(action)
        case .conflict: return answerConflict(action)
        case .reload: return answerReload(action)
        case .readOnly: return answerReadOnly(action)
        case .newMaximum: return answerNewMaximum(action)
        case .rescue(let copy): answerRescue(copy, action); return []
        case .removeRescueCopies(let cleanup): return answerCleanup(cleanup, action)
        case .search: return []
        }
    }

    /// The question a prompt asks, as the message line shows it (its answers' letters in
    /// brackets, as `Prompt.answers` lists them).
    public var promptText: String? {
        switch prompt {
        case .quit: "Save changes? (y)es (n)o (c)ancel"
        case .conflict: "The file changed on disk. (o)verwrite it, (r)eload it, or (c)ancel?"
        case .reload: "Reload and drop your unsaved changes? (y)es (n)o"
        case .readOnly(let owner): "\(fileName) is read-only\(owner.map { " (it belongs to \($0))" } ?? ""): (o)verwrite (c)ancel"
        case .rescue(let copy):
            "Unsaved changes in \(copy.name) (\(copy.others.isEmpty ? "newer than the file" : "\(copy.others.count + 1) rescue copies in all")): (o)pen (i)gnore"
        case .removeRescueCopies(let cleanup): "\(cleanup.question) (y)es (n)o"
        case .newMaximum(let stated, let saved):
            "The score line says \(stated); saving writes \(saved), as the file now reads (! says why). Save? (y)es (n)o"
        case .search: search.promptText(glyphs)
        case nil: nil
        }
    }

    private mutating func answerQuit(_ action: Action?) -> [Effect] {
        switch action {
        case .answer("y"):
            quitAfterSave = true
            return save()
        case .answer("n"): return [.quit]
        case .answer("c"), .cancel: prompt = nil
        default: break
        }
        return []
    }

    private mutating func answerConflict(_ action: Action?) -> [Effect] {
        switch action {
        case .answer("o"):
            saveAllowance.insert(.changedOnDisk)
            return save()
        case .answer("r"):
            if isModified { prompt = .reload; return [] }
            prompt = nil
            return [.reload]
        case .answer("c"), .cancel:
            endSaveAttempt()
        default: break
        }
        return []
    }

    private mutating func answerReadOnly(_ action: Action?) -> [Effect] {
        switch action {
        case .answer("o"):
            saveAllowance.insert(.readOnly)
            return save()
        case .answer("c"), .cancel:
            endSaveAttempt()
            message = Message(text: "Not saved: \(fileName) is read-only", isError: true)
        default: break
        }
        return []
    }

    private mutating func answerNewMaximum(_ action: Action?) -> [Effect] {
        switch action {
        case .answer("y"):
            acceptsNewMaximum = true
            return save()
        case .answer("n"), .cancel:
            endSaveAttempt()
            message = Message(text: "Not saved", isError: false)
        default: break
        }
        return []
    }

    /// A save ended without writing: nothing more is allowed over, and no quit follows.
    mutating func endSaveAttempt() {
        quitAfterSave = false
        saveAllowance.remove(.changedOnDisk)
        prompt = nil
    }

    private mutating func answerReload(_ action: Action?) -> [Effect] {
        switch action {
        case .answer("y"):
            prompt = nil
            quitAfterSave = false
            return [.reload]
        case .answer("n"), .answer("c"), .cancel:
            quitAfterSave = false
            prompt = nil
        default: break
        }
        return []
    }

    private mutating func answerRescue(_ copy: RescueCopy, _ action: Action?) {
        let count = copy.others.count
        let others = "the \(count) other rescue \(count == 1 ? "copy" : "copies")"
        switch action {
        case .answer("o"):
            // One undoable change, unsaved until the person saves.
            document.change(to: copy.marks, target: copy.target, evidence: document.evidence.merging(copy.evidence) { $1 }, in: area)
            openedRescue = copy
            let loaded = "Marks from \(copy.name) loaded; save to keep them"
            message = Message(text: loaded, isError: false)
            prompt = count == 0 ? nil : .removeRescueCopies(RescueCleanup(paths: copy.others, question: "\(loaded). Remove \(others)?"))
        case .cancel:
            // Put off: offered again next time.
            prompt = nil
        case .answer("i"):
            // Declined: the copy and any others would be offered again at every start.
            let question = "Remove \(copy.name)\(count == 0 ? "" : " and \(others)"), whose marks are not in the file?"
            prompt = .removeRescueCopies(RescueCleanup(paths: [copy.path] + copy.others, question: question))
        default:
            return
        }
    }

    private mutating func answerCleanup(_ cleanup: RescueCleanup, _ action: Action?) -> [Effect] {
        switch action {
        case .answer("y"):
            prompt = nil
            return [.removeRescueCopies(paths: cleanup.paths)]
        case .answer("n"), .cancel:
            prompt = nil
        default:
            break
        }
        return []
    }
}

extension Prompt {
    /// The answers a question takes: each one's letter and what it does, for its key table.
    public var answers: [(letter: Character, meaning: String)] {
        switch self {
        case .quit: [("y", "save and quit"), ("n", "quit without saving"), ("c", "cancel")]
        case .conflict: [("o", "overwrite"), ("r", "reload"), ("c", "cancel")]
        case .reload: [("y", "yes"), ("n", "no"), ("c", "cancel")]
        case .removeRescueCopies, .newMaximum: [("y", "yes"), ("n", "no")]
        case .readOnly: [("o", "overwrite"), ("c", "cancel")]
        case .rescue: [("o", "open"), ("i", "ignore")]
        case .search: []
        }
    }
}
