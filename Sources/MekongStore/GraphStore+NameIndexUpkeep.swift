import GRDB

extension GraphStore {
    /// How large the name search index is: a mark to give ``tidyNameIndex(grownSince:)`` after adding names.
    ///
    /// It is the highest row id of `name_folds` (names are added in id order), 0 for a store without the index: a
    /// high-water mark, which a run that only replaces articles (freeing and reusing the top ids) hardly moves.
    public func nameIndexMark() throws(StoreError) -> Int {
        try reading { db in
            guard try NameSearchMigration.isApplied(db) else { return 0 }
            return try Int.fetchOne(db, sql: "SELECT max(id) FROM name_folds") ?? 0
        }
    }

    /// Merges the name search index (`name_folds_search`, an FTS5 trigram index) into one b-tree when an eighth
    /// or more of it was added since `mark` (from ``nameIndexMark()``); returns whether it did.
    ///
    /// Each write transaction adds the names it stores to the index as a new b-tree, which SQLite merges only
    /// now and then: after a bulk ingest a search reads every trigram's row list from each of hundreds of
    /// b-trees. On a store of 752,213 names, an official's search took about 18.5 ms in process instead of
    /// 24.5 (`make bench-patterns`); merging took 2.5 s. A run that adds a few names
    /// to a large store leaves the index as it is: the next large run merges it.
    @discardableResult
    public func tidyNameIndex(grownSince mark: Int) throws(StoreError) -> Bool {
        let size = try nameIndexMark()
        guard size > 0, (size - mark) * 8 >= size else { return false }
        try writing { db in
            try db.execute(sql: "INSERT INTO name_folds_search (name_folds_search) VALUES ('optimize')")
        }
        return true
    }
}
