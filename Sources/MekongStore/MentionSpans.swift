import Foundation

/// The mentions of one entity in one article, as one row of `entity_mentions` stores them (migration
/// `v6-mention-spans`): their offsets in `spans`, their texts in `texts`.
///
/// - `spans` is a JSON array of `[start, end]` pairs, ascending by start then end, each pair once (the
///   identity the `mentions` table had).
/// - `texts` is a JSON array of strings: one per span, in the same order, or a single string when every
///   mention has the same text (most entities are named the same way throughout an article).
///
/// SQLite's JSON functions read the same values, which is how the `mentions` view gives one row per mention.
struct MentionSpans {
    /// A mention without its entity and article.
    struct Span: Equatable {
        var start: Int
        var end: Int
        var text: String
    }

    private(set) var spans: [Span] = []
    /// The offsets already held, so that a mention given twice keeps its first text (as `INSERT OR IGNORE` did).
    private var seen: Set<[Int]> = []

    /// Adds a mention unless one with the same offsets is held.
    mutating func add(start: Int, end: Int, text: String) {
        guard seen.insert([start, end]).inserted else { return }
        spans.append(Span(start: start, end: end, text: text))
    }

    var isEmpty: Bool { spans.isEmpty }

    /// The `spans` and `texts` columns.
    func encoded() throws -> (spans: String, texts: String) {
        let sorted = spans.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        let offsets = "[" + sorted.map { "[\($0.start),\($0.end)]" }.joined(separator: ",") + "]"
        var texts = sorted.map(\.text)
        // Compared by scalars: Swift's `==` would take a decomposed spelling for the precomposed one.
        if let first = texts.first, texts.allSatisfy({ $0.unicodeScalars.elementsEqual(first.unicodeScalars) }) {
            texts = [first]
        }
        return (offsets, String(decoding: try JSONEncoder().encode(texts), as: UTF8.self))
    }

    /// The mentions a row holds, in its order (ascending by start, then end).
    static func decode(spans: String, texts: String) throws -> [Span] {
        let offsets = integers(in: spans)
        let strings = try JSONDecoder().decode([String].self, from: Data(texts.utf8))
        guard offsets.count.isMultiple(of: 2), strings.count == 1 || strings.count == offsets.count / 2 else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "mention spans and texts differ"))
        }
        return stride(from: 0, to: offsets.count, by: 2).map { index in
            Span(start: offsets[index], end: offsets[index + 1], text: strings.count == 1 ? strings[0] : strings[index / 2])
        }
    }

    /// The non-negative integers of a `spans` value, in order (offsets are never negative).
    private static func integers(in text: String) -> [Int] {
        var values: [Int] = []
        var current: Int?
        for byte in text.utf8 {
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                current = (current ?? 0) * 10 + Int(byte - UInt8(ascii: "0"))
            } else if let value = current {
                values.append(value)
                current = nil
            }
        }
        if let current { values.append(current) }
        return values
    }
}
