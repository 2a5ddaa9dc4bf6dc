import Foundation
import Hummingbird
import MekongKit

/// The read-only web app of `mekong serve`: pages to search the graph, read an entity, walk its ego diagram,
/// read an article with its mentions and facts marked, and run a pattern query; and the same as JSON
/// (`/api/…`, described by the OpenAPI document at `/api/openapi.json`).
///
/// Every value shown comes from the store or the request and is escaped (``HTML/escape(_:)``); only the
/// files of ``Assets`` are served, and nothing is written to the store, which is opened read-only.
public struct WebApp: Sendable {
    /// The store the pages read: a SQLite store, or a PostgreSQL one (``MekongPostgres/SharedPostgresStore``).
    public let store: any GraphQuerying & PatternQuerying & Sendable

    /// The app over `store` (open a SQLite store read-only: `GraphStore(readingAt:)`).
    public init(store: any GraphQuerying & PatternQuerying & Sendable) {
        self.store = store
    }

    /// The entities a search page or the search API lists at most.
    static let searchLimit = 50
    /// The entities an ego diagram draws at most (the nearest to its focus first).
    static let diagramEntities = 40
    /// The deepest ego diagram.
    static let diagramMaxDepth = 3
    /// The query rows a page shows at most (the API returns every row).
    static let queryRowsShown = 500

    /// Every route: the pages, the assets, the JSON API; any other path is a 404 page.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: NotFoundMiddleware())
        let app = self
        router.get("/") { _, _ in app.home().response }
        router.get("/search") { request, _ in app.search(FormFields(request.uri.query)).response }
        router.get("/articles") { _, _ in app.articleList().response }
        router.get("/entity/:id") { _, context in app.entityPage(Self.parameter("id", context)).response }
        router.get("/entity/:id/diagram") { request, context in
            app.diagramPage(Self.parameter("id", context), fields: FormFields(request.uri.query)).response
        }
        router.get("/article/:id") { _, context in app.articlePage(Self.parameter("id", context)).response }
        router.get("/query") { request, _ in app.queryPage(FormFields(request.uri.query)).response }
        router.get("/assets/:name") { _, context in Self.asset(Self.parameter("name", context)).response }
        router.get("/api") { _, _ in app.apiIndex().response }
        router.get("/api/openapi.json") { _, _ in Answer.json(OpenAPIDocument.json).response }
        router.get("/api/entities") { request, _ in app.apiEntities(FormFields(request.uri.query)).response }
        router.get("/api/entities/:id") { _, context in app.apiEntity(Self.parameter("id", context)).response }
        router.get("/api/entities/:id/neighbors") { request, context in
            app.apiNeighbors(Self.parameter("id", context), fields: FormFields(request.uri.query)).response
        }
        router.get("/api/articles") { request, _ in app.apiArticles(FormFields(request.uri.query)).response }
        router.get("/api/articles/:id") { _, context in app.apiArticle(Self.parameter("id", context)).response }
        router.get("/api/query") { request, _ in app.apiQuery(FormFields(request.uri.query)).response }
        return router
    }

    /// A path parameter, percent-decoded.
    static func parameter(_ name: String, _ context: BasicRequestContext) -> String {
        let raw = context.parameters.get(name) ?? ""
        return raw.removingPercentEncoding ?? raw
    }

    /// One of the app's own files, or 404.
    static func asset(_ name: String) -> Answer {
        guard let file = Assets.files[name] else { return notFound(false) }
        return Answer(status: 200, contentType: file.contentType, body: file.body)
    }

    /// The answer to a path the app does not serve.
    static func notFound(_ api: Bool) -> Answer {
        if api { return apiError(404, "No such API route. The routes are listed at /api/openapi.json.") }
        return .htmlError(status: 404, title: "Not found", message: "Mekong serves no page at this address. Search for an entity above, or start from the start page.")
    }

    /// A JSON error: `{"error": message}`.
    static func apiError(_ status: Int, _ message: String) -> Answer {
        .json(encode(["error": message]), status: status)
    }

    /// `value` in the CLI's JSON shape (docs/cli-json.md).
    static func encode(_ value: some Encodable) -> String {
        guard let data = try? CLIJSON.encoder().encode(value) else { return "{\"error\": \"The answer could not be encoded.\"}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// What a store failure tells the reader.
    static func storeFailure(_ error: any Error, api: Bool) -> Answer {
        let message = "The store could not be read: \(error.localizedDescription)"
        return api ? apiError(500, message) : .htmlError(status: 500, title: "Store error", message: message)
    }
}
