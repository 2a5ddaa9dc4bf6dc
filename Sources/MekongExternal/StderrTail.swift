import Foundation

/// The last lines a plugin wrote to its standard error, kept in a bounded ring for error messages.
///
/// A reader thread appends whatever arrives; memory stays bounded however much the plugin writes.
final class StderrTail: @unchecked Sendable {
    /// How many lines are kept.
    let capacity: Int
    /// Longer lines are cut to this many characters.
    static let maximumLineLength = 400

    private let condition = NSCondition()
    // Guarded by `condition`.
    private var ring: [String]
    private var next = 0
    private var count = 0
    private var partial: [UInt8] = []
    private var finished = false

    init(capacity: Int = 20) {
        self.capacity = capacity
        ring = Array(repeating: "", count: capacity)
    }

    /// Adds bytes read from the plugin's standard error.
    func append(_ bytes: [UInt8]) {
        // Only the last `capacity` lines of a chunk can survive, so scan back from its end for their
        // newlines instead of walking megabytes of a plugin that floods its standard error.
        var newlines: [Int] = []
        var index = bytes.count - 1
        while index >= 0, newlines.count <= capacity {
            if bytes[index] == UInt8(ascii: "\n") { newlines.append(index) }
            index -= 1
        }
        newlines.reverse()
        condition.lock()
        defer { condition.unlock() }
        var lineStart = 0
        if newlines.count > capacity {
            // Everything up to the first of these newlines is older than the lines that are kept.
            partial.removeAll(keepingCapacity: true)
            lineStart = newlines.removeFirst() + 1
        }
        for newline in newlines {
            extendPartial(bytes[lineStart..<newline])
            push()
            lineStart = newline + 1
        }
        extendPartial(bytes[lineStart...])
    }

    /// Adds to the unfinished line; a runaway line without newline keeps only its start. The caller holds
    /// the lock.
    private func extendPartial(_ bytes: ArraySlice<UInt8>) {
        let room = Self.maximumLineLength * 4 - partial.count
        if room > 0 { partial.append(contentsOf: bytes.prefix(room)) }
    }

    /// Marks the end of the stream; an unfinished last line counts as a line.
    func finish() {
        condition.lock()
        if !partial.isEmpty { push() }
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until the stream has ended or `deadline` has passed, so that a crashed plugin's last words
    /// (a traceback written just before it exited) make it into the error message.
    func waitUntilFinished(before deadline: Date) {
        condition.lock()
        while !finished, condition.wait(until: deadline) {}
        condition.unlock()
    }

    /// The last `limit` lines, oldest first, with an unfinished line at the end.
    func lastLines(_ limit: Int) -> [String] {
        condition.lock()
        defer { condition.unlock() }
        var lines: [String] = []
        for offset in 0..<count { lines.append(ring[(next - count + offset + capacity) % capacity]) }
        if !partial.isEmpty { lines.append(Self.line(partial)) }
        return Array(lines.suffix(limit))
    }

    /// Stores the partial line; the caller holds the lock.
    private func push() {
        let line = Self.line(partial)
        partial.removeAll(keepingCapacity: true)
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        ring[next] = line
        next = (next + 1) % capacity
        count = min(count + 1, capacity)
    }

    private static func line(_ bytes: [UInt8]) -> String {
        var line = String(decoding: bytes, as: UTF8.self)
        if line.hasSuffix("\r") { line.removeLast() }
        if line.count > maximumLineLength { line = String(line.prefix(maximumLineLength)) + "…" }
        return line
    }
}
