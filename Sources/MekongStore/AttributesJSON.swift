import Foundation

/// Encodes and decodes the string-to-string attribute maps stored as JSON text.
///
/// Keys are sorted so the same attributes always give the same bytes. Not shared across threads: each
/// transaction makes its own.
struct AttributesJSON {
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()
    private let decoder = JSONDecoder()

    func encode(_ attributes: [String: String]) throws -> String {
        // Most entities and relations have no attributes; skip the encoder for them.
        if attributes.isEmpty { return "{}" }
        return String(decoding: try encoder.encode(attributes), as: UTF8.self)
    }

    func decode(_ text: String) throws -> [String: String] {
        if text == "{}" { return [:] }
        return try decoder.decode([String: String].self, from: Data(text.utf8))
    }
}
