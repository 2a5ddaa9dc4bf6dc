/// A range of publication dates, both ends included and either open: what `--since` and `--until` select.
///
/// Dates are ISO 8601 days (`2021-04-29`), compared as the store holds them. An article or a piece of evidence
/// whose date is unknown is outside every range that has an end.
public struct PublishedRange: Hashable, Sendable {
    /// The first day in the range, or nil for no lower end.
    public var since: String?
    /// The last day in the range, or nil for no upper end.
    public var until: String?

    /// A range from its ends, each an ISO 8601 day or nil.
    ///
    /// - Throws: ``StoreError/invalidDate(_:)`` for an end that is not a valid `YYYY-MM-DD` day.
    public init(since: String? = nil, until: String? = nil) throws(StoreError) {
        for day in [since, until].compactMap(\.self) where !Self.isDay(day) { throw .invalidDate(day) }
        self.init(checkedSince: since, until: until)
    }

    /// The range without ends: every date, and no date.
    public static let all = PublishedRange(checkedSince: nil, until: nil)

    private init(checkedSince since: String?, until: String?) {
        self.since = since
        self.until = until
    }

    /// Whether the range has an end, so that undated articles fall outside it.
    public var isBounded: Bool { since != nil || until != nil }

    /// Whether `text` is an ISO 8601 day, `YYYY-MM-DD`, that exists (`2021-02-30` does not).
    public static func isDay(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.map(\.count) == [4, 2, 2],
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month)
        else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return (1...lengths[month - 1]).contains(day)
    }

    /// The SQL condition that `column` (an ISO date, or NULL) lies in the range, and its arguments.
    func condition(on column: String) -> (sql: String, arguments: [String]) {
        var terms: [String] = []
        var arguments: [String] = []
        if let since {
            terms.append("\(column) >= ?")
            arguments.append(since)
        }
        if let until {
            terms.append("\(column) <= ?")
            arguments.append(until)
        }
        return (terms.isEmpty ? "1" : terms.joined(separator: " AND "), arguments)
    }

    /// ``condition(on:)`` with named parameters (`:since`, `:until`), for a statement that repeats it.
    func namedCondition(on column: String) -> (sql: String, arguments: [String: String]) {
        var terms: [String] = []
        var arguments: [String: String] = [:]
        if let since {
            terms.append("\(column) >= :since")
            arguments["since"] = since
        }
        if let until {
            terms.append("\(column) <= :until")
            arguments["until"] = until
        }
        return (terms.isEmpty ? "1" : terms.joined(separator: " AND "), arguments)
    }
}
