import RubricCore
import Yams

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
    /// each with `content` entries of a `level` and its `criteria`. Every topic gets the
    /// levels from 1 to the framework's highest (its `levels` key, else the highest level
    /// any topic has); a level a topic skips says there is no expectation there.
    public init(frontMatter bytes: [UInt8], source: String) throws(FrontMatterError) {
        guard let range = FrontMatter.range(in: bytes) else { throw .noTopics }
        let document: Any?
        do {
            document = try Yams.load(yaml: String(decoding: bytes[range], as: UTF8.self))
        } catch {
            throw .notYAML(String(describing: error).split(separator: "\n").first.map(String.init) ?? "unreadable")
        }
        guard let root = document as? [String: Any], let topics = root["topics"] as? [Any] else { throw .noTopics }
        var parsed: [(name: String, levels: [Int: [String]])] = []
        for (index, item) in topics.enumerated() {
            guard let topic = item as? [String: Any] else { throw .badTopic(index, "is not a mapping") }
            let name = Self.text(topic["title"]) ?? Self.text(topic["name"]).map(Self.humanized) ?? "Topic \(index + 1)"
            var levels: [Int: [String]] = [:]
            for entry in topic["content"] as? [Any] ?? [] {
                guard let entry = entry as? [String: Any], let level = Self.number(entry["level"]), level >= 1 else {
                    throw .badTopic(index, "has a content entry without a level number")
                }
                levels[level, default: []] += (entry["criteria"] as? [Any] ?? []).compactMap(Self.text)
            }
            parsed.append((name, levels))
        }
        let highest = Self.number(root["levels"]) ?? parsed.flatMap(\.levels.keys).max() ?? 0
        self.init(title: Self.text(root["title"]), source: source + " (YAML front matter)", areas: parsed.map { topic in
            Area(group: nil, name: topic.name, levels: (1...max(1, highest)).map { level in
                guard let criteria = topic.levels[level], !criteria.isEmpty else { return ImportedLadder.noExpectation }
                return "Level \(level)\n" + criteria.map { "- " + ImportedLadder.oneLine($0) }.joined(separator: "\n")
            }, current: 0)
        })
    }

    private static func text(_ value: Any?) -> String? {
        switch value {
        case let string as String where !string.isEmpty: string
        case let number as Int: String(number)
        default: nil
        }
    }

    private static func number(_ value: Any?) -> Int? {
        switch value {
        case let number as Int: number
        case let string as String: Int(string)
        default: nil
        }
    }

    /// `data-quality` as a person writes it: `Data quality`.
    private static func humanized(_ name: String) -> String {
        let words = name.replacing("-", with: " ").replacing("_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
