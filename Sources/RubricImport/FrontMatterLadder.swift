import RubricCore

extension ImportedLadder {
    /// Why YAML front matter can't be read as a ladder.
    public enum FrontMatterError: Error, Equatable, CustomStringConvertible {
        case notYAML(String)
        case noTopics
        case badTopic(Int, String)

        public var description: String {
            switch self {
            case .notYAML(let reason): "the front matter is not YAML: \(reason)"
            case .noTopics: "the front matter has no 'topics' list: not a ladder"
            case .badTopic(let index, let reason): "topic \(index + 1) of the front matter \(reason)"
            }
        }
    }

    /// A ladder kept as YAML front matter, as progression-framework sites keep one: `topics`,
    /// each with `content` entries of a `level`, its `criteria` and its `exampleCriteria`
    /// (a criterion and its examples). Every topic gets the levels from 1 to the framework's
    /// highest (its `levels` key, else the highest level any topic has); a level a topic
    /// skips says there is no expectation there. A topic's `description` is its area's; the
    /// markdown after the front matter is the ladder's introduction. Keys of a topic or a
    /// level that mean nothing here are listed in `notCarried`.
    public init(frontMatter bytes: [UInt8], source: String) throws(FrontMatterError) {
        guard let range = FrontMatter.range(in: bytes) else { throw .noTopics }
        let document: YAMLValue
        do {
            document = try YAMLValue.read(Array(bytes[range]))
        } catch {
            throw .notYAML(error.reason)
        }
        guard let root = document.pairs, let topics = root["topics"]?.items else { throw .noTopics }
        var parsed: [(name: String, description: String, levels: [Int: [String]])] = []
        var notCarried: [String] = []
        for (index, item) in topics.enumerated() {
            guard let topic = item.pairs else { throw .badTopic(index, "is not a mapping") }
            let name = topic["title"]?.text ?? topic["name"]?.text.map(Self.humanized) ?? "Topic \(index + 1)"
            notCarried += Self.unknownKeys(topic, known: ["name", "title", "content", "description"]).map { "topic '\(name)': '\($0)'" }
            var levels: [Int: [String]] = [:]
            for entry in topic["content"]?.items ?? [] {
                guard let entry = entry.pairs, let level = entry["level"]?.number, level >= 1 else {
                    throw .badTopic(index, "has a content entry without a level number")
                }
                notCarried += Self.unknownKeys(entry, known: ["level", "criteria", "exampleCriteria"]).map { "topic '\(name)', level \(level): '\($0)'" }
                levels[level, default: []] += (entry["criteria"]?.items ?? []).compactMap(\.text).map { "- " + ImportedLadder.oneLine($0) }
                levels[level, default: []] += (entry["exampleCriteria"]?.items ?? []).compactMap { example -> String? in
                    // A bare criterion, or one with its examples (a list, or one as text).
                    if let criterion = example.text { return "- " + ImportedLadder.oneLine(criterion) }
                    guard let example = example.pairs, let criterion = example["criteria"]?.text else { return nil }
                    notCarried += Self.unknownKeys(example, known: ["criteria", "examples"]).map { "topic '\(name)', level \(level), example criterion: '\($0)'" }
                    let listed = example["examples"].map { $0.items ?? [$0] } ?? []
                    // The examples nested under their criterion, as the sites show them.
                    let examples = listed.compactMap(\.text).map { "\n  - " + ImportedLadder.oneLine($0) }
                    return "- " + ImportedLadder.oneLine(criterion) + examples.joined()
                }
            }
            parsed.append((name, topic["description"]?.text ?? "", levels))
        }
        let highest = root["levels"]?.number ?? parsed.flatMap(\.levels.keys).max() ?? 0
        self.init(title: root["title"]?.text, source: source + " (YAML front matter)", areas: parsed.map { topic in
            Area(group: nil, name: topic.name, levels: (1...max(1, highest)).map { level in
                guard let criteria = topic.levels[level], !criteria.isEmpty else { return ImportedLadder.noExpectation }
                return "Level \(level)\n" + criteria.joined(separator: "\n")
            }, current: 0, description: topic.description)
        })
        introduction = Self.body(after: range, in: bytes, title: title)
        self.notCarried = notCarried.map { "\($0) is not carried over" }
    }

    /// The markdown after the front matter's closing fence, trimmed of blank lines, and
    /// without a first heading that repeats the title (a page's own heading).
    private static func body(after range: Range<Int>, in bytes: [UInt8], title: String?) -> String {
        var start = range.upperBound
        // Past the closing `---` line.
        while start < bytes.count, bytes[start] != 0x0A { start += 1 }
        let text = String(decoding: bytes[min(start + 1, bytes.count)...], as: UTF8.self).replacing("\r\n", with: "\n")
        var lines = ImportedLadder.trimmedLines(text).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let first = lines.first, let heading = first.firstMatch(of: /^#{1,6}[ \t]+(.*?)[ \t#]*$/),
           let title, heading.output.1.lowercased() == title.lowercased() {
            lines = Array(lines.dropFirst())
        }
        return ImportedLadder.trimmedLines(lines.joined(separator: "\n"))
    }

    /// Keys with a value that this reader doesn't take, in order; an empty value says nothing.
    private static func unknownKeys(_ mapping: [String: YAMLValue], known: Set<String>) -> [String] {
        mapping.compactMap { key, value in
            guard !known.contains(key), value != .null, value != .scalar("") else { return nil }
            return key
        }.sorted()
    }

    /// `data-quality` as a person writes it: `Data quality`.
    private static func humanized(_ name: String) -> String {
        let words = name.replacing("-", with: " ").replacing("_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
