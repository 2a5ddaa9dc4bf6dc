import Foundation

/// A `--plugin` file Mekong cannot load, or a user configuration file it cannot read.
public enum PluginSourceError: LocalizedError, Sendable {
    /// The file's name ends neither in a shared-library suffix nor in `.json`.
    case unknownKind(path: String)
    /// The user's configuration file (``UserConfiguration``) exists but cannot be used.
    case invalidConfiguration(path: String, reason: String)

    /// The message shown to the user: what went wrong and what to do.
    public var errorDescription: String? {
        switch self {
        case .unknownKind(let path):
            "\(path) is not a plugin Mekong can load: give a shared library (.so) built against the plugin API, or "
                + "the JSON manifest (.json) of an external process plugin. YAML rule packs go with --rules."
        case .invalidConfiguration(let path, let reason):
            "The configuration file \(path) cannot be used: \(reason). Fix it (see README.md, \"Plugins beside "
                + "a store\") or remove it."
        }
    }
}
