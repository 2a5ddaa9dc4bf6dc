import Foundation
import VietnameseNames
import MekongDynamic
import MekongExternal
import MekongPluginAPI
import MekongRules

/// Builds the registry of one run: the built-in extractors, rule packs, external process plugins and
/// dynamic libraries, each registered once (a duplicate id is an error naming it).
public enum ExtractorCatalog {
    /// What one run loaded: the extractors to run, every plugin file that was loaded, and the folders beside
    /// the store that were left alone because they are not trusted.
    public struct Loaded: Sendable {
        /// The extractors, after `--enable`/`--disable`.
        public var extractors: [any Extractor]
        /// Every rule pack, manifest and shared library that was read, in load order.
        public var plugins: [LoadedPlugin]
        /// The `rules/` and `plugins/` folders beside the store that exist but were not loaded.
        public var ignoredStoreFolders: [String]
    }

    /// Every extractor the sources name, after `--enable`/`--disable`.
    /// - Throws: what ``load(_:)`` throws.
    public static func extractors(_ sources: PluginSources) throws -> [any Extractor] {
        try load(sources).extractors
    }

    /// Loads every extractor the sources name and reports what was loaded from files.
    ///
    /// `--disable` is applied before anything runs: a disabled external plugin is never started, and a shared
    /// library that `--disable` names by its path or file name is never opened. (A library's id is known only
    /// once it is opened, and opening it runs its code: see Plugins/README.md.)
    /// - Throws: ``RulePackError``, ``ExternalPluginError``, ``DynamicPluginError`` with the file at fault, or
    ///   ``ExtractorError`` for a duplicate or unknown id.
    public static func load(_ sources: PluginSources) throws -> Loaded {
        var plugins: [LoadedPlugin] = []
        let registry = try registry(sources, loaded: &plugins)
        // An entry that named a library file did its work before loading; it is not an id.
        let libraries = sources.expanded().plugins.filter(isLibrary)
        let disabledIDs = sources.disabled.filter { entry in
            registry.extractors.contains { $0.descriptor.id == entry }
                || !libraries.contains { PluginSources(disabled: [entry]).disablesLibrary(at: $0) }
        }
        let selected = try registry.selection(enabled: sources.enabled, disabled: disabledIDs)
        // Start the external processes that will run, so one that cannot start is an error before any
        // article is read; a disabled one is never started.
        for case let external as ExternalProcessExtractor in selected { try external.start() }
        let ignored = sources.trustsStoreFolders ? [] : sources.storeFolders
        return Loaded(extractors: selected, plugins: plugins, ignoredStoreFolders: ignored)
    }

    /// The registry with every extractor the sources name.
    public static func registry(_ sources: PluginSources) throws -> ExtractorRegistry {
        var plugins: [LoadedPlugin] = []
        return try registry(sources, loaded: &plugins)
    }

    private static func registry(_ sources: PluginSources, loaded: inout [LoadedPlugin]) throws -> ExtractorRegistry {
        let registry = try BuiltInExtractors.registry(
            nameModel: sources.nameTaggerModel.map { try NameTaggerModel(contentsOf: URL(fileURLWithPath: $0)) })
        let (rulePacks, plugins) = sources.expanded()
        for path in rulePacks {
            var isDirectory: ObjCBool = false
            let packs: [RulePackExtractor]
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                packs = try RulePackLoader.loadDirectory(path)
            } else {
                packs = [try RulePackLoader.load(path: path)]
            }
            for pack in packs {
                try registry.register(pack)
                loaded.append(LoadedPlugin(kind: .rulePack, id: pack.descriptor.id, path: pack.pack.path))
            }
        }
        for path in plugins {
            if isLibrary(path), sources.disablesLibrary(at: path) { continue }
            let extractor = try plugin(at: path, allowsAbsoluteCommand: sources.allowsAbsolutePluginCommands)
            try registry.register(extractor)
            loaded.append(LoadedPlugin(kind: extractor.descriptor.kind, id: extractor.descriptor.id, path: path))
        }
        return registry
    }

    static func isLibrary(_ path: String) -> Bool {
        let lowercased = path.lowercased()
        return lowercased.hasSuffix(".so") || lowercased.hasSuffix(".dylib") || lowercased.contains(".so.")
    }

    /// A plugin by its file: a shared library is loaded in process, a JSON manifest describes a process that
    /// starts later.
    static func plugin(at path: String, allowsAbsoluteCommand: Bool = false) throws -> any Extractor {
        if path.lowercased().hasSuffix(".json") {
            return ExternalProcessExtractor(
                manifest: try ExternalPluginManifest.load(path: path, allowsAbsoluteCommand: allowsAbsoluteCommand))
        }
        if isLibrary(path) {
            return try DynamicPluginLoader.load(path: path)
        }
        throw PluginSourceError.unknownKind(path: path)
    }
}
