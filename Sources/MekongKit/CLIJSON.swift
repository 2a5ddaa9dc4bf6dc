import Foundation

/// The JSON the command line prints with `--json` (docs/cli-json.md): one shape for an entity
/// (``EntityJSON``), a relation (``RelationJSON``) and an article (``ArticleJSON``), in every command.
public enum CLIJSON {
    /// The version of the shapes; a change that breaks readers bumps it. Every document carries it as `version`.
    public static let version = 1

    /// The encoder every `--json` uses: snake_case keys, sorted, pretty-printed, slashes as written.
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The decoder that reads what ``encoder()`` wrote.
    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return decoder
    }
}
