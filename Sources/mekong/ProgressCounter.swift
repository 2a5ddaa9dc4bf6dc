import Foundation
import MekongKit

/// Counts a queue worker's progress events, which its jobs report from several threads.
final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var extracted = 0
    private var stored = 0

    /// Counts `event`; returns the counts so far (extracted, stored).
    func count(_ event: QueueProgress) -> (Int, Int) {
        lock.withLock {
            switch event {
            case .extracted: extracted += 1
            case .stored: stored += 1
            }
            return (extracted, stored)
        }
    }
}
