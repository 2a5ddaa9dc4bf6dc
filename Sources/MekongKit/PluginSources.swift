import Foundation

/// Where the extractors of one run come from, besides the built-in ones.
///
/// - `rulePacks`: YAML rule packs, files or folders of `*.yaml`/`*.yml` (`--rules`).
/// - `plugins`: `*.so` shared libraries (dynamic plugins) or `*.json` manifests of external process
///   plugins (`--plugin`).
/// - `storePath` and `trustsStoreFolders`: the folders `rules/` and `plugins/` beside the store file are
///   read only when the user trusts them (`--trust-store-plugins`, or their own configuration file,
///   ``UserConfiguration``). Otherwise they are reported as ignored, never loaded: a folder someone else
///   made must not run code because a command was started in it.
public struct PluginSources: Sendable {
    /// Rule pack files or folders of `*.yaml`/`*.yml` (`--rules`).
    public var rulePacks: [String]
    /// Shared libraries (dynamic plugins) or `*.json` manifests of external process plugins (`--plugin`).
    public var plugins: [String]
    /// The store file whose sibling folders `rules/` and `plugins/` are looked at; nil to look at none.
    public var storePath: String?
    /// Whether the folders beside the store are loaded; when false they are only reported as ignored.
    public var trustsStoreFolders: Bool
    /// Only these extractor ids, when not empty.
    public var enabled: [String]
    /// Never these extractor ids. An entry may also name a shared library (its path, file name, or file
    /// name without extension), which is then never opened.
    public var disabled: [String]
    /// Whether an external plugin's manifest may name its command by an absolute path
    /// (`--allow-absolute-plugin-command`).
    public var allowsAbsolutePluginCommands: Bool
    /// A name-tagger model to use instead of the bundled one (`--name-model`), or nil.
    public var nameTaggerModel: String?

    /// Plugin sources; by default none besides the built-in extractors, all of which are enabled.
    public init(
        rulePacks: [String] = [], plugins: [String] = [], storePath: String? = nil, trustsStoreFolders: Bool = false,
        enabled: [String] = [], disabled: [String] = [], allowsAbsolutePluginCommands: Bool = false,
        nameTaggerModel: String? = nil
    ) {
        self.rulePacks = rulePacks
        self.plugins = plugins
        self.storePath = storePath
        self.trustsStoreFolders = trustsStoreFolders
        self.enabled = enabled
        self.disabled = disabled
        self.allowsAbsolutePluginCommands = allowsAbsolutePluginCommands
        self.nameTaggerModel = nameTaggerModel
    }

    /// Whether a file in a plugins folder is a plugin: a shared library (`.so`, `.so.1`, `.dylib`) or a
    /// manifest (`.json`), in any letter case.
    static func isPluginFile(_ name: String) -> Bool {
        let lowercased = name.lowercased()
        return lowercased.hasSuffix(".so") || lowercased.contains(".so.") || lowercased.hasSuffix(".dylib")
            || lowercased.hasSuffix(".json")
    }

    /// The folder that holds the store file (`.` for a bare file name); nil without a store.
    public var storeFolder: String? {
        guard let storePath else { return nil }
        let folder = (storePath as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    /// The `rules/` and `plugins/` folders beside the store that exist, trusted or not.
    public var storeFolders: [String] {
        guard let base = storeFolder else { return [] }
        return ["rules", "plugins"].map { (base as NSString).appendingPathComponent($0) }.filter {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: $0, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }

    /// The rule packs and plugins named explicitly, plus those in the folders beside the store when they
    /// are trusted.
    func expanded() -> (rulePacks: [String], plugins: [String]) {
        var rules = rulePacks
        var plugins = plugins
        if trustsStoreFolders, let base = storeFolder {
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

    /// Whether `--disable` names the shared library at `path`: its path as given, its file name, or its
    /// file name without the extension (`libacme.so` → `libacme`).
    func disablesLibrary(at path: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        let stem = name.components(separatedBy: ".").first ?? name
        return disabled.contains { $0 == path || $0 == name || $0 == stem }
    }
}
