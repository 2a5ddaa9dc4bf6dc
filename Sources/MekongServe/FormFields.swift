import Foundation

/// The fields of a URL's query string as an HTML form sends them (`+` for a space, percent-encoded UTF-8).
struct FormFields: Sendable {
    private var values: [String: String] = [:]

    /// The fields of `query` (the part after `?`, nil for none); of a repeated field the first is kept.
    init(_ query: String?) {
        for pair in (query ?? "").split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = Self.decoded(parts[0])
            let value = parts.count > 1 ? Self.decoded(parts[1]) : ""
            if values[key] == nil { values[key] = value }
        }
    }

    /// The field's value, nil when absent.
    subscript(_ name: String) -> String? { values[name] }

    private static func decoded(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
