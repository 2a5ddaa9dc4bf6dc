/// The part of the graph a command works on: all of it, the neighbourhood of one entity, or one article's
/// share; for a drawing, cut down to what stays readable (``summary(from:)``).
public struct GraphSelection: Sendable {
    /// An entity id, name or alias: keep only the part within ``depth`` hops of it; nil for no such limit.
    public var focus: String?
    /// How many hops around ``focus`` to keep; ignored without a focus.
    public var depth: Int
    /// An article id, path, or path suffix: keep only that article's contribution; nil for every article.
    public var article: String?
    /// Follow only relations of these predicates; nil for all.
    public var predicates: Set<Predicate>?
    /// For a drawing: keep at most this many entities, those with the most relations (around a focus, the
    /// nearest to it first); nil for no limit.
    public var maxEntities: Int?
    /// For a drawing: keep entities that no selected relation touches (otherwise left out).
    public var includeIsolated: Bool
    /// Keep only relations stated in an article published in this range (``MekongStore/PublishedRange``); a
    /// focus's neighbourhood then follows only those.
    public var published: PublishedRange
    /// For a drawing of the whole graph (neither ``focus`` nor ``article``): keep fewer entities than
    /// ``maxEntities`` until the drawing fits this screen at 100 % zoom (``ScreenFit``); nil for no such cut.
    public var screen: DiagramScreen?

    /// The most entities a drawing shows unless told otherwise: about what one screen holds with readable labels.
    public static let defaultMaxEntities = 150

    /// A selection; with neither `focus` nor `article` it keeps the whole graph.
    public init(
        focus: String?, depth: Int, article: String?, predicates: Set<Predicate>? = nil,
        maxEntities: Int? = GraphSelection.defaultMaxEntities, includeIsolated: Bool = false, published: PublishedRange = .all,
        screen: DiagramScreen? = nil
    ) {
        self.screen = screen
        self.published = published
        self.focus = focus
        self.depth = depth
        self.article = article
        self.predicates = predicates
        self.maxEntities = maxEntities
        self.includeIsolated = includeIsolated
    }

    /// Reads the selection from the store: one article's share, or the neighbourhood of the focus, is read
    /// through the store's indexes; only a selection of the whole graph loads the whole graph.
    ///
    /// The result equals ``apply(to:)`` on the loaded graph, except that the articles of a neighbourhood come
    /// without their text (nothing drawn or exported shows it).
    /// - Throws: ``GraphQueryError`` for an unknown focus; ``SelectionError`` for an unknown article, or for the
    ///   whole graph of a store other than SQLite; ``StoreError`` when the store cannot be read.
    public func load(from store: any GraphQuerying) throws -> KnowledgeGraph {
        if let article {
            guard let id = try store.findArticle(article) else {
                // The message shows ten ids and whether there are more.
                throw SelectionError.unknownArticle(article, known: try store.articleIDs(limit: 11))
            }
            // One article's share is small: the focus is then looked for inside it, as apply(to:) does.
            var selection = self
            selection.article = nil
            return try selection.apply(to: reported(store.contribution(ofArticle: id), in: store))
        }
        if let focus {
            let id = try store.resolve(focus).id
            let around = try store.neighborhood(of: id, depth: depth, predicates: predicates)
            guard published.isBounded else { return around }
            // The walk followed every relation; walk again over those reported in the range.
            return try reported(around, in: store).neighborhood(of: id, depth: depth, predicates: predicates)
        }
        return try filtered(reported(store.loadGraph(), in: store))
    }

    /// `graph` with only the relations reported in ``published``.
    private func reported(_ graph: KnowledgeGraph, in store: any GraphQuerying) throws -> KnowledgeGraph {
        guard published.isBounded else { return graph }
        // A relation is reported in the range when a piece of its evidence is: one read of the articles' dates.
        let relations = try store.keepingEvidence(of: graph.relations, reportedIn: published).filter { !$0.evidence.isEmpty }
        return KnowledgeGraph(articles: graph.articles, entities: graph.entities, relations: relations)
    }

    /// What a drawing of the selection shows: entities no relation touches left out unless
    /// ``includeIsolated``; at most ``maxEntities`` entities: those with the most relations, or around a focus
    /// the nearest to it first.
    ///
    /// The whole graph is summarized by the store without loading it (``MekongStore/GraphRowReader/summary(maxEntities:includeIsolated:predicates:published:)``);
    /// a focus or an article is read as ``load(from:)`` reads it, then summarized in memory.
    /// - Throws: as ``load(from:)``.
    public func summary(from store: any GraphQuerying) throws -> GraphSummary {
        if focus == nil, article == nil {
            return try store.summary(
                maxEntities: maxEntities, includeIsolated: includeIsolated, predicates: predicates, published: published)
        }
        let part = try load(from: store)
        let focusID = try focus.map { try part.resolve($0).id }
        return part.summarized(maxEntities: maxEntities, includeIsolated: includeIsolated, keeping: focusID)
    }

    /// Applies the selection (without the cuts of ``summary(from:)``).
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
            return part.neighborhood(of: entity.id, depth: depth, predicates: predicates)
        }
        return filtered(part)
    }

    /// `graph` with only the relations of ``predicates``.
    private func filtered(_ graph: KnowledgeGraph) -> KnowledgeGraph {
        guard let predicates else { return graph }
        return KnowledgeGraph(
            articles: graph.articles, entities: graph.entities, relations: graph.relations.filter { predicates.contains($0.predicate) })
    }
}
