import Foundation
import MekongKit
import MekongServe
import Testing

/// Every route and status code of `mekong serve`, through Hummingbird's test client.
@Suite struct RouteTests {
    @Test(arguments: [
        "/", "/search?q=tinh+uy+an+giang", "/search?q=", "/articles", "/query",
        "/query?q=MATCH+(p%3Aperson)+RETURN+p.name", "/api",
    ])
    func pagesAnswerOK(uri: String) async throws {
        let answer = try await ServeFixture.get(uri)
        #expect(answer.status == 200)
        #expect(answer.contentType == "text/html; charset=utf-8")
        #expect(answer.body.hasPrefix("<!doctype html>"))
    }

    @Test func searchIgnoresDiacriticsAndCase() async throws {
        let answer = try await ServeFixture.get("/search?q=TINH%20UY%20an%20giang")
        #expect(answer.body.contains("Tỉnh ủy An Giang"))
        let api = try await ServeFixture.get("/api/entities?q=le+van+nung")
        #expect(api.status == 200)
        #expect(api.contentType == "application/json; charset=utf-8")
        #expect(api.body.contains("Lê Văn Nưng"))
    }

    @Test func searchWithoutMatchSuggests() async throws {
        let answer = try await ServeFixture.get("/search?q=Hoang+Phuc+Lamm")
        #expect(answer.status == 200)
        #expect(answer.body.contains("Did you mean"))
        #expect(answer.body.contains("Hoàng Phúc Lâm"))
    }

    @Test func entityPageShowsRelationsSentencesAndArticles() async throws {
        let id = try ServeFixture.entityID(named: "Lê Văn Nưng")
        let answer = try await ServeFixture.get("/entity/" + ServeFixture.encoded(id))
        #expect(answer.status == 200)
        #expect(answer.body.contains("<h1 id=\"entity-name\">Lê Văn Nưng"))
        #expect(answer.body.contains("holds_position"))
        #expect(answer.body.contains("Phó Bí thư Thường trực"))
        #expect(answer.body.contains("phát biểu tại buổi làm việc"))
        #expect(answer.body.contains("class=\"entity neighbor\""))
        #expect(answer.body.contains("href=\"/article/"))
        #expect(answer.body.contains("id=\"diagram-link\""))
    }

    @Test func diagramIsInlineSVGWithLinks() async throws {
        let id = try ServeFixture.entityID(named: "Tỉnh ủy An Giang")
        let answer = try await ServeFixture.get("/entity/" + ServeFixture.encoded(id) + "/diagram")
        #expect(answer.status == 200)
        #expect(answer.body.contains("<svg"))
        #expect(!answer.body.contains("<?xml"))
        #expect(answer.body.contains("xlink:href=\"/entity/" + ServeFixture.encoded(id) + "/diagram\""))
        #expect(answer.body.contains("xlink:href=\"/article/"))
        #expect(answer.body.contains("xlink:title="))
        let deeper = try await ServeFixture.get("/entity/" + ServeFixture.encoded(id) + "/diagram?depth=2")
        #expect(deeper.status == 200)
    }

    @Test func articlePageMarksMentionsAndFacts() async throws {
        let listing = try ServeFixture.store.articleListing(ArticleFilter(limit: 10))
        let article = try #require(listing.articles.first { $0.path.hasSuffix("an-giang.txt") })
        let answer = try await ServeFixture.get("/article/" + ServeFixture.encoded(article.id))
        #expect(answer.status == 200)
        #expect(answer.body.contains("<mark class=\"mention person\""))
        #expect(answer.body.contains("<span class=\"fact\" id=\"r-"))
        #expect(answer.body.contains(">Lê Văn Nưng</a><span class=\"label\">person</span></mark>"))
    }

    @Test(arguments: [
        "/entity/person%3Anobody", "/entity/person%3Anobody/diagram", "/article/nothing", "/nowhere",
        "/assets/nothing.css", "/entity", "/api/entities/person%3Anobody", "/api/entities/person%3Anobody/neighbors",
        "/api/articles/nothing", "/api/nowhere",
    ])
    func unknownIsNotFound(uri: String) async throws {
        let answer = try await ServeFixture.get(uri)
        #expect(answer.status == 404)
        if uri.hasPrefix("/api/") {
            #expect(answer.contentType.hasPrefix("application/json"))
            #expect(answer.body.contains("\"error\""))
        } else {
            #expect(answer.contentType.hasPrefix("text/html"))
        }
    }

    @Test(arguments: [
        "/query?q=MATCH+(p%3Aperson", "/query?q=MATCH+(p%3Anotatype)+RETURN+p.name", "/api/query?q=RETURN",
        "/api/query", "/api/entities?limit=0", "/api/entities?limit=x", "/api/entities?type=persn",
        "/api/articles?limit=100000", "/api/entities/x/neighbors?depth=9",
    ])
    func badRequests(uri: String) async throws {
        let answer = try await ServeFixture.get(uri)
        #expect(answer.status == 400)
    }

    @Test func badDepthOfADiagramIs400() async throws {
        let id = try ServeFixture.entityID(named: "Tỉnh ủy An Giang")
        let answer = try await ServeFixture.get("/entity/" + ServeFixture.encoded(id) + "/diagram?depth=0")
        #expect(answer.status == 400)
    }

    @Test func queryErrorSaysWhere() async throws {
        let page = try await ServeFixture.get("/query?q=MATCH+(p%3Aperson")
        #expect(page.body.contains("id=\"query-error\""))
        #expect(page.body.contains("line 1"))
        let api = try await ServeFixture.get("/api/query?q=MATCH+(p%3Aperson")
        let object = try JSONSerialization.jsonObject(with: Data(api.body.utf8)) as? [String: Any]
        #expect(object?["line"] as? Int == 1)
    }

    @Test func queryAnswers() async throws {
        let uri = "/query?q=" + "MATCH (p:person)-[r:holds_position]->(o) WHERE fold(o.name) = 'tinh uy an giang' RETURN p.name, r.title"
            .addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        let page = try await ServeFixture.get(uri)
        #expect(page.status == 200)
        #expect(page.body.contains("<td>Lê Văn Nưng</td>"))
        let api = try await ServeFixture.get(uri.replacingOccurrences(of: "/query", with: "/api/query"))
        #expect(api.status == 200)
        let rows = try JSONSerialization.jsonObject(with: Data(api.body.utf8)) as? [[String: Any]]
        #expect(rows?.contains { $0["p.name"] as? String == "Lê Văn Nưng" } == true)
    }

    @Test func jsonAPIShapes() async throws {
        let id = try ServeFixture.entityID(named: "Lê Văn Nưng")
        let entity = try await ServeFixture.get("/api/entities/" + ServeFixture.encoded(id))
        #expect(entity.status == 200)
        let detail = try JSONDecoder().decode(EntityDetailJSON.self, from: Data(entity.body.utf8))
        #expect(detail.entity.name == "Lê Văn Nưng")
        #expect(!detail.relations.isEmpty)
        let neighbors = try await ServeFixture.get("/api/entities/" + ServeFixture.encoded(id) + "/neighbors?depth=2")
        let part = try JSONDecoder().decode(NeighborhoodJSON.self, from: Data(neighbors.body.utf8))
        #expect(part.depth == 2)
        let articles = try await ServeFixture.get("/api/articles")
        let list = try JSONDecoder().decode(ArticleListJSON.self, from: Data(articles.body.utf8))
        #expect(list.articles.count == 2)
        let article = try await ServeFixture.get("/api/articles/" + ServeFixture.encoded(list.articles[0].id))
        #expect(article.status == 200)
        let object = try JSONSerialization.jsonObject(with: Data(article.body.utf8)) as? [String: Any]
        #expect((object?["mentions"] as? [Any])?.isEmpty == false)
        #expect(object?["text"] is String)
    }

    @Test func openAPIDocumentIsServedAndCommitted() async throws {
        let answer = try await ServeFixture.get("/api/openapi.json")
        #expect(answer.status == 200)
        let document = try JSONSerialization.jsonObject(with: Data(answer.body.utf8)) as? [String: Any]
        #expect(document?["openapi"] as? String == "3.1.0")
        let paths = try #require(document?["paths"] as? [String: Any])
        for route in ["/api/entities", "/api/entities/{id}", "/api/entities/{id}/neighbors", "/api/articles", "/api/articles/{id}", "/api/query"] {
            #expect(paths[route] != nil, "\(route) is not in the OpenAPI document")
        }
        let file = ServeFixture.root.appendingPathComponent("docs/openapi.json")
        if ProcessInfo.processInfo.environment["MEKONG_UPDATE_GOLDEN"] == "1" {
            try Data(OpenAPIDocument.json.utf8).write(to: file)
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == OpenAPIDocument.json,
                "docs/openapi.json differs from the served document: MEKONG_UPDATE_GOLDEN=1 swift test --filter RouteTests")
    }

    @Test func assetsAreServedFromTheBinary() async throws {
        let css = try await ServeFixture.get("/assets/style.css")
        #expect(css.status == 200)
        #expect(css.contentType.hasPrefix("text/css"))
        let script = try await ServeFixture.get("/assets/search.js")
        #expect(script.status == 200)
        #expect(script.contentType.hasPrefix("text/javascript"))
        #expect(!script.body.contains("http"))
    }
}
