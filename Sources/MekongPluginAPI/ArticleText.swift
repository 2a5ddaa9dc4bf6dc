/// An article's text, sliced by spans in Unicode scalars (``TextSpan``) at the cost of copying the slice: the
/// UTF-8 offset of every scalar is found once. Walking the string from its start for every span would cost time
/// in the article's length each time, and building each slice scalar by scalar costs more than the rest of
/// resolving its relation.
public struct ArticleText: Sendable {
    private let bytes: [UInt8]
    /// The UTF-8 offset of each scalar, and the length of the text last.
    private let offsets: [Int]

    /// The slicer of `text`.
    public init(_ text: String) {
        bytes = Array(text.utf8)
        var offsets: [Int] = []
        offsets.reserveCapacity(bytes.count + 1)
        for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 { offsets.append(offset) }
        offsets.append(bytes.count)
        self.offsets = offsets
    }

    /// The text of `span`, clamped to the text.
    public func slice(_ span: TextSpan) -> String {
        let scalars = offsets.count - 1
        let start = max(0, min(span.start, scalars))
        let end = max(start, min(span.end, scalars))
        return String(decoding: bytes[offsets[start]..<offsets[end]], as: UTF8.self)
    }
}
