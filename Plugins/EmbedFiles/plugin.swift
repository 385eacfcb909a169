import Foundation
import PackagePlugin

/// Compiles data files into the binary, so an installed `rubric` run from any folder has
/// them, and editing one needs only a rebuild: the theme files of `themes/` into
/// ShippedThemes, the markdown files of `docs/` into ShippedDocs, and the markdown files
/// beside its sources into ShippedFramework.
@main
struct EmbedFiles: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let (folder, fileExtension) = switch target.name {
        case "ShippedThemes": (context.package.directoryURL.appending(path: "themes"), "toml")
        case "ShippedDocs": (context.package.directoryURL.appending(path: "docs"), "md")
        default: (context.package.directoryURL.appending(path: "Sources/\(target.name)"), "md")
        }
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == fileExtension }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "\(target.name)Sources.swift")
        return [.buildCommand(
            displayName: "Embedding \(files.count) files in \(target.name)",
            executable: try context.tool(named: "file-embedder").url,
            arguments: [output.path, target.name] + files.map(\.path),
            inputFiles: files,
            outputFiles: [output]
        )]
    }
}
