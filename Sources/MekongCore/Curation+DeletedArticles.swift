extension Curation {
    /// The ids and text hashes of the articles that `curations` delete: an ingest leaves out an article whose id or
    /// stored text is among them.
    public static func deletedArticles(in curations: [Curation]) -> Set<String> {
        var deleted: Set<String> = []
        for case .deleteArticle(let id, let sha256, _) in curations { deleted.formUnion([id, sha256]) }
        return deleted
    }
}
