import Foundation

/// A `--plugin` file that is neither a shared library nor a manifest.
public enum PluginSourceError: LocalizedError, Sendable {
    /// The file's name ends neither in a shared-library suffix nor in `.json`.
    case unknownKind(path: String)

    /// The message shown to the user: what went wrong and what to do.
    public var errorDescription: String? {
        switch self {
        case .unknownKind(let path):
            "\(path) is not a plugin Mekong can load: give a shared library (.so) built against the plugin API, or "
                + "the JSON manifest (.json) of an external process plugin. YAML rule packs go with --rules."
        }
    }
}
