/// Maps UTF-16 offsets of a string (what NSRegularExpression reports) to Unicode-scalar offsets (what spans
/// count). A scalar outside the Basic Multilingual Plane is two UTF-16 units and one scalar.
struct ScalarOffsets {
    /// `scalarOffset[u]` is the scalar offset of UTF-16 offset `u`; one more entry for the end.
    private let scalarOffset: [Int]

    init(_ string: String) {
        var table: [Int] = []
        table.reserveCapacity(string.utf16.count + 1)
        for (index, scalar) in string.unicodeScalars.enumerated() {
            for _ in 0..<UTF16.width(scalar) { table.append(index) }
        }
        table.append(string.unicodeScalars.count)
        scalarOffset = table
    }

    /// The scalar offset of a UTF-16 offset; the middle of a surrogate pair maps to its scalar.
    func scalar(_ utf16Offset: Int) -> Int { scalarOffset[max(0, min(utf16Offset, scalarOffset.count - 1))] }
}
