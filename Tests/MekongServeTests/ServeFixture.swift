import Foundation
import Hummingbird
import Logging
import NIOCore
import NIOEmbedded
import MekongKit
import MekongServe
import Testing

/// A store holding `examples/articles` and one hostile article whose names, title and URL are markup, and the
/// app over it.
enum ServeFixture {
    /// The repository's root, from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The hostile article's id, entity ids and text.
    static let hostileArticle = "hostile-<article>"
    static let scriptPerson = "person:<script>-1"
    static let quoteOrganization = "org:\"quoted\"&-2"
    static let hostileText = "Ông <script>alert(1)</script> làm việc với Tổ chức \"Q\" & <b>Co</b>."

    /// The shared store (built once: ingesting takes a moment).
    static let store: GraphStore = {
        do {
            let store = try GraphStore.inMemory()
            let ingestor = try ArticleIngestor(extractors: BuiltInExtractors.registry().extractors)
            _ = try ingestor.ingest([root.appendingPathComponent("examples/articles").path], into: store)
            _ = try store.ingest(hostileContribution())
            return store
        } catch {
            fatalError("The serve fixture store could not be built: \(error)")
        }
    }()

    /// An article whose every field a page shows is markup.
    static func hostileContribution() -> ArticleContribution {
        let scalars = Array(hostileText.unicodeScalars)
        func span(_ text: String) -> (Int, Int) {
            let needle = Array(text.unicodeScalars)
            for start in 0...(scalars.count - needle.count) where Array(scalars[start..<start + needle.count]) == needle {
                return (start, start + needle.count)
            }
            fatalError("\(text) is not in the hostile text")
        }
        let (personStart, personEnd) = span("<script>alert(1)</script>")
        let (orgStart, orgEnd) = span("Tổ chức \"Q\" & <b>Co</b>")
        let article = Article(
            id: hostileArticle, title: "<img src=x onerror=alert(1)> headline", path: "/tmp/<hostile>.txt",
            url: "javascript:alert(1)", source: "<i>outlet</i>", sha256: "0", text: hostileText)
        let person = Entity(
            id: scriptPerson, type: .person, name: "<script>alert(1)</script>", aliases: ["\"><svg onload=alert(1)>"],
            mentions: [Mention(article: hostileArticle, start: personStart, end: personEnd, text: "<script>alert(1)</script>")])
        let organization = Entity(
            id: quoteOrganization, type: .organization, name: "Tổ chức \"Q\" & <b>Co</b>",
            mentions: [Mention(article: hostileArticle, start: orgStart, end: orgEnd, text: "Tổ chức \"Q\" & <b>Co</b>")])
        let relation = Relation(
            id: "rel:<hostile>", subject: scriptPerson, predicate: .holdsPosition, object: quoteOrganization,
            attributes: ["title": "<u>Chủ tịch</u>"],
            evidence: [Evidence(article: hostileArticle, start: 0, end: scalars.count, text: hostileText, extractor: "test", confidence: 1)])
        return ArticleContribution(article: article, entities: [person, organization], relations: [relation])
    }

    /// The app's responder (built once; it holds no per-request state).
    static let responder: Router<BasicRequestContext>.Responder = WebApp(store: store).router().buildResponder()

    /// The answer of `GET uri`, handed to the router's responder in process, as the server hands it a request
    /// (no socket, no HTTP client: the routes, middleware and bodies are the ones `mekong serve` runs).
    static func answer(_ uri: String) async throws -> (status: Int, headers: HTTPFields, body: String) {
        let request = Request(
            head: HTTPRequest(method: .get, scheme: "http", authority: "localhost", path: uri),
            body: RequestBody(buffer: ByteBuffer()))
        let context = BasicRequestContext(
            source: ApplicationRequestContextSource(channel: NIOAsyncTestingChannel(), logger: Logger(label: "mekong-serve-tests")))
        let response: Response
        do {
            response = try await responder.respond(to: request, context: context)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        }
        let collector = BodyCollector()
        try await response.body.write(collector)
        return (Int(response.status.code), response.headers, String(buffer: collector.body))
    }

    /// The status, content type and body of `GET uri`.
    static func get(_ uri: String) async throws -> (status: Int, contentType: String, body: String) {
        let answer = try await answer(uri)
        return (answer.status, answer.headers[.contentType] ?? "", answer.body)
    }

    /// Collects a response body in memory.
    final class BodyCollector: ResponseBodyWriter, @unchecked Sendable {
        private let lock = NSLock()
        private var stored = ByteBuffer()
        var body: ByteBuffer { lock.withLock { stored } }
        func write(_ buffer: ByteBuffer) async throws {
            lock.withLock { _ = stored.writeImmutableBuffer(buffer) }
        }
        func finish(_ trailingHeaders: HTTPFields?) async throws {}
    }

    /// An entity of the example article, by name.
    static func entityID(named name: String) throws -> String {
        try store.resolve(name).id
    }

    /// A path segment as the app's links write it.
    static func encoded(_ id: String) -> String { DiagramLinks.encoded(id) }
}
