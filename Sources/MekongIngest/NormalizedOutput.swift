import MekongPluginAPI

/// The normalizer's output: UTF-8 bytes, remembering the last scalars so a word's ending can be respelled.
struct NormalizedOutput {
    var bytes: [UInt8]
    private var last: Unicode.Scalar = "\n"
    private var lastStart = 0
    private var previous: Unicode.Scalar = "\n"
    private var previousStart = 0
    private var beforePrevious: Unicode.Scalar = "\n"
    private var thirdLast: Unicode.Scalar = "\n"
    /// Whether word endings are respelled at all (the Vietnamese profile's orthography).
    private let respelling: Bool

    init(capacity: Int, respelling: Bool) {
        bytes = []
        bytes.reserveCapacity(capacity)
        self.respelling = respelling
    }

    @inline(__always)
    mutating func append(_ scalar: Unicode.Scalar) {
        thirdLast = beforePrevious
        beforePrevious = previous
        previous = last
        previousStart = lastStart
        last = scalar
        lastStart = bytes.count
        UTF8Scalars.append(scalar, to: &bytes)
    }

    /// Respells an old-style `oà`, `oé`, `uỷ` ending of the word just written.
    @inline(__always)
    mutating func fixToneAtWordEnd() {
        guard respelling, let (first, second) = ToneMarks.newStyle(previous, last, before: beforePrevious, onsetStart: thirdLast)
        else { return }
        let before = beforePrevious
        bytes.removeSubrange(previousStart...)
        last = before
        append(first)
        append(second)
    }
}
