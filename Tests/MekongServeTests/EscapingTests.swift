import Foundation
import MekongKit
@testable import MekongServe
import Testing

/// Everything a page shows from the store or the request is text, never markup; nothing outside the app's own
/// assets is served.
@Suite struct EscapingTests {
    /// Markup that must never reach a page as markup.
    static let raw = ["<script>alert(1)</script>", "<img src=x onerror", "<b>Co</b>", "<svg onload", "<u>Chủ tịch</u>", "<i>outlet</i>"]

    static func expectEscaped(_ body: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for markup in raw { #expect(!body.contains(markup), "\(markup) reached the page as markup", sourceLocation: sourceLocation) }
        // The only scripts are the app's own file.
        #expect(body.components(separatedBy: "<script").count == 2, sourceLocation: sourceLocation)
        #expect(body.contains("<script src=\"/assets/search.js\" defer></script>"), sourceLocation: sourceLocation)
    }

    @Test func entityNamedScriptIsShownAsText() async throws {
        let answer = try await ServeFixture.get("/entity/" + ServeFixture.encoded(ServeFixture.scriptPerson))
        #expect(answer.status == 200)
        #expect(answer.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(answer.body.contains("&lt;u&gt;Chủ tịch&lt;/u&gt;"))
        #expect(answer.body.contains("&quot;&gt;&lt;svg onload=alert(1)&gt;"))
        Self.expectEscaped(answer.body)
    }

    @Test func hostileArticleIsShownAsText() async throws {
        let answer = try await ServeFixture.get("/article/" + ServeFixture.encoded(ServeFixture.hostileArticle))
        #expect(answer.status == 200)
        #expect(answer.body.contains("&lt;img src=x onerror=alert(1)&gt; headline"))
        #expect(answer.body.contains("<mark class=\"mention person\""))
        // A javascript: address is no link.
        #expect(!answer.body.contains("javascript:"))
        Self.expectEscaped(answer.body)
    }

    @Test func hostileDiagramAndSearchAreText() async throws {
        let diagram = try await ServeFixture.get("/entity/" + ServeFixture.encoded(ServeFixture.scriptPerson) + "/diagram")
        #expect(diagram.status == 200)
        Self.expectEscaped(diagram.body)
        #expect(diagram.body.contains("&lt;script&gt;"))
        let search = try await ServeFixture.get("/search?q=%3Cscript%3E")
        #expect(search.status == 200)
        #expect(search.body.contains("value=\"&lt;script&gt;\""))
        Self.expectEscaped(search.body)
        let query = try await ServeFixture.get("/query?q=" + "MATCH (p:person) WHERE p.name CONTAINS '<script>' RETURN p.name"
            .addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
        #expect(query.status == 200)
        #expect(query.body.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>"))
        Self.expectEscaped(query.body)
    }

    @Test func notFoundEchoesTheIDAsText() async throws {
        let answer = try await ServeFixture.get("/entity/%3Cscript%3Ealert(1)%3C%2Fscript%3E")
        #expect(answer.status == 404)
        #expect(answer.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        Self.expectEscaped(answer.body)
    }

    @Test func apiNamesAreJSONStrings() async throws {
        let answer = try await ServeFixture.get("/api/entities?q=script")
        let list = try JSONDecoder().decode(EntityListJSON.self, from: Data(answer.body.utf8))
        #expect(list.entities.map(\.name).contains("<script>alert(1)</script>"))
    }

    @Test(arguments: [
        "/assets/../Package.swift", "/assets/..%2F..%2FPackage.swift", "/assets/%2e%2e/%2e%2e/etc/passwd",
        "/../../etc/passwd", "/assets/..%2f..%2f..%2f..%2fetc%2fpasswd", "/etc/passwd", "/Package.swift",
        "/assets/style.css/../../Package.swift", "/assets//etc/passwd", "/assets/%2Fetc%2Fpasswd",
    ])
    func pathsOutsideTheAssetsAreRefused(uri: String) async throws {
        let answer = try await ServeFixture.get(uri)
        #expect(answer.status == 404)
        #expect(!answer.body.contains("root:"))
        #expect(!answer.body.contains("PackageDescription"))
    }

    @Test func headersKeepOtherScriptsOut() async throws {
        let answer = try await ServeFixture.answer("/")
        #expect(answer.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
        #expect(answer.headers[.xContentTypeOptions] == "nosniff")
    }

    @Test(arguments: [
        ("<script>", "&lt;script&gt;"), ("\"'&", "&quot;&#39;&amp;"), ("a\u{1B}[31mb", "a[31mb"), ("Tỉnh ủy", "Tỉnh ủy"),
        ("C1\u{85}\u{9F}: gone", "C1: gone"), ("kept\t\n\r", "kept\t\n\r"), ("no-break\u{A0}space ©", "no-break\u{A0}space ©"),
        ("\u{7F}del", "del"),
    ])
    func oneEscapingFunction(input: String, expected: String) {
        #expect(HTML.escape(input) == expected)
    }
}
