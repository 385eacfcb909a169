import CLibYAML

/// A YAML document as the front matter import needs it: scalars as their text, sequences and
/// mappings, and YAML's null. Read with libyaml, which does the scanning and the aliases.
///
/// Scalars keep their text: a level number is read as a number where one is wanted, and a
/// criterion `Yes` stays the word a person wrote (a YAML 1.1 reader would make it `true`).
enum YAMLValue: Equatable {
    case null
    case scalar(String)
    case sequence([YAMLValue])
    case mapping([String: YAMLValue])

    /// Why a text is not a YAML document this reader takes.
    struct Unreadable: Error, Equatable {
        let reason: String
    }

    /// The first document of `text`; `.null` when there is none.
    static func read(_ text: [UInt8]) throws(Unreadable) -> YAMLValue {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { throw Unreadable(reason: "out of memory") }
        defer { yaml_parser_delete(&parser) }
        var document = yaml_document_t()
        let loaded = text.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            return yaml_parser_load(&parser, &document)
        }
        guard loaded == 1 else { throw Unreadable(reason: problem(of: parser)) }
        defer { yaml_document_delete(&document) }
        guard yaml_document_get_root_node(&document) != nil else { return .null }
        var budget = Budget()
        return try value(at: 1, in: &document, depth: 0, budget: &budget)
    }

    /// Bounds on what aliases can make of a small text (`&a [*a, *a]` nested ten times is a
    /// thousand copies) and on nesting, so that no front matter exhausts memory or the stack.
    private struct Budget {
        var nodesLeft = 1_000_000
        static let deepest = 256
    }

    private static func value(at index: Int32, in document: inout yaml_document_t, depth: Int, budget: inout Budget) throws(Unreadable) -> YAMLValue {
        guard depth < Budget.deepest else { throw Unreadable(reason: "nested more than \(Budget.deepest) deep") }
        budget.nodesLeft -= 1
        guard budget.nodesLeft >= 0 else { throw Unreadable(reason: "its aliases expand to too many values") }
        guard let node = yaml_document_get_node(&document, index)?.pointee else { return .null }
        switch node.type {
        case YAML_SCALAR_NODE:
            let scalar = node.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            // Only a plain scalar can be null: `key: "~"` is the text `~`.
            if scalar.style == YAML_PLAIN_SCALAR_STYLE, ["", "~", "null", "Null", "NULL"].contains(text) { return .null }
            return .scalar(text)
        case YAML_SEQUENCE_NODE:
            var items: [YAMLValue] = []
            var item = node.data.sequence.items.start
            while let current = item, current != node.data.sequence.items.top {
                items.append(try value(at: current.pointee, in: &document, depth: depth + 1, budget: &budget))
                item = current + 1
            }
            return .sequence(items)
        case YAML_MAPPING_NODE:
            var pairs: [String: YAMLValue] = [:]
            var pair = node.data.mapping.pairs.start
            while let current = pair, current != node.data.mapping.pairs.top {
                // A key is read as text; a key that is a list or a mapping names nothing here.
                if case .scalar(let key) = try value(at: current.pointee.key, in: &document, depth: depth + 1, budget: &budget) {
                    pairs[key] = try value(at: current.pointee.value, in: &document, depth: depth + 1, budget: &budget)
                }
                pair = current + 1
            }
            return .mapping(pairs)
        default:
            return .null
        }
    }

    /// libyaml's problem and where it is, as a person counts lines and columns.
    private static func problem(of parser: yaml_parser_t) -> String {
        let what = parser.problem.map { String(cString: $0) } ?? "unreadable"
        return "\(what) at line \(parser.problem_mark.line + 1), column \(parser.problem_mark.column + 1)"
    }

    /// The scalar's text, when it has any.
    var text: String? {
        if case .scalar(let text) = self, !text.isEmpty { return text }
        return nil
    }

    /// The scalar as a whole number (`level: 2`).
    var number: Int? { text.flatMap { Int($0) } }

    var items: [YAMLValue]? {
        if case .sequence(let items) = self { return items }
        return nil
    }

    var pairs: [String: YAMLValue]? {
        if case .mapping(let pairs) = self { return pairs }
        return nil
    }
}
