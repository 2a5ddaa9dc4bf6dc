/// A token key compared and hashed by its UTF-8 bytes. Article text and the lexicon are both in NFC (ingest and the
/// lexicon's loader normalize them), so equal keys have equal bytes; `String`'s own comparison would check for
/// canonical equivalence at every look-up, which costs more than the look-up itself for Vietnamese letters.
public struct UTF8Key: Hashable, Sendable {
    /// The key.
    public let text: String

    /// The key `text`, which must be in NFC.
    public init(_ text: String) { self.text = text }

    public static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool {
        lhs.text.utf8.count == rhs.text.utf8.count && lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }

    public func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
