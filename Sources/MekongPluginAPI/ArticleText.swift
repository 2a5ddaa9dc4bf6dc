/// An article's text, sliced by spans in Unicode scalars (``TextSpan``): the UTF-8 offset of every scalar is found once,
/// and a slice is copied straight from the text's bytes. Walking the string from its start for every span would cost
/// time in the article's length each time, and building each slice scalar by scalar costs more than the rest of
/// resolving its relation.
struct ArticleText: Sendable {
    private let text: String
    /// The UTF-8 offset of each scalar, and the length of the text last (articles are far below 2 GB).
    private let offsets: [Int32]

    /// The slicer of `text`.
    init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        self.text = text
        let utf8 = text.utf8
        var offsets: [Int32] = []
        for (offset, byte) in utf8.enumerated() where byte & 0xC0 != 0x80 { offsets.append(Int32(offset)) }
        offsets.append(Int32(utf8.count))
        self.offsets = offsets
    }

    /// The text of `span`, clamped to the text.
    func slice(_ span: TextSpan) -> String {
        let scalars = offsets.count - 1
        let start = max(0, min(span.start, scalars))
        let end = max(start, min(span.end, scalars))
        let utf8 = text.utf8
        // Offsetting a contiguous UTF-8 string's view takes constant time.
        let from = utf8.index(utf8.startIndex, offsetBy: Int(offsets[start]))
        let to = utf8.index(from, offsetBy: Int(offsets[end] - offsets[start]))
        return String(decoding: utf8[from..<to], as: UTF8.self)
    }
}
