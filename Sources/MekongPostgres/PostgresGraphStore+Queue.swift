import Foundation
import NIOCore
import PostgresNIO

extension PostgresGraphStore {
    /// Adds articles to the end of the ingest queue, in order, in one transaction.
    ///
    /// An article whose last entry still waiting in the queue has the same bytes is not added again; any other
    /// is (a file changed and changed back waits twice, in the order it was given). Enqueuing transactions take
    /// turns (an advisory lock), so that the queue's order is the order they commit in.
    /// - Returns: How many were added (the others were waiting already).
    @discardableResult
    public func enqueue(_ articles: [QueuedArticle]) throws(PostgresStoreError) -> Int {
        try transaction("enqueuing articles") { () throws(PostgresStoreError) in
            try run("SELECT pg_advisory_xact_lock(\(PostgresSchema.enqueueLock))", "waiting to enqueue")
            var added = 0
            for article in articles {
                let content = ByteBuffer(bytes: article.content)
                let rows = try run("""
                    INSERT INTO ingest_queue (path, identity, content, content_sha256)
                    SELECT \(article.path), \(article.identity), \(content), encode(sha256(\(content)), 'hex')
                    WHERE NOT EXISTS (
                        SELECT 1 FROM (
                            SELECT content_sha256 FROM ingest_queue
                            WHERE identity = \(article.identity) AND state IN ('pending', 'extracted')
                            ORDER BY seq DESC LIMIT 1) last
                        WHERE last.content_sha256 = encode(sha256(\(content)), 'hex'))
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
        try begin("claiming an article")
        let rows: [PostgresRow]
        do {
            rows = try run("""
                SELECT seq, path, identity, content FROM ingest_queue WHERE state = 'pending'
                ORDER BY seq LIMIT 1 FOR UPDATE SKIP LOCKED
                """, "claiming an article")
        } catch {
            try? end("claiming an article", commit: false)
            throw error
        }
        guard let row = rows.first else {
            try end("claiming an article", commit: false)
            return nil
        }
        do {
            let (sequence, path, identity, content) = try row.decode((Int, String, String, Data).self)
            return ClaimedArticle(sequence: sequence, article: QueuedArticle(path: path, identity: identity, content: content))
        } catch {
            try? end("claiming an article", commit: false)
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
            try end("recording the extraction of \(claim.article.path)", commit: true)
        } catch {
            try? end("recording the extraction of \(claim.article.path)", commit: false)
            throw error
        }
    }

    /// Waits until the first pending article is no longer held by another worker (it recorded the extraction,
    /// or died and its claim ended), so that a worker does not stop while an article before its own waits.
    public func waitForPendingHead() throws(PostgresStoreError) {
        try transaction("waiting for the first pending article") { () throws(PostgresStoreError) -> Void in
            // FOR UPDATE waits for the claimer's row lock; SKIP LOCKED is what claiming uses instead.
            try run(
                "SELECT seq FROM ingest_queue WHERE state = 'pending' ORDER BY seq LIMIT 1 FOR UPDATE",
                "waiting for the first pending article")
        }
    }

    /// How this process names itself in the queue's `worker` column: host and process id.
    static let workerName = "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier)"
}
