// swift-tools-version:6.1
// The benchmark suite, a package of its own so that building and testing rubric never
// compiles the benchmark framework. Run from this folder: swift package benchmark
import PackageDescription

let package = Package(
    name: "rubric-benchmarks",
    dependencies: [
        .package(name: "rubric", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "RubricBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "RubricCore", package: "rubric"),
                .product(name: "RubricUI", package: "rubric"),
            ],
            path: "Benchmarks/RubricBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
