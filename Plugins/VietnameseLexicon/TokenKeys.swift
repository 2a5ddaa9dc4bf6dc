import MekongPluginAPI

/// The comparison keys of tokens: their lower-cased text, split the way ingest splits text.
public enum TokenKeys {
    /// Lower-cased token texts of a document, in token order.
    public static func of(_ document: Document) -> [String] { document.tokenKeys }

    /// Splits a phrase like ingest's tokenizer does (letter/digit runs, then single punctuation marks)
    /// and lower-cases each piece.
    public static func split(_ phrase: String) -> [String] {
        var keys: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { keys.append(String(current).lowercased()) }
            current = String.UnicodeScalarView()
        }
        for scalar in phrase.unicodeScalars {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.generalCategory == .nonspacingMark
                || properties.generalCategory == .decimalNumber
            {
                current.append(scalar)
            } else {
                flush()
                if !properties.isWhitespace { keys.append(String(scalar)) }
            }
        }
        flush()
        return keys
    }
}
