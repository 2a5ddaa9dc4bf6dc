import Foundation

/// The JSON the command line prints with `--json` (docs/cli-json.md): one shape for an entity
/// (``EntityJSON``), a relation (``RelationJSON``) and an article (``ArticleJSON``), in every command.
public enum CLIJSON {
    /// The version of the shapes; a change that breaks readers bumps it. Every document carries it as `version`.
    public static let version = 1

    /// The encoder every `--json` uses: keys sorted, pretty-printed, slashes as written. The types spell their
    /// keys in snake_case themselves (a key strategy would also rewrite the keys of `attributes`).
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
