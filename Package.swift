// swift-tools-version: 6.1
import PackageDescription

/// Settings every target shares: Swift 6 language mode is the package default; warnings are errors in CI
/// through `make test` (`-Xswiftc -warnings-as-errors`), so they are not repeated here.
let package = Package(
    name: "Mekong",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "mekong", targets: ["mekong"]),
        .library(name: "MekongKit", targets: ["MekongKit"]),
        .library(name: "MekongPluginAPI", targets: ["MekongPluginAPI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        // The graph model: articles, entities, relations, evidence, names and queries. No I/O.
        .target(name: "MekongCore", path: "Sources/MekongCore"),
        // What an extractor plugin sees and returns, the registry and the pipeline.
        .target(name: "MekongPluginAPI", dependencies: ["MekongCore"], path: "Sources/MekongPluginAPI"),
        // Reading articles: formats, metadata, normalization, paragraphs, sentences, tokens.
        .target(name: "MekongIngest", dependencies: ["MekongPluginAPI"], path: "Sources/MekongIngest"),
        // The persistent store on SQLite.
        .target(
            name: "MekongStore",
            dependencies: ["MekongCore", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Sources/MekongStore"),
        // The Graphviz C library (libgvc), with a small shim for version differences.
        .systemLibrary(
            name: "CGraphviz", path: "Sources/CGraphviz", pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]),
        // The only module that calls Graphviz.
        .target(name: "MekongRender", dependencies: ["MekongCore", "CGraphviz"], path: "Sources/MekongRender"),

        // Built-in extractor plugins: each depends on the plugin API only (plus the shared lexicon).
        .target(name: "VietnameseLexicon", dependencies: ["MekongPluginAPI"], path: "Plugins/VietnameseLexicon",
                resources: [.copy("Resources")]),
        .target(name: "VietnameseDocuments", dependencies: ["MekongPluginAPI", "VietnameseLexicon"], path: "Plugins/VietnameseDocuments"),
        .target(name: "VietnamesePlaces", dependencies: ["MekongPluginAPI", "VietnameseLexicon"], path: "Plugins/VietnamesePlaces"),
        .target(name: "VietnameseOrganizations", dependencies: ["MekongPluginAPI", "VietnameseLexicon"], path: "Plugins/VietnameseOrganizations"),
        .target(name: "VietnameseOfficials", dependencies: ["MekongPluginAPI", "VietnameseLexicon"], path: "Plugins/VietnameseOfficials"),
        .target(name: "VietnameseRelations", dependencies: ["MekongPluginAPI", "VietnameseLexicon"], path: "Plugins/VietnameseRelations"),

        // The library behind the CLI: ingest → pipeline → resolution → store, evaluation, rendering.
        .target(
            name: "MekongKit",
            dependencies: [
                "MekongCore", "MekongPluginAPI", "MekongIngest", "MekongStore", "MekongRender",
                "VietnameseDocuments", "VietnamesePlaces", "VietnameseOrganizations", "VietnameseOfficials",
                "VietnameseRelations",
            ],
            path: "Sources/MekongKit"),
        .executableTarget(
            name: "mekong",
            dependencies: ["MekongKit", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Sources/mekong"),

        .testTarget(name: "MekongCoreTests", dependencies: ["MekongCore"], path: "Tests/MekongCoreTests"),
        .testTarget(name: "MekongPluginAPITests", dependencies: ["MekongPluginAPI"], path: "Tests/MekongPluginAPITests"),
        .testTarget(name: "MekongIngestTests", dependencies: ["MekongIngest"], path: "Tests/MekongIngestTests",
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "MekongStoreTests", dependencies: ["MekongStore"], path: "Tests/MekongStoreTests"),
        .testTarget(name: "MekongRenderTests", dependencies: ["MekongRender"], path: "Tests/MekongRenderTests"),
        .testTarget(name: "VietnameseExtractorTests",
                    dependencies: ["VietnameseDocuments", "VietnamesePlaces", "VietnameseOrganizations",
                                   "VietnameseOfficials", "VietnameseRelations", "MekongIngest"],
                    path: "Tests/VietnameseExtractorTests"),
        .testTarget(name: "MekongKitTests", dependencies: ["MekongKit"], path: "Tests/MekongKitTests",
                    resources: [.copy("Fixtures")]),
    ]
)
