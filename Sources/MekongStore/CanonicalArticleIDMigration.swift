import Foundation
import GRDB
import MekongCore

/// Migration `v2-canonical-article-ids`: article ids made from the path as typed become ids made from the
/// canonical path, so that the same file ingested as `arts/a.txt` and `./arts/a.txt` is one article.
///
/// For each stored article (the most recently ingested first) the new id is ``MekongCore/StableID/article(_:)``
/// of the canonical path: `realpath` of the stored path when the file is still there (a relative path is
/// resolved against the current directory, as ingest did), else the absolute path standardized. A relative
/// path whose file is gone cannot be resolved and keeps its id. Standard-input articles are already
/// identified by their content. When two stored articles turn out to be the same file, the most recent one
/// is kept and the other's contribution removed: that is the double counting the old ids caused.
///
/// `MekongIngest`'s `CanonicalPath` computes the same path for new articles; the two must stay in step.
enum CanonicalArticleIDMigration {
    static let identifier = "v2-canonical-article-ids"

    static func migrate(_ db: Database) throws {
        let rows = try Row.fetchAll(db, sql: "SELECT id, path FROM articles ORDER BY ingested_at DESC, rowid DESC")
        let writer = ContributionWriter(db: db)
        for row in rows {
            let id: String = row["id"]
            let path: String = row["path"]
            guard path != "-", let canonical = canonicalPath(path) else { continue }
            let newID = StableID.article(canonical)
            guard newID != id else { continue }
            let taken = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM articles WHERE id = ?)", arguments: [newID])
            if taken == true {
                _ = try writer.removeContribution(ofArticle: id)
                continue
            }
            // Foreign keys stay on: copy the row under its new id, move the references, drop the old row.
            try db.execute(sql: """
                INSERT INTO articles (id, title, path, url, source, author, published, sha256, text, ingested_at)
                SELECT ?, title, path, url, source, author, published, sha256, text, ingested_at FROM articles WHERE id = ?
                """, arguments: [newID, id])
            for table in ["entity_names", "mentions", "evidence"] {
                try db.execute(sql: "UPDATE \(table) SET article_id = ? WHERE article_id = ?", arguments: [newID, id])
            }
            try db.execute(sql: "DELETE FROM articles WHERE id = ?", arguments: [id])
        }
    }

    /// The canonical form of a stored path, or nil when a relative path's file is gone.
    static func canonicalPath(_ path: String) -> String? {
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        guard path.hasPrefix("/") else { return nil }
        return URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
