/// A string compared and hashed by its UTF-8 bytes, for dictionary keys on hot paths.
///
/// `String`'s own `==` and hashing check for canonical equivalence at every use: they normalize the text (to NFC) as
/// they go, which costs more than the look-up itself for Vietnamese letters, and far more for the keys of
/// ``NameNormalizer/key(_:)``, whose tone marks are combining characters written after the syllable. Wrap a string in
/// this type only where equal texts are known to have equal bytes: article text and the lexicon are in NFC (ingest and
/// the lexicon's loader normalize them), and a name's key is computed the same way every time. One difference remains:
/// two names whose keys hold the same combining marks in another order (a stray mark beside a tone mark, "ạg\u{300}"
/// and "àg\u{323}") are equal as `String`s and different here, which keeps such names apart.
@frozen
public struct UTF8Key: Hashable, Sendable {
    /// The text.
    public let text: String

    /// The key of `text`, which must be in one normal form with every text it is compared with.
    @inlinable
    public init(_ text: String) { self.text = text }

    @inlinable
    public static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool {
        var left = lhs.text
        var right = rhs.text
        return left.withUTF8 { a in
            right.withUTF8 { b in
                a.count == b.count && a.elementsEqual(b)
            }
        }
    }

    @inlinable
    public func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
