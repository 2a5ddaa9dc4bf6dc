import Foundation
import MekongPluginAPI

/// An extractor implemented by a plugin library: each document crosses the C ABI as JSON.
///
/// Made by ``DynamicPluginLoader/load(path:)``. `extract` encodes a ``MekongPluginAPI/WireMessages/Request``,
/// calls the plugin, decodes its ``MekongPluginAPI/WireMessages/Response`` and releases it with the plugin's
/// `free_result`. A plugin that crashes takes the process with it: it runs in-process by design.
public struct DynamicLibraryExtractor: Extractor {
    /// From the plugin's descriptor JSON; ``MekongPluginAPI/ExtractorDescriptor/kind`` is `.dynamic`.
    public let descriptor: ExtractorDescriptor
    private let library: PluginLibrary

    init(descriptor: ExtractorDescriptor, library: PluginLibrary) {
        self.descriptor = descriptor
        self.library = library
    }

    /// The library's path as it was given to the loader.
    public var path: String { library.path }

    /// Runs the plugin on `document`.
    /// - Throws: ``MekongPluginAPI/ExtractorError/failed(extractor:article:reason:)`` when the plugin answers
    ///   nothing, invalid JSON, or a response with an `error`.
    public func extract(from document: Document) throws -> Extraction {
        let request: Data
        do {
            request = try JSONEncoder().encode(WireMessages.Request(document))
        } catch {
            throw failure(document, "the request cannot be encoded: \(error.localizedDescription)")
        }
        guard let answer = library.extract(request) else {
            throw failure(document, "the plugin returned no result (a null pointer)")
        }
        let response: WireMessages.Response
        do {
            response = try JSONDecoder().decode(WireMessages.Response.self, from: answer)
        } catch {
            throw failure(document, "the plugin returned an invalid response: \(DynamicPluginLoader.describe(error))")
        }
        if let message = response.error { throw failure(document, "the plugin reported: \(message)") }
        return response.extraction(for: document)
    }

    private func failure(_ document: Document, _ reason: String) -> ExtractorError {
        .failed(extractor: descriptor.id, article: document.article.id, reason: reason)
    }
}
