import Foundation
import MekongPostgres

/// The summary the jobs of one worker process add to, under a lock.
final class QueueTally: @unchecked Sendable {
    private let lock = NSLock()
    private var _summary = IngestSummary()
    private var _error: (any Error)?

    var summary: IngestSummary { lock.withLock { _summary } }
    var error: (any Error)? { lock.withLock { _error } }

    func fail(_ error: any Error) {
        lock.withLock { if _error == nil { _error = error } }
    }

    func extracted(problems: [String], capped: [String]) {
        lock.withLock {
            _summary.extracted = (_summary.extracted ?? 0) + 1
            _summary.extractorFailures += problems
            _summary.cappedArticles += capped
        }
    }

    func extractionFailed(_ reason: String) {
        lock.withLock {
            _summary.extracted = (_summary.extracted ?? 0) + 1
            _summary.failedFiles.append(reason)
        }
    }

    func stored(_ entry: StoredQueueEntry, progress: @Sendable (QueueProgress) -> Void) {
        lock.withLock {
            switch entry.result {
            case .success where entry.deletedByCuration:
                _summary.deletedByCuration += 1
            case .success(let outcome):
                _summary.count(outcome.change)
            case .failure(let error):
                _summary.failedFiles.append("\(entry.path) was not stored: \(error.localizedDescription)")
            }
        }
        progress(.stored(entry.path))
    }
}
