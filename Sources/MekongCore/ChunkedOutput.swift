import Foundation

/// Bytes gathered for a `write` closure and handed over in chunks of about 64 KiB, for the export writers.
struct ChunkedOutput {
    private let write: (Data) throws -> Void
    private var buffer: [UInt8] = []

    init(write: @escaping (Data) throws -> Void) {
        self.write = write
    }

    /// Appends the UTF-8 bytes of `text`, flushing when the buffer is full.
    mutating func append(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Hands what is buffered to `write`.
    mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
