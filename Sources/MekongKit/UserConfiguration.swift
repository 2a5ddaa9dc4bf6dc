import Foundation

/// The user's own settings, from `$XDG_CONFIG_HOME/mekong/config.json` (by default
/// `~/.config/mekong/config.json`): never from a file that comes with a store or an article folder.
///
/// ```json
/// {"trusted_store_folders": ["/home/me/graphs"]}
/// ```
///
/// | Field | Meaning |
/// |---|---|
/// | `trust_store_plugins` | `true` loads the `rules/` and `plugins/` folders beside every store, as `--trust-store-plugins` does. |
/// | `trusted_store_folders` | Folders (absolute paths) whose `rules/` and `plugins/` are loaded for a store inside them. |
///
/// A missing file means the defaults: nothing beside a store is loaded.
public struct UserConfiguration: Sendable, Equatable {
    /// Whether the folders beside every store are trusted.
    public var trustsStorePlugins: Bool
    /// Folders whose stores' `rules/` and `plugins/` are trusted, as canonical paths.
    public var trustedStoreFolders: [String]

    /// The fields a configuration file may have.
    public static let fields = ["trust_store_plugins", "trusted_store_folders"]

    /// Settings with nothing trusted.
    public init(trustsStorePlugins: Bool = false, trustedStoreFolders: [String] = []) {
        self.trustsStorePlugins = trustsStorePlugins
        self.trustedStoreFolders = trustedStoreFolders.map(Self.canonical)
    }

    /// Where the user's configuration file is, from `environment` (`XDG_CONFIG_HOME`, else `HOME`); nil when
    /// neither is set.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let base = environment["XDG_CONFIG_HOME"], base.hasPrefix("/") {
            return base + "/mekong/config.json"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.config/mekong/config.json"
    }

    /// Reads the configuration at `path`; a missing file gives the defaults.
    /// - Throws: ``PluginSourceError/invalidConfiguration(path:reason:)`` when the file exists but is not
    ///   a configuration.
    public static func load(path: String?) throws(PluginSourceError) -> UserConfiguration {
        guard let path, FileManager.default.fileExists(atPath: path) else { return UserConfiguration() }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw .invalidConfiguration(path: path, reason: "it is not readable JSON (\(error.localizedDescription))")
        }
        guard let fields = object as? [String: Any] else {
            throw .invalidConfiguration(path: path, reason: "the top level is not an object")
        }
        for name in fields.keys.sorted() where !Self.fields.contains(name) {
            throw .invalidConfiguration(
                path: path, reason: "\"\(name)\" is not a setting; the settings are \(Self.fields.joined(separator: ", "))")
        }
        var configuration = UserConfiguration()
        if let value = fields["trust_store_plugins"] {
            guard let flag = value as? Bool else {
                throw .invalidConfiguration(path: path, reason: "\"trust_store_plugins\" must be true or false")
            }
            configuration.trustsStorePlugins = flag
        }
        if let value = fields["trusted_store_folders"] {
            guard let folders = value as? [String], folders.allSatisfy({ $0.hasPrefix("/") }) else {
                throw .invalidConfiguration(
                    path: path, reason: "\"trusted_store_folders\" must be a list of absolute paths")
            }
            configuration.trustedStoreFolders = folders.map(Self.canonical)
        }
        return configuration
    }

    /// Whether the `rules/` and `plugins/` folders beside a store in `storeFolder` are trusted.
    public func trusts(storeFolder: String) -> Bool {
        if trustsStorePlugins { return true }
        let folder = Self.canonical(storeFolder)
        return trustedStoreFolders.contains { folder == $0 || folder.hasPrefix($0 == "/" ? "/" : $0 + "/") }
    }

    /// The path with symbolic links resolved, so that a trusted folder is the same however it is typed.
    static func canonical(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        guard let resolved = realpath(absolute, nil) else { return absolute }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
