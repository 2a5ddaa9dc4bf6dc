import Foundation

/// Fixed slots that concurrent workers fill by index, each slot once.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Value?]

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    /// Fills slot `index`.
    func set(_ index: Int, _ value: Value) { lock.withLock { storage[index] = value } }

    /// Hands out 0, 1, 2 … to concurrent workers, each number once.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0

        /// The next number, or nil once `limit` is reached.
        func take(below limit: Int) -> Int? {
            lock.withLock {
                guard value < limit else { return nil }
                defer { value += 1 }
                return value
            }
        }
    }

    /// Every slot's value; all must have been filled.
    var values: [Value] { lock.withLock { storage.map { $0! } } }
}
