import Foundation
import PackagePlugin

/// Compiles the theme files in `themes/` into the binary, so an installed `rubric` run from
/// any folder has them, and editing a theme needs only a rebuild.
@main
struct EmbedThemes: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "themes")
        let themes = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "toml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "ShippedThemeSources.swift")
        return [.buildCommand(
            displayName: "Embedding \(themes.count) themes",
            executable: try context.tool(named: "theme-embedder").url,
            arguments: [output.path] + themes.map(\.path),
            inputFiles: themes,
            outputFiles: [output]
        )]
    }
}
