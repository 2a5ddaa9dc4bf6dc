import MekongPluginAPI

/// Reads Vietnamese dates at a position of the text: "19/5/2021", "17-8-2009", "18.3.2008",
/// "13 tháng 11 năm 2018", and "23/6" (year from the article's published date when known).
public enum VietnameseDate {
    /// A date found in the text.
    public struct Match: Sendable, Equatable {
        /// ISO 8601: `2021-05-19`, or `--06-23` when the year is unknown.
        public var iso: String
        /// Token index after the date.
        public var end: Int
    }

    /// Parses the date that starts at token `index`.
    /// - Parameter anchorYear: the year for dates written without one.
    public static func parse(_ document: Document, at index: Int, anchorYear: Int?) -> Match? {
        let tokens = document.tokens
        guard index < tokens.count, tokens[index].kind == .number else { return nil }
        let text = tokens[index].text
        for separator in ["/", "-", "."] as [Character] {
            let parts = text.split(separator: separator, omittingEmptySubsequences: false)
            if parts.count == 3 || parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) {
                guard let day = Int(parts[0]), let month = Int(parts[1]) else { continue }
                let year = parts.count == 3 ? Int(parts[2]) : anchorYear
                if parts.count == 3, parts[2].count != 4 { continue }
                if let iso = iso(day: day, month: month, year: year) { return Match(iso: iso, end: index + 1) }
            }
        }
        // "13 tháng 11 năm 2018" (only these few tokens are looked at: this runs at every number)
        if index + 4 < tokens.count, tokens[index + 1].text.lowercased() == "tháng", let day = Int(text),
            let month = Int(tokens[index + 2].text)
        {
            if tokens[index + 3].text.lowercased() == "năm", let year = Int(tokens[index + 4].text),
                tokens[index + 4].text.count == 4
            {
                if let iso = iso(day: day, month: month, year: year) { return Match(iso: iso, end: index + 5) }
            }
        }
        return nil
    }

    /// The year of an ISO date string ("2021-04-29" → 2021).
    public static func year(ofISO iso: String?) -> Int? {
        guard let iso, iso.count >= 4, let year = Int(iso.prefix(4)) else { return nil }
        return year
    }

    static func iso(day: Int, month: Int, year: Int?) -> String? {
        guard (1...31).contains(day), (1...12).contains(month) else { return nil }
        let dd = day < 10 ? "0\(day)" : "\(day)"
        let mm = month < 10 ? "0\(month)" : "\(month)"
        guard let year else { return "--\(mm)-\(dd)" }
        guard (1900...2100).contains(year) else { return nil }
        return "\(year)-\(mm)-\(dd)"
    }
}
