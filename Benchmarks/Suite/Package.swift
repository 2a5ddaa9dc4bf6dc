// swift-tools-version: 6.2
import PackageDescription

/// Mekong's benchmarks on package-benchmark (ordo-one/benchmark), in a package of their own so that the main
/// package builds without them: `make benchmark` (or `swift package --package-path Benchmarks/Suite benchmark`).
/// docs/benchmarks.md says what each one measures.
let package = Package(
    name: "MekongBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Mekong", path: "../.."),
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "MekongBenchmarks",
            dependencies: [
                .product(name: "MekongKit", package: "Mekong"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/MekongBenchmarks",
            swiftSettings: [.treatAllWarnings(as: .error)],
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
    ]
)
