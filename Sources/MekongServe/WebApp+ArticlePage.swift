import MekongKit

extension WebApp {
    /// An article: its text with every mention and every sentence that states a relation marked, then the
    /// relations it states and the entities it names.
    func articlePage(_ id: String) -> Answer {
        do {
            guard try store.article(id: id) != nil else {
                return .htmlError(status: 404, title: "No such article",
                    message: "No article has the id “\(id)”. The articles are listed at /articles.")
            }
            let part = try store.contribution(ofArticle: id)
            guard let article = part.articles.first(where: { $0.id == id }) else {
                return .htmlError(status: 404, title: "No such article", message: "No article has the id “\(id)”.")
            }
            let highlighter = ArticleHighlighter(text: article.text, articleID: id, entities: part.entities, relations: part.relations)
            let names = Dictionary(part.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            let summaries = try store.articleSummaries(part.relations.flatMap { $0.evidence.map(\.article) } + [id])
            var meta = [article.published ?? "no date", article.source, article.author].compactMap { $0 }.map { HTML.escape($0) }
            // Only a web address is a link: a `javascript:` URL in an article's header must not become one.
            if let url = article.url, url.hasPrefix("https://") || url.hasPrefix("http://") {
                meta.append("<a rel=\"noopener noreferrer nofollow\" href=\"\(HTML.escape(url))\">original</a>")
            }
            meta.append("<code>\(HTML.escape(article.path))</code>")
            let named = part.entities.filter { $0.mentions.contains { $0.article == id } }
                .sorted { ($0.type.rawValue, $0.name) < ($1.type.rawValue, $1.name) }
            var body = """
                <h1 id="article-title">\(HTML.escape(article.title.isEmpty ? article.path : article.title))</h1>
                <p class="meta">\(meta.joined(separator: " · "))</p>
                <p class="muted">Names are marked with their type (a link to the entity); sentences that state a relation are underlined.</p>
                <div class="article-text" id="article-text">\(highlighter.html)</div>
                <h2>Relations stated here (\(part.relations.count))</h2>

                """
            for relation in part.relations {
                var own = relation
                own.evidence = relation.evidence.filter { $0.article == id }
                body += Self.relationBlock(own, around: nil, names: names, articles: summaries)
            }
            body += "<h2>Entities named here (\(named.count))</h2>\n<ul class=\"entities\">\n" + named.map { entity in
                "<li>\(HTML.entityLink(id: entity.id, name: entity.name))<span class=\"type\">\(HTML.escape(entity.type.rawValue))</span></li>"
            }.joined(separator: "\n") + "\n</ul>\n"
            return .html(HTML.page(title: article.title.isEmpty ? article.path : article.title, body: body))
        } catch {
            return Self.storeFailure(error, api: false)
        }
    }
}
