/// The part of the graph a command works on: all of it, the neighbourhood of one entity, or one article's share.
public struct GraphSelection: Sendable {
    /// An entity id, name or alias: keep only the part within ``depth`` hops of it; nil for no such limit.
    public var focus: String?
    /// How many hops around ``focus`` to keep; ignored without a focus.
    public var depth: Int
    /// An article id, path, or path suffix: keep only that article's contribution; nil for every article.
    public var article: String?

    /// A selection; with neither `focus` nor `article` it keeps the whole graph.
    public init(focus: String?, depth: Int, article: String?) {
        self.focus = focus
        self.depth = depth
        self.article = article
    }

    /// Reads the selection from the store: one article's share, or the neighbourhood of the focus, is read
    /// through the store's indexes; only a selection of the whole graph loads the whole graph.
    ///
    /// The result equals ``apply(to:)`` on the loaded graph, except that the articles of a neighbourhood come
    /// without their text (nothing drawn or exported shows it).
    /// - Throws: ``GraphQueryError`` for an unknown focus; ``SelectionError`` for an unknown article;
    ///   ``StoreError`` when the store cannot be read.
    public func load(from store: GraphStore) throws -> KnowledgeGraph {
        if let article {
            guard let id = try store.findArticle(article) else {
                // The message shows ten ids and whether there are more.
                throw SelectionError.unknownArticle(article, known: try store.articleIDs(limit: 11))
            }
            // One article's share is small: the focus is then looked for inside it, as apply(to:) does.
            return try GraphSelection(focus: focus, depth: depth, article: nil).apply(to: store.contribution(ofArticle: id))
        }
        if let focus {
            return try store.neighborhood(of: store.resolve(focus).id, depth: depth)
        }
        return try store.loadGraph()
    }

    /// Applies the selection.
    /// - Throws: ``GraphQueryError`` for an unknown focus; ``SelectionError`` for an unknown article.
    public func apply(to graph: KnowledgeGraph) throws -> KnowledgeGraph {
        var part = graph
        if let article {
            guard let found = graph.articles.first(where: { $0.id == article || $0.path == article || $0.path.hasSuffix("/" + article) })
            else { throw SelectionError.unknownArticle(article, known: graph.articles.map(\.id)) }
            part = part.restricted(toArticle: found.id)
        }
        if let focus {
            let entity = try part.resolve(focus)
            part = part.neighborhood(of: entity.id, depth: depth)
        }
        return part
    }
}
