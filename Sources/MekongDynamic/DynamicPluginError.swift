import Foundation

/// What can go wrong in MekongDynamic; each message names the file or plugin and says what to do.
///
/// Every case is raised while loading (``DynamicPluginLoader/load(path:)``); a failure on one document is an
/// ``MekongPluginAPI/ExtractorError/failed(extractor:article:reason:)`` like any other extractor's.
public enum DynamicPluginError: LocalizedError, Sendable, Equatable {
    /// The file cannot be read.
    case unreadable(path: String, reason: String)
    /// `dlopen` refused the file: not a shared library, built for another architecture, or a library it
    /// needs is missing. `reason` is the text of `dlerror`.
    case notLoadable(path: String, reason: String)
    /// The library loads but does not export the entry symbol, so it is not a Mekong plugin.
    case missingEntrySymbol(path: String, symbol: String)
    /// The entry function returned a null pointer instead of its plugin table.
    case nullPluginTable(path: String)
    /// The plugin was built against another version of `mekong_plugin.h`.
    case apiVersionMismatch(path: String, found: UInt32, expected: UInt32)
    /// The plugin table lacks a function or its descriptor.
    case incompletePluginTable(path: String, missing: String)
    /// The descriptor JSON cannot be decoded or says something impossible (an empty id, say).
    case invalidDescriptor(path: String, reason: String)

    /// The message shown to the user: what went wrong and what to do.
    public var errorDescription: String? {
        switch self {
        case .unreadable(let path, let reason):
            "Cannot read \(path): \(reason). Check the path and its permissions."
        case .notLoadable(let path, let reason):
            "Cannot load the plugin library \(path): \(reason). Check that it is a shared library built for this "
                + "machine and that the libraries it needs (the Swift runtime, for a Swift plugin) can be found."
        case .missingEntrySymbol(let path, let symbol):
            "\(path) is not a Mekong plugin: it does not export the symbol \(symbol). "
                + "Export it with `@_cdecl(\"\(symbol)\")` (see Plugins/ExampleDynamicPlugin)."
        case .nullPluginTable(let path):
            "The plugin \(path) returned no plugin table from its entry function. Return a pointer to a "
                + "MekongPluginV1 that lives as long as the process."
        case .apiVersionMismatch(let path, let found, let expected):
            "The plugin \(path) was built for plugin API version \(found), but this mekong supports version "
                + "\(expected). Rebuild the plugin against this version of Mekong."
        case .incompletePluginTable(let path, let missing):
            "The plugin \(path) has no \(missing) in its plugin table. Fill in every field of MekongPluginV1."
        case .invalidDescriptor(let path, let reason):
            "The plugin \(path) has an invalid descriptor: \(reason). The descriptor is JSON: "
                + "{\"id\": …, \"version\": …, \"summary\": …, \"consumes\": [...], \"produces\": [...]}."
        }
    }
}
