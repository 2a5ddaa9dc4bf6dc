import Foundation
import MekongDynamic
import MekongExternal
import MekongPluginAPI
import MekongRules

/// Builds the registry of one run: the built-in extractors, rule packs, external process plugins and
/// dynamic libraries, each registered once (a duplicate id is an error naming it).
public enum ExtractorCatalog {
    /// Every extractor the sources name, after `--enable`/`--disable`.
    /// - Throws: ``RulePackError``, ``ExternalPluginError``, ``DynamicPluginError`` with the file at fault, or
    ///   ``ExtractorError`` for a duplicate or unknown id.
    public static func extractors(_ sources: PluginSources) throws -> [any Extractor] {
        let selected = try registry(sources).selection(enabled: sources.enabled, disabled: sources.disabled)
        // Start the external processes that will run, so one that cannot start is an error before any
        // article is read; a disabled one is never started.
        for case let external as ExternalProcessExtractor in selected { try external.start() }
        return selected
    }

    /// The registry with every extractor the sources name.
    public static func registry(_ sources: PluginSources) throws -> ExtractorRegistry {
        let registry = BuiltInExtractors.registry()
        let (rulePacks, plugins) = sources.expanded()
        for path in rulePacks {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                for pack in try RulePackLoader.loadDirectory(path) { try registry.register(pack) }
            } else {
                try registry.register(RulePackLoader.load(path: path))
            }
        }
        for path in plugins {
            try registry.register(try plugin(at: path))
        }
        return registry
    }

    /// A plugin by its file: a shared library is loaded in process, a JSON manifest starts a process.
    static func plugin(at path: String) throws -> any Extractor {
        let lowercased = path.lowercased()
        if lowercased.hasSuffix(".json") {
            return try ExternalProcessExtractor(manifestPath: path)
        }
        if lowercased.hasSuffix(".so") || lowercased.hasSuffix(".dylib") || lowercased.contains(".so.") {
            return try DynamicPluginLoader.load(path: path)
        }
        throw PluginSourceError.unknownKind(path: path)
    }
}
