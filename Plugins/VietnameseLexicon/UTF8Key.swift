/// A token key compared and hashed by its UTF-8 bytes.
///
/// Token keys and lexicon phrases are both NFC (ingest normalizes the text, the lexicon normalizes its files),
/// so byte equality is canonical equality; Swift's `String` would re-check normalization on every comparison
/// and hash of non-ASCII text, which made phrase look-ups a tenth of extraction time.
struct UTF8Key: Hashable, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool { equal(lhs.text, rhs.text) }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Whether two NFC strings are equal, byte for byte.
    @inline(__always)
    static func equal(_ lhs: String, _ rhs: String) -> Bool { lhs.utf8.elementsEqual(rhs.utf8) }
}
