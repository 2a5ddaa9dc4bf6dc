import Foundation

/// Writes a new Swift extractor plugin into a Mekong checkout: `Plugins/NAME/NAME.swift`, a test, the
/// targets in `Package.swift` and the registration in `BuiltInExtractors.swift` (at their
/// `// mekong:plugin-…` marker lines), so that the package builds and its tests pass right away.
public struct PluginScaffolder: Sendable {
    /// The checkout's root (where `Package.swift` is).
    public var root: String

    /// What the scaffolder wrote, relative to the root.
    public struct Result: Sendable, Equatable {
        /// The files written anew: the plugin's source and its test.
        public var created: [String]
        /// The files changed: `Package.swift` and `BuiltInExtractors.swift`.
        public var edited: [String]
    }

    /// A scaffolder for the checkout at `root`; nothing is read or written until ``scaffold(name:id:)``.
    public init(root: String) { self.root = root }

    static let packageFile = "Package.swift"
    static let registrationFile = "Sources/MekongKit/BuiltInExtractors.swift"

    /// Scaffolds the plugin `name` with extractor id `id` (default: the name as dotted lower case).
    /// - Throws: ``ScaffoldError`` for a bad name or id, an existing plugin, or a checkout without markers.
    public func scaffold(name: String, id: String? = nil) throws -> Result {
        guard Self.isTypeName(name) else { throw ScaffoldError.badName(name) }
        let extractorID = id ?? Self.defaultID(for: name)
        guard Self.isExtractorID(extractorID) else { throw ScaffoldError.badID(extractorID) }
        let manager = FileManager.default
        let package = path(Self.packageFile)
        let registration = path(Self.registrationFile)
        guard manager.fileExists(atPath: package), manager.fileExists(atPath: registration) else {
            throw ScaffoldError.notACheckout(root: root)
        }
        let pluginDirectory = "Plugins/\(name)"
        let testDirectory = "Tests/\(name)Tests"
        for directory in [pluginDirectory, testDirectory] where manager.fileExists(atPath: path(directory)) {
            throw ScaffoldError.exists(directory)
        }
        var manifest = try String(contentsOfFile: package, encoding: .utf8)
        var registry = try String(contentsOfFile: registration, encoding: .utf8)
        // A target or module of that name, or an extractor of that id, would break the build or the registry.
        let reserved: Set<String> = ["Foundation", "Testing", "XCTest", "Dispatch", "Glibc", "Swift", "GRDB", "Yams", "ArgumentParser"]
        if reserved.contains(name) || manifest.contains("name: \"\(name)\"") || manifest.contains("name: \"\(name)Tests\"") {
            throw ScaffoldError.nameTaken(name)
        }
        if BuiltInExtractors.registry().extractors.contains(where: { $0.descriptor.id == extractorID }) {
            throw ScaffoldError.idTaken(extractorID)
        }
        manifest = try Self.insert(
            "        .target(name: \"\(name)\", dependencies: [\"MekongPluginAPI\"], path: \"\(pluginDirectory)\", swiftSettings: strict),\n",
            before: "// mekong:plugin-targets", in: manifest, file: Self.packageFile)
        manifest = try Self.insert(
            "                \"\(name)\",\n", before: "// mekong:plugin-dependencies", in: manifest, file: Self.packageFile)
        manifest = try Self.insert(
            "        .testTarget(name: \"\(name)Tests\", dependencies: [\"\(name)\", \"MekongPluginAPI\"], path: \"\(testDirectory)\", swiftSettings: strict),\n",
            before: "// mekong:plugin-tests", in: manifest, file: Self.packageFile)
        registry = try Self.insert("import \(name)\n", before: "// mekong:plugin-imports", in: registry, file: Self.registrationFile)
        registry = try Self.insert(
            "        try registry.register(\(name)())\n", before: "// mekong:plugin-registrations", in: registry,
            file: Self.registrationFile)

        try manager.createDirectory(atPath: path(pluginDirectory), withIntermediateDirectories: true)
        try manager.createDirectory(atPath: path(testDirectory), withIntermediateDirectories: true)
        let source = "\(pluginDirectory)/\(name).swift"
        let test = "\(testDirectory)/\(name)Tests.swift"
        try PluginTemplate.extractor(name: name, id: extractorID).write(toFile: path(source), atomically: true, encoding: .utf8)
        try PluginTemplate.test(name: name, id: extractorID).write(toFile: path(test), atomically: true, encoding: .utf8)
        try manifest.write(toFile: package, atomically: true, encoding: .utf8)
        try registry.write(toFile: registration, atomically: true, encoding: .utf8)
        return Result(created: [source, test], edited: [Self.packageFile, Self.registrationFile])
    }

    private func path(_ relative: String) -> String { (root as NSString).appendingPathComponent(relative) }

    /// Inserts `text` as whole lines before the line holding `marker`.
    static func insert(_ text: String, before marker: String, in content: String, file: String) throws -> String {
        guard let markerRange = content.range(of: marker) else { throw ScaffoldError.missingMarker(file: file, marker: marker) }
        let lineStart = content[..<markerRange.lowerBound].lastIndex(of: "\n").map { content.index(after: $0) }
            ?? content.startIndex
        var result = content
        result.insert(contentsOf: text, at: lineStart)
        return result
    }

    static func isTypeName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("A"..."Z").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
    }

    static func isExtractorID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first),
            id.split(separator: ".", omittingEmptySubsequences: false).allSatisfy({ !$0.isEmpty })
        else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0) }
    }

    /// "AcmeProducts" → "acme.products".
    static func defaultID(for name: String) -> String {
        var words: [String] = []
        for character in name {
            if character.isUppercase || words.isEmpty { words.append(String(character).lowercased()) } else {
                words[words.count - 1].append(character)
            }
        }
        return words.joined(separator: ".")
    }
}
