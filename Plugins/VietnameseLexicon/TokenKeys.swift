import MekongPluginAPI

/// The comparison keys of tokens: their lower-cased text, split by the one ``Tokenizer`` ingest uses.
public enum TokenKeys {
    /// Lower-cased token texts of a document, in token order.
    public static func of(_ document: Document) -> [String] { document.tokenKeys }

    /// The keys of a comma and of the two dashes ("-", "–") that set apart the parts of an address or a chain of
    /// bodies ("phường A, quận B", "Vụ A - Bộ B").
    public static let commaOrDash: Set<String> = [",", "-", "–"]

    /// The keys of a phrase: split exactly as article text is ("24/2014" stays one number) and lower-cased,
    /// so they compare one to one with ``of(_:)``.
    public static func split(_ phrase: String) -> [String] {
        Tokenizer().words(of: phrase).map { $0.lowercased() }
    }
}
