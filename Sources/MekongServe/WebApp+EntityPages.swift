import Foundation
import MekongKit

extension WebApp {
    /// The start page: what the store holds and its newest articles.
    func home() -> Answer {
        do {
            let statistics = try store.statistics()
            let newest = try store.articleListing(ArticleFilter(limit: 10))
            let body = """
                <h1>Mekong</h1>
                <p>A knowledge graph of \(statistics.articles) articles: \(statistics.entities) entities and \
                \(statistics.relations) relations. Type a name in the search box (diacritics and case do not matter), \
                or <a href="/query">ask a pattern query</a>.</p>
                <h2>Newest articles</h2>
                \(Self.articleItems(newest.articles))
                <p><a href="/articles">Every article</a></p>
                """
            return .html(HTML.page(title: "Mekong", body: body))
        } catch {
            return Self.storeFailure(error, api: false)
        }
    }

    /// The entities whose names contain the search text, ignoring case and diacritics.
    func search(_ fields: FormFields) -> Answer {
        let text = (fields["q"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else {
            return .html(HTML.page(title: "Search", body: "<h1>Search</h1><p>Type part of a name in the search box.</p>"))
        }
        do {
            let found = try store.entities(type: nil, search: text)
            let shown = found.prefix(Self.searchLimit)
            var body = "<h1>Entities matching “\(HTML.escape(text))”</h1>\n"
            if found.isEmpty {
                let suggestions = try store.suggestions(for: text, limit: 5)
                body += "<p>No entity's name contains “\(HTML.escape(text))”.</p>"
                if !suggestions.isEmpty {
                    body += "<p>Did you mean: " + suggestions.map {
                        "<a href=\"/search?q=\(DiagramLinks.encoded($0))\">\(HTML.escape($0))</a>"
                    }.joined(separator: ", ") + "?</p>"
                }
            } else {
                body += "<ul class=\"results\">\n" + shown.map { entity in
                    "<li>\(HTML.entityLink(id: entity.id, name: entity.name))<span class=\"type\">\(HTML.escape(entity.type.rawValue))</span>"
                        + " <span class=\"muted\">\(entity.mentions.count) mention(s)</span></li>"
                }.joined(separator: "\n") + "\n</ul>"
                if found.count > shown.count {
                    body += "<p class=\"muted\">The first \(shown.count) of \(found.count); type more of the name.</p>"
                }
            }
            return .html(HTML.page(title: "Search: \(text)", search: text, body: body))
        } catch {
            return Self.storeFailure(error, api: false)
        }
    }

    /// An entity: its names and attributes, its relations with their posts and the sentences that state them,
    /// and the articles behind them.
    func entityPage(_ id: String) -> Answer {
        do {
            guard let entity = try store.entity(id: id) else {
                return .htmlError(
                    status: 404, title: "No such entity",
                    message: "No entity has the id “\(id)”. Search for it by name in the box above.")
            }
            let relations = try store.relations(of: entity.id)
            let names = try store.entityNames(relations.flatMap { [$0.subject, $0.object] })
            let articles = try store.articleSummaries(relations.flatMap { $0.evidence.map(\.article) })
            let mentioning = try store.articleListing(ArticleFilter(mentioning: entity.id, limit: 20))
            let articleCount = Set(entity.mentions.map(\.article)).count
            var body = """
                <h1 id="entity-name">\(HTML.escape(entity.name))<span class="type">\(HTML.escape(entity.type.rawValue))</span></h1>
                <p class="meta"><code>\(HTML.escape(entity.id))</code> · named \(entity.mentions.count) time(s) in \(articleCount) article(s) · \
                <a id="diagram-link" href="\(HTML.escape(Paths.diagram(entity.id)))">Ego diagram</a></p>

                """
            if !entity.aliases.isEmpty {
                body += "<h2>Also called</h2>\n<ul class=\"aliases\">"
                    + entity.aliases.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul>\n"
            }
            if !entity.attributes.isEmpty {
                body += "<h2>Attributes</h2>\n<table class=\"attributes\">"
                    + entity.attributes.sorted { $0.key < $1.key }.map {
                        "<tr><th>\(HTML.escape($0.key))</th><td>\(HTML.escape($0.value))</td></tr>"
                    }.joined() + "</table>\n"
            }
            body += "<h2>Relations (\(relations.count))</h2>\n"
            if relations.isEmpty { body += "<p class=\"muted\">No relation was found for this entity.</p>\n" }
            for relation in relations {
                body += Self.relationBlock(relation, around: entity.id, names: names, articles: articles)
            }
            body += "<h2>Articles that name it</h2>\n" + Self.articleItems(mentioning.articles)
            if mentioning.hasMore { body += "<p class=\"muted\">The newest \(mentioning.articles.count) are listed.</p>" }
            return .html(HTML.page(title: entity.name, body: body))
        } catch {
            return Self.storeFailure(error, api: false)
        }
    }

    /// One relation, as the entity page and the article page show it: both ends (the end other than `around`
    /// marked as a neighbour), the predicate and post, and every sentence with a link to it in its article.
    static func relationBlock(
        _ relation: Relation, around: String?, names: [String: String], articles: [String: ArticleSummary]
    ) -> String {
        func end(_ id: String) -> String {
            let name = HTML.escape(names[id] ?? id)
            if id == around { return "<strong>\(name)</strong>" }
            return "<a class=\"entity neighbor\" href=\"\(HTML.escape(Paths.entity(id)))\">\(name)</a>"
        }
        let title = relation.attributes["title"].flatMap { $0.isEmpty ? nil : $0 }
        let others = relation.attributes.filter { $0.key != "title" }.sorted { $0.key < $1.key }
        var html = "<div class=\"relation\" id=\"relation-\(HTML.escape(relation.id))\">\n<p>\(end(relation.subject)) "
            + "<span class=\"predicate\">\(HTML.escape(relation.predicate.rawValue))</span>"
            + (title.map { " <span class=\"post\">(\(HTML.escape($0)))</span>" } ?? "")
            + " → \(end(relation.object))"
            + (others.isEmpty ? "" : " <span class=\"muted\">" + others.map { HTML.escape("\($0.key)=\($0.value)") }.joined(separator: ", ") + "</span>")
            + "</p>\n"
        for evidence in relation.evidence {
            let article = articles[evidence.article]
            // What this report says of the post's time (`status=former`) goes with its date.
            let report = evidence.attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            let source = ([article?.published, article?.source].compactMap { $0 } + report).map { HTML.escape($0) }
                .joined(separator: " · ")
            html += "<blockquote>“\(HTML.escape(evidence.text))”</blockquote>\n"
                + "<p class=\"meta\">— <a class=\"article\" href=\"\(HTML.escape(Paths.article(evidence.article, relation: relation.id)))\">"
                + "\(HTML.escape(article?.title.isEmpty == false ? article!.title : evidence.article))</a>"
                + (source.isEmpty ? "" : " · \(source)") + " · \(HTML.escape(evidence.extractor)), confidence \(evidence.confidence)</p>\n"
        }
        return html + "</div>\n"
    }

    /// A list of articles, each a link to its page with its date and outlet.
    static func articleItems(_ articles: [ArticleSummary]) -> String {
        guard !articles.isEmpty else { return "<p class=\"muted\">None.</p>\n" }
        return "<ul class=\"articles\">\n" + articles.map { article in
            let meta = [article.published ?? "no date", article.source].compactMap { $0 }.map { HTML.escape($0) }.joined(separator: " · ")
            let title = article.title.isEmpty ? article.path : article.title
            return "<li><a class=\"article\" href=\"\(HTML.escape(Paths.article(article.id)))\">\(HTML.escape(title))</a>"
                + " <span class=\"muted\">\(meta) · \(article.entities) entities, \(article.relations) relations</span></li>"
        }.joined(separator: "\n") + "\n</ul>\n"
    }

    /// Every article, newest first (at most a thousand).
    func articleList() -> Answer {
        do {
            let listing = try store.articleListing(ArticleFilter(limit: 1000))
            var body = "<h1>Articles</h1>\n" + Self.articleItems(listing.articles)
            if listing.hasMore { body += "<p class=\"muted\">The newest \(listing.articles.count) are listed.</p>" }
            return .html(HTML.page(title: "Articles", body: body))
        } catch {
            return Self.storeFailure(error, api: false)
        }
    }

    /// An entity's ego diagram: the entities within `depth` hops (1 by default, at most 3), drawn by Graphviz
    /// as inline SVG whose nodes lead to their own diagrams and whose edges lead to their sentences.
    func diagramPage(_ id: String, fields: FormFields) -> Answer {
        let depth: Int
        switch fields["depth"] {
        case nil: depth = 1
        case let text?:
            guard let number = Int(text), (1...Self.diagramMaxDepth).contains(number) else {
                return .htmlError(status: 400, title: "Bad depth",
                    message: "depth must be a whole number from 1 to \(Self.diagramMaxDepth), not “\(text)”.")
            }
            depth = number
        }
        do {
            guard let entity = try store.entity(id: id) else {
                return .htmlError(status: 404, title: "No such entity",
                    message: "No entity has the id “\(id)”. Search for it by name in the box above.")
            }
            let selection = GraphSelection(focus: entity.id, depth: depth, article: nil, maxEntities: Self.diagramEntities)
            let summary = try selection.summary(from: store)
            let options = RenderOptions(
                format: .svg, caption: summary.caption(in: .vi), focus: summary.focus, links: Paths.diagramLinks)
            let svg = String(decoding: try GraphvizRenderer().render(summary.graph, options: options), as: UTF8.self)
            // Inline: the drawing without its XML declaration and doctype.
            let inline = svg.range(of: "<svg").map { String(svg[$0.lowerBound...]) } ?? svg
            let depths = (1...Self.diagramMaxDepth).map { number in
                number == depth ? "<strong>\(number)</strong>" : "<a href=\"\(HTML.escape(Paths.diagram(entity.id, depth: number)))\">\(number)</a>"
            }.joined(separator: " ")
            let body = """
                <h1>\(HTML.escape(entity.name))<span class="type">\(HTML.escape(entity.type.rawValue))</span></h1>
                <p class="meta"><a id="entity-link" href="\(HTML.escape(Paths.entity(entity.id)))">Entity page</a> · hops: \(depths) · \
                click an entity to walk to its diagram, a line to read the sentence that states it.</p>
                <div class="diagram" id="diagram">
                \(inline)
                </div>
                """
            return .html(HTML.page(title: "Diagram: \(entity.name)", body: body))
        } catch {
            return Self.storeFailure(error, api: false)
        }
    }
}
