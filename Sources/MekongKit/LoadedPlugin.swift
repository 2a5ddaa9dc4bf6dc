import MekongPluginAPI

/// One extractor a run loaded from a file, reported on standard error so that no plugin runs unseen.
public struct LoadedPlugin: Sendable, Equatable {
    /// How it was loaded: ``MekongPluginAPI/ExtractorDescriptor/Kind/rulePack``, `external` or `dynamic`.
    public var kind: ExtractorDescriptor.Kind
    /// The extractor id.
    public var id: String
    /// The file it came from: the rule pack, the manifest or the shared library.
    public var path: String

    /// A plugin loaded from `path`.
    public init(kind: ExtractorDescriptor.Kind, id: String, path: String) {
        self.kind = kind
        self.id = id
        self.path = path
    }

    /// The line printed on standard error: `loaded external plugin example.events from /…/mekong-plugin.json`.
    public var line: String { "loaded \(kind.rawValue) plugin \(id) from \(path)" }
}
