import CMekongPlugin
import Foundation
import MekongPluginAPI

/// The one extractor a plugin library exports and its C table, behind a lock.
///
/// It is a process-wide singleton because the table's functions are plain C function pointers: they take no
/// context argument and cannot capture, so they find the extractor here.
final class ExportedPlugin: @unchecked Sendable {
    // @unchecked: `extractor` and `plugin` are written once, under `lock`, and read under it afterwards.

    static let shared = ExportedPlugin()

    private let lock = NSLock()
    private var extractor: (any Extractor)?
    private var plugin: UnsafeMutablePointer<MekongPluginV1>?

    /// The table for the exported extractor, registering `make()` on the first call.
    func table(for make: () -> some Extractor) -> UnsafePointer<MekongPluginV1> {
        lock.withLock {
            if let plugin { return UnsafePointer(plugin) }
            let exported = make()
            let table = UnsafeMutablePointer<MekongPluginV1>.allocate(capacity: 1)
            table.initialize(
                to: MekongPluginV1(
                    api_version: PluginExport.apiVersion,
                    // Never freed: the table lives as long as the process.
                    descriptor_json: UnsafePointer(strdup(Self.descriptorJSON(exported.descriptor))),
                    extract: { request in ExportedPlugin.shared.extract(request) },
                    free_result: { result in free(result) }))
            extractor = exported
            plugin = table
            return UnsafePointer(table)
        }
    }

    /// The `extract` of the table: request JSON in, response JSON out, as a `malloc`ed C string.
    ///
    /// Every failure (no extractor, an undecodable request, an error the extractor throws) becomes a
    /// response with `error`, so Mekong reports it against this plugin and the article.
    func extract(_ request: UnsafePointer<CChar>?) -> UnsafeMutablePointer<CChar>? {
        let response: WireMessages.Response
        if let exported = lock.withLock({ extractor }) {
            response = Self.respond(to: request, with: exported)
        } else {
            response = WireMessages.Response(error: "no extractor is exported: call PluginExport.entry(for:) first")
        }
        return strdup(Self.json(response))
    }

    private static func respond(
        to request: UnsafePointer<CChar>?, with extractor: any Extractor
    ) -> WireMessages.Response {
        guard let request else { return WireMessages.Response(error: "the request is a null pointer") }
        let decoded: WireMessages.Request
        do {
            let bytes = Data(bytes: request, count: strlen(request))
            decoded = try JSONDecoder().decode(WireMessages.Request.self, from: bytes)
        } catch {
            return WireMessages.Response(error: "the request is not a valid Mekong request: \(error)")
        }
        do {
            return WireMessages.Response(try extractor.extract(from: Document(request: decoded)))
        } catch ExtractorError.failed(_, _, let reason) {
            // Mekong names the extractor and the article itself; the reason alone avoids saying so twice.
            return WireMessages.Response(error: reason)
        } catch {
            return WireMessages.Response(error: error.localizedDescription)
        }
    }

    /// The response as JSON; one that cannot be encoded (a NaN confidence) becomes an error response.
    private static func json(_ response: WireMessages.Response) -> String {
        do {
            return String(decoding: try JSONEncoder().encode(response), as: UTF8.self)
        } catch {
            let fallback = WireMessages.Response(error: "the extraction cannot be encoded as JSON: \(error)")
            return (try? JSONEncoder().encode(fallback)).map { String(decoding: $0, as: UTF8.self) }
                ?? #"{"error": "the extraction cannot be encoded as JSON"}"#
        }
    }

    private static func descriptorJSON(_ descriptor: ExtractorDescriptor) -> String {
        let wire = WireDescriptor(
            id: descriptor.id, version: descriptor.version, summary: descriptor.summary,
            consumes: descriptor.consumes.map(\.rawValue).sorted(),
            produces: descriptor.produces.map(\.rawValue).sorted())
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        // Five strings and two string arrays always encode.
        return (try? encoder.encode(wire)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// The descriptor JSON of the table, as `mekong_plugin.h` documents it.
    private struct WireDescriptor: Encodable {
        var id: String
        var version: String
        var summary: String
        var consumes: [String]
        var produces: [String]
    }
}
