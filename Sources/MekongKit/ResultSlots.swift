import Foundation

/// Fixed slots that concurrent workers fill by index, each slot once.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Value?]

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.withLock { storage[index] } }
        set { lock.withLock { storage[index] = newValue } }
    }

    /// Every slot's value; all must have been filled.
    var values: [Value] { lock.withLock { storage.map { $0! } } }
}
