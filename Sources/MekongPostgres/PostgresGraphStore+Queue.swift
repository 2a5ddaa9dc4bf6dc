import Foundation
import NIOCore
import PostgresNIO

extension PostgresGraphStore {
    /// Adds articles to the end of the ingest queue, in order, in one transaction.
    ///
    /// The same bytes of the same file wait in the queue once, however often they are enqueued; once stored,
    /// enqueuing them again queues them again (a worker then finds the article unchanged).
    /// - Returns: How many were added (the others were waiting already).
    @discardableResult
    public func enqueue(_ articles: [QueuedArticle]) throws(PostgresStoreError) -> Int {
        try transaction("enqueuing articles") { () throws(PostgresStoreError) in
            var added = 0
            for article in articles {
                let content = ByteBuffer(bytes: article.content)
                let rows = try run("""
                    INSERT INTO ingest_queue (path, identity, content, content_sha256)
                    VALUES (\(article.path), \(article.identity), \(content), encode(sha256(\(content)), 'hex'))
                    ON CONFLICT (identity, content_sha256) WHERE state IN ('pending', 'extracted') DO NOTHING
                    RETURNING seq
                    """, "enqueuing \(article.path)")
                added += rows.count
            }
            return added
        }
    }

    /// Claims the first pending article no other worker holds, or returns nil when none is left.
    ///
    /// The claim is a row lock in a transaction that stays open until ``finish(_:contribution:problems:seconds:)``:
    /// call nothing else on this store in between. If the worker dies, the server ends the transaction with
    /// the connection and the article is pending again.
    public func claimNext() throws(PostgresStoreError) -> ClaimedArticle? {
        try runScript("BEGIN", "claiming an article")
        let rows: [PostgresRow]
        do {
            rows = try run("""
                SELECT seq, path, identity, content FROM ingest_queue WHERE state = 'pending'
                ORDER BY seq LIMIT 1 FOR UPDATE SKIP LOCKED
                """, "claiming an article")
        } catch {
            try? runScript("ROLLBACK", "claiming an article")
            throw error
        }
        guard let row = rows.first else {
            try runScript("ROLLBACK", "claiming an article")
            return nil
        }
        do {
            let (sequence, path, identity, content) = try row.decode((Int, String, String, Data).self)
            return ClaimedArticle(sequence: sequence, article: QueuedArticle(path: path, identity: identity, content: content))
        } catch {
            try? runScript("ROLLBACK", "claiming an article")
            throw .failed(location, doing: "claiming an article", reason: Self.describe(error))
        }
    }

    /// Records what extracting a claimed article gave and lets the claim go: its contribution (encoded with
    /// ``encodeContribution(_:)``), or nil when the article could not be read (`problems` says why, and the
    /// entry is marked failed). `problems` may also list extractors that failed on an article that was read;
    /// `seconds` is how long extracting it took.
    public func finish(_ claim: ClaimedArticle, contribution: Data?, problems: String?, seconds: Double)
        throws(PostgresStoreError)
    {
        let state = contribution == nil ? "failed" : "extracted"
        let bytes = contribution.map { ByteBuffer(bytes: $0) }
        do {
            try run("""
                UPDATE ingest_queue SET state = \(state), contribution = \(bytes), problems = \(problems),
                    worker = \(Self.workerName), attempts = attempts + 1, extract_ms = \(seconds * 1000),
                    finished_at = CASE WHEN \(state) = 'failed' THEN now() END
                WHERE seq = \(claim.sequence)
                """, "recording the extraction of \(claim.article.path)")
            try runScript("COMMIT", "recording the extraction of \(claim.article.path)")
        } catch {
            try? runScript("ROLLBACK", "recording the extraction of \(claim.article.path)")
            throw error
        }
    }

    /// The queued articles that failed, in queue order: their path and why.
    public func failures() throws(PostgresStoreError) -> [(path: String, reason: String)] {
        let rows = try run(
            "SELECT path, coalesce(problems, '') FROM ingest_queue WHERE state = 'failed' ORDER BY seq",
            "listing failed articles")
        do {
            return try rows.map { row in
                let (path, reason) = try row.decode((String, String).self)
                return (path, reason)
            }
        } catch {
            throw .failed(location, doing: "listing failed articles", reason: Self.describe(error))
        }
    }

    /// How this process names itself in the queue's `worker` column: host and process id.
    static let workerName = "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier)"
}
