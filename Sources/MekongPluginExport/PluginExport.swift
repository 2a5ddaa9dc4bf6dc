import CMekongPlugin
import Foundation
import MekongPluginAPI

/// Exports a Swift ``MekongPluginAPI/Extractor`` through Mekong's C plugin ABI (`mekong_plugin.h`), so that
/// `mekong --plugin libYourPlugin.so` loads it without rebuilding `mekong`.
///
/// A plugin library exports exactly one extractor, from the one function Mekong looks up:
///
/// ```swift
/// @_cdecl("mekong_plugin_entry")
/// public func mekongPluginEntry() -> UnsafeRawPointer {
///     UnsafeRawPointer(PluginExport.entry(for: QuantityExtractor()))
/// }
/// ```
///
/// What crosses the ABI is JSON (``MekongPluginAPI/WireMessages``); the exporter turns each request back into
/// a ``MekongPluginAPI/Document`` for the extractor, with the tokens, sentences and paragraph roles that
/// ingest made, so a plugin reads exactly the words Mekong's own extractors read.
public enum PluginExport {
    /// The ABI version the exported table declares (`MEKONG_PLUGIN_API_VERSION` of these headers).
    public static var apiVersion: UInt32 { UInt32(MEKONG_PLUGIN_API_VERSION) }

    /// The plugin table for `extractor`, built on the first call and returned unchanged by every later one.
    ///
    /// The argument is evaluated on the first call only, so an extractor that loads data in its initializer
    /// does so once even though Mekong may call the entry function each time it loads the library. The table
    /// and the extractor live until the process exits. Its `extract` is safe to call from several threads
    /// when the extractor follows the ``MekongPluginAPI/Extractor`` requirements (no shared mutable state).
    public static func entry<Exported: Extractor>(
        for extractor: @autoclosure () -> Exported
    ) -> UnsafePointer<MekongPluginV1> {
        ExportedPlugin.shared.table(for: extractor)
    }
}
