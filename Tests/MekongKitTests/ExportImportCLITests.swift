import Foundation
import Testing

@Suite("mekong export in every format, and mekong import")
struct ExportImportCLITests {
    let cli: MekongCLI
    let scratch: ScratchDirectory
    let store: String

    init() throws {
        cli = try MekongCLI.locate()
        scratch = try ScratchDirectory()
        store = scratch.path("graph.sqlite")
    }

    /// Ingests the example article (examples/articles) into the scratch store.
    private func ingestFixture() throws {
        let run = try cli.run(["ingest", "--store", store, try Fixture.articlePath])
        try #require(run.status == 0, "\(run.error)")
    }

    @Test("export → import → export of an ingested article gives the same bytes, and the copy answers queries")
    func roundTrip() throws {
        defer { scratch.remove() }
        try ingestFixture()
        let first = scratch.path("first.json")
        #expect(try cli.run(["export", "--store", store, "-o", first]).status == 0)
        let copy = scratch.path("copy.sqlite")
        let imported = try cli.run(["import", "--store", copy, first])
        #expect(imported.status == 0, "\(imported.error)")
        #expect(imported.output.hasPrefix("Imported 1 articles, 18 entities and 13 relations into "), "\(imported.output)")
        let again = try cli.run(["export", "--store", copy])
        #expect(again.output == (try String(contentsOfFile: first, encoding: .utf8)))
        let show = try cli.run(["show", "--store", copy, "Le Van Nung"])
        #expect(show.status == 0 && show.output.contains("holds_position"), "\(show.all)")
    }

    @Test("every format is the same bytes from one run to the next", arguments: ["json", "graphml", "gexf", "turtle", "ntriples"])
    func stable(format: String) throws {
        defer { scratch.remove() }
        try ingestFixture()
        // Separate processes hash differently: an order taken from a dictionary would differ between them.
        let runs = try (0..<2).map { _ in try cli.run(["export", "--store", store, "--format", format]) }
        #expect(runs[0].status == 0, "\(runs[0].error)")
        #expect(runs[0].output.count > 10_000)
        #expect(runs[0].output == runs[1].output)
    }

    @Test("neo4j writes nodes.csv and relationships.csv into the folder given with -o, and needs one")
    func neo4jFolder() throws {
        defer { scratch.remove() }
        try ingestFixture()
        let folder = scratch.path("neo4j/graph")
        let run = try cli.run(["export", "--store", store, "--format", "neo4j", "-o", folder])
        #expect(run.status == 0, "\(run.error)")
        let nodes = try String(contentsOfFile: folder + "/nodes.csv", encoding: .utf8)
        let relationships = try String(contentsOfFile: folder + "/relationships.csv", encoding: .utf8)
        #expect(nodes.split(separator: "\n").count == 19)
        #expect(relationships.split(separator: "\n").count == 14)
        let noFolder = try cli.run(["export", "--store", store, "--format", "neo4j"])
        #expect(noFolder.status == 64 && noFolder.error.contains("-o"), "\(noFolder.error)")
    }

    @Test("an unknown --format is a usage error that lists every format")
    func unknownFormat() throws {
        defer { scratch.remove() }
        let run = try cli.run(["export", "--store", store, "--format", "csv"])
        #expect(run.status == 64)
        for format in ["json", "graphml", "gexf", "neo4j", "turtle", "ntriples", "dot"] {
            #expect(run.error.contains(format), "\(format) missing from: \(run.error)")
        }
    }

    @Test("import refuses a store that holds anything, another format or version, and creates no store for a wrong file")
    func importRefusals() throws {
        defer { scratch.remove() }
        try ingestFixture()
        let export = scratch.path("graph.json")
        #expect(try cli.run(["export", "--store", store, "-o", export]).status == 0)
        let full = try cli.run(["import", "--store", store, export])
        #expect(full.status == 1 && full.error.contains("is not empty"), "\(full.error)")

        let fresh = scratch.path("fresh.sqlite")
        let text = try String(contentsOfFile: export, encoding: .utf8)
        let cases: [(String, String)] = [
            (text.replacingOccurrences(of: "\"version\" : 3", with: "\"version\" : 4"), "has version 4"),
            (text.replacingOccurrences(of: "\"mekong-graph\"", with: "\"other\""), "not a Mekong JSON export"),
            ("<graphml/>", "not a Mekong JSON export"),
            (text.replacingOccurrences(of: "\"subject\" : \"person:", with: "\"subject\" : \"person:x"), "inconsistent"),
        ]
        for (contents, message) in cases {
            let file = try scratch.write(Array(contents.utf8), to: "wrong.json")
            let run = try cli.run(["import", "--store", fresh, file])
            #expect(run.status == 1 && run.error.contains(message), "\(message): \(run.error)")
            #expect(!FileManager.default.fileExists(atPath: fresh))
        }
    }
}
