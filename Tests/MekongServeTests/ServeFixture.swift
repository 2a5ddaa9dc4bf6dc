import Foundation
import Hummingbird
import HummingbirdTesting
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

    /// Runs `body` with a client of the app's router.
    static func withClient(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = Application(router: WebApp(store: store).router())
        try await app.test(.router) { client in try await body(client) }
    }

    /// The status and body of `GET uri`.
    static func get(_ uri: String) async throws -> (status: Int, contentType: String, body: String) {
        let result = Box()
        try await withClient { client in
            try await client.execute(uri: uri, method: .get) { response in
                result.set((response.status.code, response.headers[.contentType] ?? "", String(buffer: response.body)))
            }
        }
        return result.value
    }

    /// The answer of one request, handed out of the client's closure.
    final class Box: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: (Int, String, String) = (0, "", "")
        var value: (status: Int, contentType: String, body: String) { lock.withLock { stored } }
        func set(_ value: (Int, String, String)) { lock.withLock { stored = value } }
    }

    /// An entity of the example article, by name.
    static func entityID(named name: String) throws -> String {
        try store.resolve(name).id
    }

    /// A path segment as the app's links write it.
    static func encoded(_ id: String) -> String { DiagramLinks.encoded(id) }
}
