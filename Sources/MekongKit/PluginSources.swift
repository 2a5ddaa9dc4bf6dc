import Foundation

/// Where the extractors of one run come from, besides the built-in ones.
///
/// - `rulePacks`: YAML rule packs, files or folders of `*.yaml`/`*.yml` (`--rules`).
/// - `plugins`: `*.so` shared libraries (dynamic plugins) or `*.json` manifests of external process
///   plugins (`--plugin`).
/// - `storePath`: when given, the folders `rules/` and `plugins/` beside the store file are read too, so
///   a store keeps its own extractors.
public struct PluginSources: Sendable {
    /// Rule pack files or folders of `*.yaml`/`*.yml` (`--rules`).
    public var rulePacks: [String]
    /// Shared libraries (dynamic plugins) or `*.json` manifests of external process plugins (`--plugin`).
    public var plugins: [String]
    /// The store file whose sibling folders `rules/` and `plugins/` are read too; nil to read none.
    public var storePath: String?
    /// Only these extractor ids, when not empty.
    public var enabled: [String]
    /// Never these extractor ids.
    public var disabled: [String]

    /// Plugin sources; by default none besides the built-in extractors, all of which are enabled.
    public init(
        rulePacks: [String] = [], plugins: [String] = [], storePath: String? = nil, enabled: [String] = [],
        disabled: [String] = []
    ) {
        self.rulePacks = rulePacks
        self.plugins = plugins
        self.storePath = storePath
        self.enabled = enabled
        self.disabled = disabled
    }

    /// Whether a file in a plugins folder is a plugin: a shared library (`.so`, `.so.1`, `.dylib`) or a
    /// manifest (`.json`), in any letter case.
    static func isPluginFile(_ name: String) -> Bool {
        let lowercased = name.lowercased()
        return lowercased.hasSuffix(".so") || lowercased.contains(".so.") || lowercased.hasSuffix(".dylib")
            || lowercased.hasSuffix(".json")
    }

    /// The rule packs and plugins named explicitly, plus those in the folders beside the store.
    func expanded() -> (rulePacks: [String], plugins: [String]) {
        var rules = rulePacks
        var plugins = plugins
        if let storePath {
            let folder = (storePath as NSString).deletingLastPathComponent
            let base = folder.isEmpty ? "." : folder
            let rulesFolder = (base as NSString).appendingPathComponent("rules")
            let pluginsFolder = (base as NSString).appendingPathComponent("plugins")
            if FileManager.default.fileExists(atPath: rulesFolder) { rules.append(rulesFolder) }
            let files = (try? FileManager.default.contentsOfDirectory(atPath: pluginsFolder)) ?? []
            for file in files.sorted() where Self.isPluginFile(file) {
                plugins.append((pluginsFolder as NSString).appendingPathComponent(file))
            }
        }
        return (rules, plugins)
    }
}
