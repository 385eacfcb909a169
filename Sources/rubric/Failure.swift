import ArgumentParser
import RubricCore
import RubricGit
import RubricStore

#if canImport(Glibc)
import Glibc
#endif

/// Exit codes, as `diff` and `grep` use them: 1 means "found something" (`check`'s findings),
/// 2 means the request or the input can't be used (usage errors included).
enum ExitStatus {
    static let findings: Int32 = 1
    static let unusableInput: Int32 = 2
}

/// The one style of every error line: `rubric: ` and the problem, with nothing after it.
enum UsageText {
    static func errorLine(_ problem: String) -> String {
        var text = Substring(problem)
        while text.last == "\n" || text.last == "." { text = text.dropLast() }
        return "rubric: \(text)"
    }
}

/// Prints one line naming the file and the problem, then exits with `code`.
func fail(_ path: String, _ problem: CustomStringConvertible, code: Int32 = ExitStatus.unusableInput) -> ExitCode {
    printError(UsageText.errorLine("\(SafeText.sanitized(path)): \(problem)"))
    return ExitCode(code)
}

func printError(_ line: String) {
    let bytes = Array((line + "\n").utf8)
    bytes.withUnsafeBytes { _ = write(STDERR_FILENO, $0.baseAddress, $0.count) }
}

/// Loads and parses a rubric file for the commands that need one to exist.
func loadRubric(_ path: String) throws -> (LoadedFile, Rubric) {
    let file: LoadedFile
    do { file = try LoadedFile.read(path) } catch { throw fail(path, error) }
    return (file, try parseRubric(file.bytes, from: path))
}

/// Parses a rubric read from `path` (a file, or a revision as typed), failing with the line
/// every command and the editor give.
func parseRubric(_ bytes: [UInt8], from path: String) throws -> Rubric {
    do {
        return try Rubric(bytes: bytes)
    } catch {
        throw fail(path, rubricProblem(error, bytes: bytes, path: path))
    }
}

/// Why bytes read from `path` are no rubric, in the words every command says it in.
func rubricProblem(_ error: RubricError, bytes: [UInt8], path: String) -> String {
    switch error {
    case .noAreas where OpenCommand.isBlank(bytes):
        "is empty (no areas); 'rubric init' or the editor starts it from the built-in framework"
    case .noAreas(let found) where found.hasYAMLLadder:
        RubricError.yamlLadder(convertedBy: "rubric import \(SafeText.sanitized(path)) -o NEW.md")
    default:
        error.description
    }
}

/// Loads and parses a rubric from a file or a git revision (`REV:PATH`).
func loadRubric(from source: RubricSource) throws -> Rubric {
    guard case .revision(let spec) = source else { return try loadRubric(source.name).1 }
    let bytes: [UInt8]
    do { bytes = try source.read() } catch { throw fail(spec, error) }
    return try parseRubric(bytes, from: spec)
}
