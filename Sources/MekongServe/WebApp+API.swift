import Foundation
import MekongKit

extension WebApp {
    /// The API's routes, as a small page for people (programs read `/api/openapi.json`).
    func apiIndex() -> Answer {
        let routes: [(String, String)] = [
            ("/api/entities?q=TEXT&type=TYPE&limit=N", "entities whose names contain TEXT (case and diacritics ignored)"),
            ("/api/entities/{id}", "one entity, its newest articles and its relations (as `mekong show --json`)"),
            ("/api/entities/{id}/neighbors?depth=N", "the part of the graph within N hops (as `mekong neighbors --json`)"),
            ("/api/articles?limit=N", "the newest articles (as `mekong articles --json`)"),
            ("/api/articles/{id}", "one article: its text, mentions and relations"),
            ("/api/query?q=QUERY", "a pattern query's rows (as `mekong query --format json`)"),
            ("/api/openapi.json", "the OpenAPI 3.1 document of these routes"),
        ]
        let body = "<h1>JSON API</h1>\n<p>Read-only; the shapes are those of the command line's <code>--json</code> (docs/cli-json.md).</p>\n<table>"
            + routes.map { "<tr><td><code>\(HTML.escape($0.0))</code></td><td>\(HTML.escape($0.1))</td></tr>" }.joined()
            + "</table>\n<p><a href=\"/api/openapi.json\">OpenAPI document</a></p>"
        return .html(HTML.page(title: "API", body: body))
    }

    /// A whole number in `range` from a field, its default when absent, or nil when it is not one.
    static func number(_ fields: FormFields, _ name: String, default value: Int, in range: ClosedRange<Int>) -> Int?? {
        guard let text = fields[name] else { return .some(value) }
        guard let number = Int(text), range.contains(number) else { return .some(nil) }
        return .some(number)
    }

    /// `GET /api/entities`.
    func apiEntities(_ fields: FormFields) -> Answer {
        guard let limit = Self.number(fields, "limit", default: 20, in: 1...1000)! else {
            return Self.apiError(400, "limit must be a whole number from 1 to 1000.")
        }
        var type: EntityType?
        if let name = fields["type"], !name.isEmpty {
            guard name.contains(".") || EntityType.defined.contains(EntityType(name)) else {
                return Self.apiError(400, "Unknown type '\(name)'. Types: \(EntityType.defined.map(\.rawValue).joined(separator: ", ")); "
                    + "a plugin's types are namespaced (acme.product).")
            }
            type = EntityType(name)
        }
        let text = fields["q"]?.trimmingCharacters(in: .whitespacesAndNewlines)
        do {
            let found = try store.entities(type: type, search: text?.isEmpty == false ? text : nil)
            return .json(Self.encode(EntityListJSON(Array(found.prefix(limit)))))
        } catch {
            return Self.storeFailure(error, api: true)
        }
    }

    /// `GET /api/entities/{id}`.
    func apiEntity(_ id: String) -> Answer {
        do {
            guard let entity = try store.entity(id: id) else { return Self.apiError(404, "No entity has the id '\(id)'.") }
            let relations = try RelationJSON.list(store.relations(of: entity.id), from: store)
            let articles = try store.articleListing(ArticleFilter(mentioning: entity.id, limit: 10))
            return .json(Self.encode(EntityDetailJSON(entity: entity, articles: articles.articles, relations: relations)))
        } catch {
            return Self.storeFailure(error, api: true)
        }
    }

    /// `GET /api/entities/{id}/neighbors`.
    func apiNeighbors(_ id: String, fields: FormFields) -> Answer {
        guard let depth = Self.number(fields, "depth", default: 1, in: 1...Self.diagramMaxDepth)! else {
            return Self.apiError(400, "depth must be a whole number from 1 to \(Self.diagramMaxDepth).")
        }
        do {
            guard let entity = try store.entity(id: id) else { return Self.apiError(404, "No entity has the id '\(id)'.") }
            let part = try store.neighborhood(of: entity.id, depth: depth, predicates: nil)
            let relations = try RelationJSON.list(part.relations, from: store)
            return .json(Self.encode(NeighborhoodJSON(entity: entity, depth: depth, entities: part.entities, relations: relations)))
        } catch {
            return Self.storeFailure(error, api: true)
        }
    }

    /// `GET /api/articles`.
    func apiArticles(_ fields: FormFields) -> Answer {
        guard let limit = Self.number(fields, "limit", default: 100, in: 1...1000)! else {
            return Self.apiError(400, "limit must be a whole number from 1 to 1000.")
        }
        do {
            return .json(Self.encode(ArticleListJSON(try store.articleListing(ArticleFilter(limit: limit)))))
        } catch {
            return Self.storeFailure(error, api: true)
        }
    }

    /// `GET /api/articles/{id}`.
    func apiArticle(_ id: String) -> Answer {
        do {
            guard try store.article(id: id) != nil, let summary = try store.articleSummaries([id])[id] else {
                return Self.apiError(404, "No article has the id '\(id)'.")
            }
            let part = try store.contribution(ofArticle: id)
            let text = part.articles.first { $0.id == id }?.text ?? ""
            let mentions = part.entities.flatMap { entity in
                entity.mentions.filter { $0.article == id }.map {
                    ArticleDetailJSON.MentionJSON(entityId: entity.id, type: entity.type.rawValue, text: $0.text, start: $0.start, end: $0.end)
                }
            }.sorted { ($0.start, $0.end, $0.entityId) < ($1.start, $1.end, $1.entityId) }
            let relations = try RelationJSON.list(part.relations, from: store)
            return .json(Self.encode(ArticleDetailJSON(article: ArticleJSON(summary), text: text, mentions: mentions, relations: relations)))
        } catch {
            return Self.storeFailure(error, api: true)
        }
    }

    /// `GET /api/query`: the rows as `mekong query --format json` prints them; a bad query is a 400 that says
    /// where and why.
    func apiQuery(_ fields: FormFields) -> Answer {
        guard let text = fields["q"], !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return Self.apiError(400, "Give the query as q, e.g. /api/query?q=MATCH%20(p%3Aperson)%20RETURN%20p.name")
        }
        do {
            let result = try store.query(PatternQuery.parse(text))
            return .json(QueryOutputFormat.json.render(result))
        } catch let error as PatternQueryError {
            return .json(Self.encode(QueryErrorJSON(error: error.localizedDescription, line: error.line, column: error.column)), status: 400)
        } catch {
            return Self.storeFailure(error, api: true)
        }
    }
}
