import Foundation
import MekongPluginAPI

/// Loads extractor plugins compiled as shared libraries (`mekong --plugin path/to/libPlugin.so`).
///
/// A plugin exports `mekong_plugin_entry`, which returns its `MekongPluginV1` table
/// (`Sources/CMekongPlugin/include/mekong_plugin.h`). Swift authors build one with `MekongPluginExport`;
/// any language that can export a C function will do.
public enum DynamicPluginLoader {
    /// The plugin API version this build of Mekong accepts.
    public static var apiVersion: UInt32 { PluginLibrary.hostAPIVersion }

    /// Opens the library at `path`, checks its API version and descriptor, and returns its extractor.
    ///
    /// The library stays loaded for the life of the process. Loading one path twice returns two extractors
    /// over the same library (the registry refuses the second by its id).
    /// - Throws: ``DynamicPluginError``: the file is missing or unreadable, `dlopen` refuses it, the entry
    ///   symbol is missing, the API version differs from ``apiVersion``, or the descriptor is invalid.
    public static func load(path: String) throws(DynamicPluginError) -> DynamicLibraryExtractor {
        let library = try PluginLibrary(path: path)
        let descriptor: ExtractorDescriptor
        do {
            descriptor = try JSONDecoder().decode(PluginDescriptorJSON.self, from: Data(library.descriptorJSON.utf8))
                .descriptor()
        } catch let problem as PluginDescriptorJSON.DescriptorProblem {
            throw .invalidDescriptor(path: path, reason: problem.reason)
        } catch {
            throw .invalidDescriptor(path: path, reason: Self.describe(error))
        }
        return DynamicLibraryExtractor(descriptor: descriptor, library: library)
    }

    /// A decoding error as one line (Foundation's descriptions of them are long and generic).
    static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "the key \"\(key.stringValue)\" is missing"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "\(context.debugDescription) at \(path(context.codingPath))"
        case DecodingError.dataCorrupted(let context):
            context.codingPath.isEmpty
                ? "it is not valid JSON" : "\(context.debugDescription) at \(path(context.codingPath))"
        default: error.localizedDescription
        }
    }

    private static func path(_ codingPath: [any CodingKey]) -> String {
        guard !codingPath.isEmpty else { return "the top level" }
        return codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }
}
