// swift-tools-version: 6.2
import PackageDescription

/// Every target of ours: Swift 6 language mode (the package default) and warnings treated as errors.
/// Dependencies keep their own settings.
let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]
let package = Package(
    name: "Mekong",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "mekong", targets: ["mekong"]),
        .library(name: "MekongKit", targets: ["MekongKit"]),
        .library(name: "MekongPluginAPI", targets: ["MekongPluginAPI"]),
        // What a plugin compiled as a shared library links to export its extractor (Plugins/README.md).
        .library(name: "MekongPluginExport", targets: ["MekongPluginExport"]),
        // A worked example of a plugin loaded at run time: `swift build --product ExampleDynamicPlugin`.
        .library(name: "ExampleDynamicPlugin", type: .dynamic, targets: ["ExampleDynamicPlugin"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        // `mekong serve`: the read-only web app (MekongServe).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // The serve tests hand requests to the router in process (NIOEmbedded's test channel), so they need no
        // HTTP client: HummingbirdTesting would build async-http-client, swift-nio-ssl and BoringSSL in every CI run.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // The PostgreSQL store (MekongPostgres): a team's shared graph, filled by many ingest workers at once.
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
    ],
    targets: [
        // The graph model: articles, entities, relations, evidence, names and queries. No I/O.
        .target(name: "MekongCore", path: "Sources/MekongCore", swiftSettings: strict),
        // What an extractor plugin sees and returns, the registry and the pipeline.
        .target(name: "MekongPluginAPI", dependencies: ["MekongCore"], path: "Sources/MekongPluginAPI", swiftSettings: strict),
        // Reading articles: formats, metadata, normalization, paragraphs, sentences, tokens.
        .target(name: "MekongIngest", dependencies: ["MekongPluginAPI"], path: "Sources/MekongIngest", swiftSettings: strict),
        // Declarative YAML rule packs: gazetteers and patterns, no code and no rebuild.
        .target(
            name: "MekongRules", dependencies: ["MekongPluginAPI", .product(name: "Yams", package: "Yams")],
            path: "Sources/MekongRules", swiftSettings: strict),
        // External process plugins in any language, over JSON Lines on stdin/stdout.
        .target(name: "MekongExternal", dependencies: ["MekongPluginAPI"], path: "Sources/MekongExternal", swiftSettings: strict),
        // The C ABI of dynamic-library plugins, the loader, and the helper plugin authors export through.
        .target(name: "CMekongPlugin", path: "Sources/CMekongPlugin"),
        .target(
            name: "MekongDynamic", dependencies: ["MekongPluginAPI", "CMekongPlugin"], path: "Sources/MekongDynamic",
            swiftSettings: strict),
        .target(
            name: "MekongPluginExport", dependencies: ["MekongPluginAPI", "CMekongPlugin"],
            path: "Sources/MekongPluginExport", swiftSettings: strict),
        // The persistent store on SQLite.
        .target(
            name: "MekongStore",
            dependencies: ["MekongCore", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Sources/MekongStore", swiftSettings: strict),
        // The store on PostgreSQL: the same graph for a team, many ingest workers at once (docs/postgres.md).
        .target(
            name: "MekongPostgres",
            dependencies: [
                "MekongCore", "MekongStore", .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Sources/MekongPostgres", swiftSettings: strict),
        // The Graphviz C library (libgvc), with a small shim for version differences.
        .systemLibrary(
            name: "CGraphviz", path: "Sources/CGraphviz", pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]),
        // The only module that calls Graphviz.
        .target(name: "MekongRender", dependencies: ["MekongCore", "CGraphviz"], path: "Sources/MekongRender", swiftSettings: strict),

        // Built-in extractor plugins: each depends on the plugin API only (plus the shared lexicon).
        .target(name: "VietnameseLexicon", dependencies: ["MekongPluginAPI"], path: "Plugins/VietnameseLexicon",
                exclude: ["Tools"], resources: [.copy("Resources")], swiftSettings: strict),
        .target(name: "VietnameseDocuments", dependencies: ["MekongPluginAPI", "VietnameseLexicon"], path: "Plugins/VietnameseDocuments", swiftSettings: strict),
        .target(name: "VietnamesePlaces", dependencies: ["MekongPluginAPI", "VietnameseLexicon"], path: "Plugins/VietnamesePlaces", swiftSettings: strict),
        .target(name: "VietnameseOrganizations", dependencies: ["MekongPluginAPI", "VietnameseLexicon"], path: "Plugins/VietnameseOrganizations", swiftSettings: strict),
        .target(name: "VietnameseOfficials", dependencies: ["MekongPluginAPI", "VietnameseLexicon"], path: "Plugins/VietnameseOfficials", swiftSettings: strict),
        // The statistical name tagger (a CRF trained on the gold files), vetted by the grammar: docs/name-tagger.md.
        .target(name: "VietnameseNames", dependencies: ["MekongPluginAPI", "VietnameseLexicon"], path: "Plugins/VietnameseNames",
                exclude: ["Tools"], resources: [.copy("Resources")], swiftSettings: strict),
        .target(
            name: "VietnameseRelations", dependencies: ["MekongPluginAPI", "VietnameseLexicon"], path: "Plugins/VietnameseRelations",
            exclude: ["Tools"], swiftSettings: strict),
        .target(name: "AcronymExtractor", dependencies: ["MekongPluginAPI"], path: "Plugins/AcronymExtractor", swiftSettings: strict),
        // mekong:plugin-targets — `mekong plugins new NAME` adds its target above this line.

        // Worked examples of plugins (Plugins/README.md).
        .target(name: "ExampleDynamicPlugin", dependencies: ["MekongPluginExport"], path: "Plugins/ExampleDynamicPlugin",
                swiftSettings: strict),

        // The library behind the CLI: ingest → pipeline → resolution → store, evaluation, rendering.
        .target(
            name: "MekongKit",
            dependencies: [
                "MekongCore", "MekongPluginAPI", "MekongIngest", "MekongStore", "MekongPostgres", "MekongRender",
                "VietnameseDocuments", "VietnamesePlaces", "VietnameseOrganizations", "VietnameseOfficials",
                "VietnameseRelations", "VietnameseNames", "MekongRules", "MekongExternal", "MekongDynamic",
                "AcronymExtractor", .product(name: "Yams", package: "Yams"),
                // mekong:plugin-dependencies — `mekong plugins new NAME` adds its name above this line.
            ],
            path: "Sources/MekongKit", swiftSettings: strict),
        // The read-only web app of `mekong serve`: HTML pages, the ego diagram as inline SVG, a JSON API.
        .target(
            name: "MekongServe",
            dependencies: ["MekongKit", .product(name: "Hummingbird", package: "hummingbird")],
            path: "Sources/MekongServe", swiftSettings: strict),
        .executableTarget(
            name: "mekong",
            dependencies: [
                "MekongKit", "MekongServe", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/mekong", swiftSettings: strict),

        // The query benchmark (docs/benchmarks.md, `make bench-queries`): synthetic stores, one timed query per run.
        .executableTarget(
            name: "mekong-bench",
            dependencies: [
                "MekongStore", .product(name: "ArgumentParser", package: "swift-argument-parser"),
                // generate-graph writes the tables a pattern query reads directly (GraphOnlyWriter).
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Benchmarks/QueryBench", swiftSettings: strict),

        .testTarget(name: "MekongCoreTests", dependencies: ["MekongCore"], path: "Tests/MekongCoreTests", swiftSettings: strict),
        .testTarget(name: "MekongPluginAPITests", dependencies: ["MekongPluginAPI"], path: "Tests/MekongPluginAPITests", swiftSettings: strict),
        .testTarget(name: "MekongIngestTests", dependencies: ["MekongIngest"], path: "Tests/MekongIngestTests",
                    resources: [.copy("Fixtures")], swiftSettings: strict),
        .testTarget(name: "MekongStoreTests", dependencies: ["MekongStore"], path: "Tests/MekongStoreTests", swiftSettings: strict),
        // Golden/ holds expected DOT files, read from the source tree so that the record mode can rewrite them.
        .testTarget(name: "MekongRenderTests", dependencies: ["MekongRender"], path: "Tests/MekongRenderTests",
                    exclude: ["Golden"], swiftSettings: strict),
        .testTarget(name: "VietnameseExtractorTests",
                    dependencies: ["VietnameseDocuments", "VietnamesePlaces", "VietnameseOrganizations",
                                   "VietnameseOfficials", "VietnameseRelations", "VietnameseNames", "MekongIngest"],
                    path: "Tests/VietnameseExtractorTests", swiftSettings: strict),
        .testTarget(name: "MekongRulesTests", dependencies: ["MekongRules", "MekongIngest"], path: "Tests/MekongRulesTests",
                    resources: [.copy("Fixtures")], swiftSettings: strict),
        .testTarget(name: "MekongExternalTests", dependencies: ["MekongExternal", "MekongIngest"],
                    path: "Tests/MekongExternalTests", resources: [.copy("Fixtures")], swiftSettings: strict),
        .testTarget(name: "MekongDynamicTests", dependencies: ["MekongDynamic", "MekongIngest"],
                    path: "Tests/MekongDynamicTests", swiftSettings: strict),
        .testTarget(name: "AcronymExtractorTests", dependencies: ["AcronymExtractor", "MekongPluginAPI"], path: "Tests/AcronymExtractorTests", swiftSettings: strict),
        // mekong:plugin-tests — `mekong plugins new NAME` adds its test target above this line.
        .testTarget(
            name: "MekongServeTests",
            dependencies: [
                "MekongServe", "MekongKit", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/MekongServeTests", swiftSettings: strict),
        .testTarget(name: "MekongKitTests", dependencies: ["MekongKit"], path: "Tests/MekongKitTests",
                    resources: [.copy("Fixtures")], swiftSettings: strict),
    ]
)
