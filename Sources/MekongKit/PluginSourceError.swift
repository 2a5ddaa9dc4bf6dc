import Foundation

/// A `--plugin` file that is neither a shared library nor a manifest.
public enum PluginSourceError: LocalizedError, Sendable {
    case unknownKind(path: String)

    public var errorDescription: String? {
        switch self {
        case .unknownKind(let path):
            "\(path) is not a plugin Mekong can load: give a shared library (.so) built against the plugin API, or "
                + "the JSON manifest (.json) of an external process plugin. YAML rule packs go with --rules."
        }
    }
}
