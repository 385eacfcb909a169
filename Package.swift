// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "rubric",
    products: [
        .executable(name: "rubric", targets: ["rubric"]),
        .library(name: "RubricCore", targets: ["RubricCore"]),
        .library(name: "RubricUI", targets: ["RubricUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
    ],
    targets: [
        // The lossless rubric model: parsing, scoring, marking. Standard library only.
        .target(name: "RubricCore", dependencies: ["ShippedFramework"]),
        // The built-in framework's markdown, compiled in at build time.
        .target(name: "ShippedFramework", exclude: ["default.md"], plugins: ["EmbedFiles"]),
        // Reading and safely writing a person's file (POSIX calls, no terminal).
        .target(name: "RubricStore", dependencies: ["RubricCore"]),
        // How things look on a terminal: themes and their roles, colour depths, the glyph sets,
        // and text measured and wrapped in cells. Shared by the renderer, the themes and the reports.
        .target(name: "RubricStyle"),
        // git through its command line: one runner, one error type; a file's history, revisions.
        .target(name: "RubricGit", dependencies: ["RubricCore", "RubricStore"]),
        // The pure view model and the renderer that draws it into a cell grid.
        .target(name: "RubricUI", dependencies: ["RubricCore", "RubricStyle"]),
        // The reports of score, compare and history: text in columns, JSON, CSV, markdown.
        .target(name: "RubricReports", dependencies: ["RubricCore", "RubricStyle"]),
        // Pictures of an assessment (SVG), for pull requests and reviews.
        .target(name: "RubricChart", dependencies: ["RubricCore", "RubricReports"]),
        // Converting a ladder to the lists layout: from any layout, and from YAML front matter.
        .target(name: "RubricImport", dependencies: ["RubricCore", "CLibYAML"]),
        // The editor's loop behind a terminal protocol: events, effects, background work.
        .target(name: "RubricRuntime", dependencies: ["RubricUI", "RubricCore", "RubricStore", "RubricGit"]),
        // libyaml, for the YAML front matter that `rubric import` reads.
        .systemLibrary(name: "CLibYAML", providers: [.apt(["libyaml-dev"])]),
        // ncursesw, for the terminal.
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // docs/format.md, compiled in for `rubric help format`: an installed binary has no docs folder.
        .target(name: "ShippedDocs", plugins: ["EmbedFiles"]),
        // The theme files of themes/, compiled in at build time.
        .target(name: "ShippedThemes", plugins: ["EmbedFiles"]),
        .executableTarget(name: "file-embedder"),
        .plugin(name: "EmbedFiles", capability: .buildTool(), dependencies: ["file-embedder"]),
        // Finding and resolving themes: the user's folder, then the shipped ones.
        .target(name: "RubricThemes", dependencies: ["RubricStyle", "RubricStore", "ShippedThemes"]),
        // The only code that calls ncurses: copies grids to the screen, reads keys.
        .target(name: "RubricTerminal", dependencies: ["CNcursesw", "RubricRuntime", "RubricUI", "RubricStyle", "RubricCore", "RubricStore"]),
        // The command line: thin wiring of the above.
        .executableTarget(
            name: "rubric",
            dependencies: [
                "RubricCore", "RubricStore", "RubricGit", "RubricStyle", "RubricReports", "RubricUI", "RubricTerminal", "RubricThemes", "RubricImport", "RubricChart", "ShippedDocs",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "RubricCoreTests",
            dependencies: [
                "RubricCore",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            // The example rubrics every test target reads, and Fuzz/run's seed corpus.
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "RubricReportsTests", dependencies: ["RubricReports", "RubricCore"]),
        .testTarget(name: "RubricThemesTests", dependencies: ["RubricThemes", "RubricStyle"]),
        .testTarget(name: "RubricStoreTests", dependencies: ["RubricStore", "RubricCore"]),
        .testTarget(name: "RubricGitTests", dependencies: ["RubricGit", "RubricStore", "RubricCore"]),
        .testTarget(name: "RubricUITests", dependencies: ["RubricUI", "RubricStyle", "RubricCore"]),
        .testTarget(name: "RubricRuntimeTests", dependencies: ["RubricRuntime", "RubricUI", "RubricStyle", "RubricCore"]),
        .testTarget(name: "RubricChartTests", dependencies: ["RubricChart", "RubricCore"]),
        .testTarget(name: "RubricImportTests", dependencies: ["RubricImport", "RubricCore", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "RubricEndToEndTests", dependencies: ["RubricCore"], exclude: ["Expected"]),
    ],
    swiftLanguageModes: [.v6]
)
