import Foundation

/// The bounded queue between the threads that extract articles and the one that stores them.
///
/// Workers take the index of the next file with ``take()`` and hand its result back with ``put(_:_:)``; the
/// writer receives the results with ``next()`` in the order of the indexes, whatever order they were finished
/// in, so the store sees the articles in the order they were given. A worker may run at most `capacity` files
/// ahead of the writer: past that, ``take()`` waits until the writer has received a result (backpressure),
/// so memory stays bounded however slow the store is.
final class ExtractionQueue<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private let capacity: Int
    /// Results finished but not yet received, by index.
    private var finished: [Int: Value] = [:]
    /// The next index a worker will be given.
    private var taken = 0
    /// The next index the writer will receive.
    private var received = 0
    private var cancelled = false

    /// A queue for `count` items, of which at most `capacity` (at least 1) are taken and not yet received.
    init(count: Int, capacity: Int) {
        self.count = count
        self.capacity = max(1, capacity)
    }

    /// The next index to work on, once there is room for its result; nil when every index has been handed out
    /// or the queue was cancelled.
    func take() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !cancelled && taken < count && taken - received >= capacity { condition.wait() }
        guard !cancelled, taken < count else { return nil }
        defer { taken += 1 }
        return taken
    }

    /// Hands back the result of the item at `index`.
    func put(_ index: Int, _ value: Value) {
        condition.lock()
        defer { condition.unlock() }
        finished[index] = value
        condition.broadcast()
    }

    /// The result of the next item in index order, waiting for it to be finished; nil once all were received.
    func next() -> Value? {
        condition.lock()
        defer { condition.unlock() }
        guard received < count else { return nil }
        while finished[received] == nil { condition.wait() }
        let value = finished.removeValue(forKey: received)
        received += 1
        condition.broadcast()
        return value
    }

    /// Stops handing out work: workers waiting in ``take()`` return nil, and so do later calls.
    func cancel() {
        condition.lock()
        defer { condition.unlock() }
        cancelled = true
        condition.broadcast()
    }
}
