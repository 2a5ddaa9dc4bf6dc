import Foundation
import MekongKit
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The PostgreSQL store (docs/postgres.md) against a real server: workers filling it at once give the graph a
/// single SQLite ingest gives, byte for byte; killed workers lose and double nothing; its schema is versioned.
@Suite("PostgreSQL store", .enabled(if: PostgresTestServer.enabled), .serialized)
struct PostgresStoreTests {
    /// Copies the first `count` development articles, in the order of their numbers ("1000-…" after "999-…"), into
    /// `scratch/arts` (a folder both stores read).
    static func articles(_ count: Int, into scratch: ScratchDirectory, filePath: String = #filePath) throws -> String {
        let root = URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let source = root.appendingPathComponent("examples/corpus/dev/articles")
        let names = try FileManager.default.contentsOfDirectory(atPath: source.path).filter { $0.hasSuffix(".txt") }
            .sorted { (Int($0.prefix { $0.isNumber }) ?? 0, $0) < (Int($1.prefix { $0.isNumber }) ?? 0, $1) }
        let folder = scratch.path("arts")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in names.prefix(count) {
            try FileManager.default.copyItem(atPath: source.appendingPathComponent(name).path, toPath: "\(folder)/\(name)")
        }
        return folder
    }

    /// Starts `mekong ingest --queue` on `url`, its output discarded.
    static func startWorker(_ cli: MekongCLI, _ url: String) throws -> Process {
        let process = Process()
        process.executableURL = cli.executable
        process.arguments = ["ingest", "--store", url, "--queue", "--jobs", "1"]
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CONFIG_HOME"] = "/nonexistent/mekong-tests-config"
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test("three workers at once export the bytes one SQLite ingest exports, in JSON and GraphML")
    func workersMatchSQLite() throws {
        let cli = try MekongCLI.locate()
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let database = try PostgresTestServer.freshDatabase()
        defer { database.drop() }
        let articles = try Self.articles(40, into: scratch)
        let sqlite = scratch.path("reference.sqlite")
        #expect(try cli.run(["ingest", "--store", sqlite, "--jobs", "1", articles]).status == 0)

        let enqueued = try cli.run(["enqueue", "--store", database.url, articles])
        #expect(enqueued.status == 0, "\(enqueued.all)")
        #expect(enqueued.output.contains("40 articles queued"), "\(enqueued.output)")
        let workers = try (0..<3).map { _ in try Self.startWorker(cli, database.url) }
        for worker in workers {
            worker.waitUntilExit()
            #expect(worker.terminationStatus == 0)
        }
        for format in ["json", "graphml"] {
            let expected = try cli.run(["export", "--store", sqlite, "--format", format])
            let exported = try cli.run(["export", "--store", database.url, "--format", format])
            #expect(exported.status == 0, "\(exported.error)")
            #expect(!expected.output.isEmpty)
            #expect(exported.output == expected.output, "\(format): the PostgreSQL export differs from SQLite's")
        }
        #expect(try database.sql("SELECT count(*) FROM ingest_queue WHERE state = 'done'") == "40")
        #expect(try database.sql("SELECT count(*) FROM articles") == "40")
    }

    /// Pattern queries of every kind the language has (docs/query-language.md), each with an ORDER BY that decides
    /// the order of every row: without one, rows come in the order each database finds them.
    static let patternQueries = [
        "MATCH (p:person)-[r:holds_position]->(o:organization) RETURN p.name, r.title, o.name ORDER BY p.name, r.title, o.name",
        "MATCH (o:organization)<-[:holds_position]-(p) RETURN DISTINCT o.name ORDER BY o.name",
        "MATCH (p:person)-[r:holds_position]->(o)-[:located_in]->(pl:place) WHERE fold(pl.name) = 'ha noi' "
            + "RETURN p.name, r.title, o.name ORDER BY p.name, r.title, o.name",
        "MATCH (a:organization)-[:part_of|located_in*1..3]-(b) RETURN DISTINCT a.name, b.name ORDER BY a.name, b.name",
        "MATCH (o) WHERE fold(o.name) = fold('QUỐC HỘI') OR 'Chính Phủ' IN o.aliases RETURN o, o.id ORDER BY o.id",
        "MATCH (o:organization) WHERE fold(o.name) CONTAINS 'tinh uy' RETURN o.name ORDER BY o.name",
        "MATCH (p:person)-[:holds_position]->(o) RETURN o.name, count(*) AS people ORDER BY people DESC, o.name LIMIT 5",
        "MATCH (p:person) RETURN p.name ORDER BY p.name DESC SKIP 3 LIMIT 4",
        "MATCH (p:person) RETURN count(*), count(DISTINCT p.name)",
        "MATCH (p:person)-[r:holds_position]->(o) RETURN p.name, r.title, r.status, r.term, r.since, o.name "
            + "ORDER BY r.since DESC, r.status, p.name, r.title, o.name",
        "MATCH (p:person {name: 'Nguyễn Xuân Phúc'})-[:holds_position]->(o)<-[r:holds_position]-(q) "
            + "RETURN q.name, r.title ORDER BY q.name, r.title",
        "MATCH (p:person) WHERE p.name STARTS WITH 'Nguyễn' AND NOT p.name ENDS WITH 'Phúc' RETURN p.name ORDER BY p.name",
        "MATCH (a)-[r]-(b) WHERE a.name = 'Chính phủ' AND a <> b RETURN b.name, type(r) ORDER BY b.name, type(r)",
        "MATCH (a)-[r:met_with|cooperates_with]-(b) WHERE r.date >= '2017' RETURN a.name, b.name, r.date "
            + "ORDER BY r.date DESC, a.name, b.name",
        "MATCH (p:person) WHERE p.name < 'H' RETURN fold(p.name) AS folded ORDER BY folded LIMIT 6",
        "MATCH (a)-[r]->(b) WHERE r.title IS NULL RETURN type(r), count(*) ORDER BY type(r)",
        "MATCH (d:document) WHERE d.symbol IS NOT NULL RETURN d.name, d.symbol, d.date ORDER BY d.date, d.name",
    ]

    @Test("entities, show, neighbors, path, relations, articles, render and export of the whole graph or a part answer on PostgreSQL exactly as on SQLite")
    func queriesMatchSQLite() throws {
        let cli = try MekongCLI.locate()
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let database = try PostgresTestServer.freshDatabase()
        defer { database.drop() }
        let articles = try Self.articles(60, into: scratch)
        let firstArticle = try #require(try FileManager.default.contentsOfDirectory(atPath: articles).sorted().first)
        let sqlite = scratch.path("reference.sqlite")
        #expect(try cli.run(["ingest", "--store", sqlite, articles]).status == 0)
        #expect(try cli.run(["ingest", "--store", database.url, articles]).status == 0)
        let questions: [[String]] = [
            ["entities", "--search", "tinh uy"], ["entities", "--type", "person", "--json"], ["entities", "--search", "xy"],
            ["show", "Quốc hội"], ["show", "Nguyen Xuan Phuc", "--json"], ["show", "Quoc hoi Lao Cai Viet"],
            ["neighbors", "Chính phủ", "--depth", "2"], ["neighbors", "Quốc hội", "--predicate", "holds_position", "--json"],
            ["path", "Nguyễn Xuân Phúc", "Quốc hội"], ["path", "Nguyễn Xuân Phúc", "Bộ Y tế", "--all-shortest", "--json"],
            ["path", "Nguyễn Xuân Phúc", "Quốc hội", "--max-degree", "5"],
            ["relations", "--predicate", "holds_position", "--limit", "20"], ["relations", "--subject", "Nguyễn Xuân Phúc", "--json"],
            ["relations", "--since", "2017-06-01", "--until", "2017-06-30", "--predicate", "met_with", "--predicate", "cooperates_with"],
            ["relations", "--predicate", "holds_position", "--current", "--json"],
            ["articles"], ["articles", "--mentioning", "Chính phủ", "--limit", "3", "--json"],
            ["articles", "--outlet", "DANTRI", "--since", "2021-04-01"],
            ["render", "--focus", "Quốc hội", "--depth", "1", "--format", "dot", "-o", "-"],
            ["render", "--article", firstArticle, "--format", "svg", "-o", "-"],
            ["export", "--focus", "Chính phủ", "--depth", "2", "--since", "2017-01-01"],
            ["export", "--article", firstArticle, "--format", "graphml"],
            ["export", "--focus", "Nguyễn Xuân Phúc", "--format", "dot"],
            ["render", "--format", "dot", "-o", "-"],
            ["render", "--max-nodes", "12", "--isolated", "--predicate", "holds_position", "--format", "svg", "-o", "-"],
            ["render", "--since", "2017-01-01", "--until", "2017-12-31", "--screen", "1200x800", "--format", "dot", "-o", "-"],
            ["export", "--format", "dot"],
        ] + Self.patternQueries.map { ["query", $0] } + [
            ["query", "--format", "csv", "MATCH (p:person)-->(o) RETURN o.name, count(*) AS people, count(DISTINCT p) ORDER BY people DESC, o.name"],
            ["query", "--format", "json", "MATCH (p:person) RETURN p.name, p.name = 'Nguyễn Xuân Phúc' AS pm ORDER BY p.name LIMIT 4"],
            ["query", "MATCH (p:person)-[r]->(o) WHERE o.name IN ['Quốc hội', 'Chính phủ'] AND r.x IS NULL "
                + "RETURN [p.name, r.title, null, 1] AS row, fold(o.name) ORDER BY row"],
            ["query", "MATCH (p:persn) RETURN p"],
        ]
        // fold() in the database is Mekong's fold for every name of these articles.
        #expect(try database.sql("SELECT count(*) FROM entity_names WHERE mekong_fold(name) <> folded") == "0")
        #expect(try database.sql("SELECT mekong_fold(E'  Đặng\\u00a0THỊ  Ngọc Thịnh ')") == "dang thi ngoc thinh")
        for question in questions {
            let expected = try cli.run(question + ["--store", sqlite])
            let answered = try cli.run(question + ["--store", database.url])
            #expect(!expected.all.isEmpty)
            #expect(answered.status == expected.status, "\(question)")
            #expect(answered.output == expected.output, "\(question): the answers differ")
            #expect(answered.error == expected.error, "\(question): the messages differ")
        }
    }

    /// Starts `mekong serve` on a free port; returns the process and its address.
    static func startServer(_ cli: MekongCLI, store: String) throws -> (Process, String) {
        let process = Process()
        process.executableURL = cli.executable
        process.arguments = ["serve", "--store", store, "--port", "0"]
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CONFIG_HOME"] = "/nonexistent/mekong-tests-config"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        let text = String(decoding: line, as: UTF8.self)
        let address = try #require(text.split(separator: " ").first { $0.hasPrefix("http://") }, "no address in \(text)")
        return (process, String(address))
    }

    @Test("mekong serve answers the same pages and API, pattern queries included, from PostgreSQL as from SQLite")
    func serveMatchesSQLite() throws {
        let cli = try MekongCLI.locate()
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let database = try PostgresTestServer.freshDatabase()
        defer { database.drop() }
        let articles = try Self.articles(30, into: scratch)
        let sqlite = scratch.path("reference.sqlite")
        #expect(try cli.run(["ingest", "--store", sqlite, articles]).status == 0)
        #expect(try cli.run(["ingest", "--store", database.url, articles]).status == 0)
        let (sqliteServer, sqliteAddress) = try Self.startServer(cli, store: sqlite)
        defer { sqliteServer.terminate() }
        let (postgresServer, postgresAddress) = try Self.startServer(cli, store: database.url)
        defer { postgresServer.terminate() }
        let curl = MekongCLI(executable: URL(fileURLWithPath: "/usr/bin/curl"))
        func get(_ address: String, _ path: String) throws -> String {
            try curl.run(["-s", "-w", "\n%{http_code}", address + path]).output
        }
        let listed = try cli.run(["entities", "--search", "quoc hoi", "--json", "--store", sqlite]).output
        let entity = String(listed[try #require(listed.range(of: "org:[a-z0-9-]+", options: .regularExpression))])
        let paths = [
            "/api/entities?q=tinh%20uy", "/api/entities/\(entity)", "/api/entities/\(entity)/neighbors?depth=2",
            "/api/articles", "/", "/entity/\(entity)", "/entity/\(entity)/diagram", "/search?q=bo%20y%20te",
            "/search?q=khong%20co%20ai", "/articles",
            "/api/query?q=MATCH%20(p%3Aperson)-%5Br%3Aholds_position%5D-%3E(o)%20RETURN%20p.name%2C%20r.title%2C%20o.name%20ORDER%20BY%20p.name%2C%20r.title%2C%20o.name",
            "/query?q=MATCH%20(o)%20WHERE%20fold(o.name)%20CONTAINS%20'uy%20ban'%20RETURN%20o.name%2C%20count(*)%20ORDER%20BY%20o.name",
        ]
        for path in paths {
            let expected = try get(sqliteAddress, path)
            let answered = try get(postgresAddress, path)
            #expect(expected.hasSuffix("200"), "\(path): \(expected.suffix(200))")
            #expect(answered == expected, "\(path): the pages differ")
        }
    }

    @Test("a SQLite store's export imported into PostgreSQL exports the same bytes, and later articles resolve as on SQLite")
    func importMatchesSQLite() throws {
        let cli = try MekongCLI.locate()
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let database = try PostgresTestServer.freshDatabase()
        defer { database.drop() }
        let folder = try Self.articles(30, into: scratch)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted().map { "\(folder)/\($0)" }
        let origin = scratch.path("origin.sqlite"), imported = scratch.path("imported.sqlite")
        let export = scratch.path("graph.json")
        #expect(try cli.run(["ingest", "--store", origin] + files.prefix(20)).status == 0)
        #expect(try cli.run(["export", "--store", origin, "-o", export]).status == 0)
        #expect(try cli.run(["import", "--store", imported, export]).status == 0)
        let loaded = try cli.run(["import", "--store", database.url, export])
        #expect(loaded.status == 0, "\(loaded.error)")
        #expect(loaded.output.contains("Imported 20 articles"), "\(loaded.output)")
        let exported = try cli.run(["export", "--store", database.url])
        #expect(exported.output == (try String(contentsOfFile: export, encoding: .utf8)), "the import changed the graph")

        // Names, keys and search forms were computed on import: new articles join the imported entities alike.
        #expect(try cli.run(["ingest", "--store", imported] + files.suffix(10)).status == 0)
        #expect(try cli.run(["ingest", "--store", database.url] + files.suffix(10)).status == 0)
        let expected = try cli.run(["export", "--store", imported])
        #expect(try cli.run(["export", "--store", database.url]).output == expected.output, "later articles resolved differently")
        let search = ["entities", "--search", "quoc hoi"]
        #expect(try cli.run(search + ["--store", database.url]).output == (try cli.run(search + ["--store", imported]).output))

        let again = try cli.run(["import", "--store", database.url, export])
        #expect(again.status != 0)
        #expect(again.error.contains("is not empty"), "\(again.error)")
    }

    @Test("every curation, its undo, and articles ingested after it give SQLite's graph; the curations live in the database")
    func curationsMatchSQLite() throws {
        let cli = try MekongCLI.locate()
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let database = try PostgresTestServer.freshDatabase()
        defer { database.drop() }
        let folder = try Self.articles(40, into: scratch)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted().map { "\(folder)/\($0)" }
        let sqlite = scratch.path("store/graph.sqlite")
        try FileManager.default.createDirectory(atPath: scratch.path("store"), withIntermediateDirectories: true)
        let stores = [sqlite, database.url]
        for store in stores { #expect(try cli.run(["ingest", "--store", store] + files.prefix(30)).status == 0) }

        /// Runs the same command on both stores: same status, output and messages (not for an ingest, whose summary
        /// says how long it took), then the same export.
        func onBoth(_ arguments: [String], _ note: String) throws {
            let sameText = arguments.first != "ingest"
            let expected = try cli.run(arguments + ["--store", sqlite])
            let answered = try cli.run(arguments + ["--store", database.url])
            #expect(expected.status == 0, "\(note): \(expected.error)")
            #expect(answered.status == expected.status, "\(note)")
            #expect(!sameText || answered.output == expected.output, "\(note): the answers differ")
            #expect(!sameText || answered.error == expected.error, "\(note): the messages differ")
            let graph = try cli.run(["export", "--store", sqlite]).output
            #expect(try cli.run(["export", "--store", database.url]).output == graph, "\(note): the graphs differ")
        }
        try onBoth(["curate", "merge", "Chính phủ", "Chính phủ Lào"], "merge")
        try onBoth(["curate", "alias", "Quốc hội", "QH"], "alias")
        try onBoth(["curate", "rename", "Bộ Chính trị", "Bộ Chính trị Ban Chấp hành Trung ương Đảng"], "rename")
        try onBoth(["curate", "split-off", "Sở Nội vụ Hà Nội", "Sở Nội vụ"], "split-off")
        try onBoth(["curate", "delete", "Cục Chăn nuôi"], "delete")
        try onBoth(["articles", "delete", files[2]], "articles delete")
        try onBoth(["curate", "list"], "list")
        try onBoth(["curate", "undo", "2"], "undo of the alias")
        // Later articles, and the deleted one again: curations apply to them, the deleted one stays out.
        try onBoth(["ingest"] + files.suffix(10) + [files[2]], "ingest after curation")
        #expect(try database.sql("SELECT count(*) FROM curations") == "5")
        // Curators at once each keep their entry: a curation is recorded with one INSERT.
        let curators = try ["A", "B", "C", "D"].map { letter in
            let process = Process()
            process.executableURL = cli.executable
            process.arguments = ["curate", "alias", "Quốc hội", "Quốc hội \(letter)", "--store", database.url]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        for curator in curators {
            curator.waitUntilExit()
            #expect(curator.terminationStatus == 0)
        }
        #expect(try database.sql("SELECT count(*) FROM curations") == "9")
        #expect(try database.sql("SELECT count(*) FROM ingest_queue WHERE outcome = 'deleted-by-curation'") == "1")
        #expect(FileManager.default.fileExists(atPath: scratch.path("store/curation.yaml")))
    }

    @Test("a changed article replaces its contribution and the same one is unchanged, as in SQLite")
    func replacedAndUnchanged() throws {
        let cli = try MekongCLI.locate()
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let database = try PostgresTestServer.freshDatabase()
        defer { database.drop() }
        let articles = try Self.articles(3, into: scratch)
        let sqlite = scratch.path("reference.sqlite")
        #expect(try cli.run(["ingest", "--store", sqlite, articles]).status == 0)
        #expect(try cli.run(["ingest", "--store", database.url, articles]).status == 0)

        // The first article loses its second half: what only that half said must go, in both stores alike.
        let first = try #require(try FileManager.default.contentsOfDirectory(atPath: articles).sorted().first)
        let path = "\(articles)/\(first)"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let middle = text.index(text.startIndex, offsetBy: text.count / 2)
        let cut = try #require(text[middle...].range(of: ". "), "no sentence ends in the second half")
        try String(text[..<cut.upperBound]).write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try cli.run(["ingest", "--store", sqlite, articles]).status == 0)
        let again = try cli.run(["ingest", "--store", database.url, "--json", articles])
        #expect(again.status == 0, "\(again.error)")
        let summary = try JSONDecoder().decode(IngestSummary.self, from: Data(again.output.utf8))
        #expect(summary.replaced == 1)
        #expect(summary.unchanged == 2)
        #expect(summary.extracted == 3)
        let expected = try cli.run(["export", "--store", sqlite])
        let exported = try cli.run(["export", "--store", database.url])
        #expect(exported.output == expected.output, "the graphs differ after the replacement")
    }

    @Test("workers killed at random lose and double no article: 20 trials")
    func killedWorkers() throws {
        let cli = try MekongCLI.locate()
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let articles = try Self.articles(12, into: scratch)
        let sqlite = scratch.path("reference.sqlite")
        let started = Date()
        #expect(try cli.run(["ingest", "--store", sqlite, "--jobs", "1", articles]).status == 0)
        let duration = Date().timeIntervalSince(started)
        let expected = try cli.run(["export", "--store", sqlite]).output
        var generator = KillTests.SeededGenerator(
            state: ProcessInfo.processInfo.environment["MEKONG_KILL_SEED"].flatMap(UInt64.init) ?? 12)
        let trials = ProcessInfo.processInfo.environment["MEKONG_KILL_TRIALS"].flatMap(Int.init) ?? 20
        for trial in 0..<trials {
            let database = try PostgresTestServer.freshDatabase()
            defer { database.drop() }
            #expect(try cli.run(["enqueue", "--store", database.url, articles]).status == 0)
            let workers = try (0..<2).map { _ in try Self.startWorker(cli, database.url) }
            // One worker, or both, killed at a random moment of the run.
            let delay = Double.random(in: 0..<max(duration, 0.3), using: &generator)
            Thread.sleep(forTimeInterval: delay)
            let victims = Bool.random(using: &generator) ? workers : [workers[0]]
            for victim in victims { kill(victim.processIdentifier, SIGKILL) }
            for worker in workers { worker.waitUntilExit() }
            // A fresh worker finishes whatever the dead ones left.
            let finisher = try cli.run(["ingest", "--store", database.url, "--queue"])
            #expect(finisher.status == 0, "trial \(trial), killed after \(delay) s: \(finisher.all)")
            #expect(try database.sql("SELECT count(*) FROM ingest_queue WHERE state <> 'done'") == "0", "trial \(trial)")
            #expect(try database.sql("SELECT count(*) FROM articles") == "12", "trial \(trial)")
            let exported = try cli.run(["export", "--store", database.url]).output
            #expect(exported == expected, "trial \(trial), killed after \(delay) s: the graph differs from SQLite's")
        }
    }

    @Test("a claimed article is no other worker's; a worker's death hands it back")
    func claims() throws {
        let database = try PostgresTestServer.freshDatabase()
        defer { database.drop() }
        let location = try PostgresLocation(url: database.url)
        let first = try PostgresGraphStore(location: location)
        let second = try PostgresGraphStore(location: location)
        defer { second.close() }
        let queued = ["a", "b"].map { QueuedArticle(path: "/x/\($0).txt", identity: "/x/\($0).txt", content: Data("Bài \($0).".utf8)) }
        #expect(try first.enqueue(queued) == 2)
        #expect(try first.enqueue(queued) == 0, "the same bytes wait once")
        let claimA = try #require(try first.claimNext())
        let claimB = try #require(try second.claimNext())
        #expect(claimA.sequence != claimB.sequence)
        // The first worker dies holding its article: the server ends its transaction.
        first.close()
        try second.finish(claimB, contribution: nil, problems: "unreadable", seconds: 0)
        let again = try #require(try second.claimNext())
        #expect(again.sequence == claimA.sequence)
        try second.finish(again, contribution: nil, problems: "unreadable", seconds: 0)
        #expect(try second.claimNext() == nil)
        #expect(try database.sql("SELECT string_agg(path || ':' || problems, ',' ORDER BY seq) FROM ingest_queue WHERE state = 'failed'")
            == "/x/a.txt:unreadable,/x/b.txt:unreadable")
        #expect(try second.waitingArticles() == WaitingArticles(pending: 0, extracted: 0))
    }

    @Test("a file changed and changed back waits twice, in order; the same bytes twice wait once")
    func enqueueKeepsOrder() throws {
        let database = try PostgresTestServer.freshDatabase()
        defer { database.drop() }
        let store = try PostgresGraphStore(location: try PostgresLocation(url: database.url))
        defer { store.close() }
        func version(_ text: String) -> QueuedArticle {
            QueuedArticle(path: "/x/a.txt", identity: "/x/a.txt", content: Data(text.utf8))
        }
        #expect(try store.enqueue([version("Bài X.")]) == 1)
        #expect(try store.enqueue([version("Bài X.")]) == 0)
        #expect(try store.enqueue([version("Bài Y.")]) == 1)
        #expect(try store.enqueue([version("Bài X.")]) == 1, "X after Y is a change, not a duplicate")
        #expect(try database.sql("SELECT string_agg(convert_from(content, 'UTF8'), '|' ORDER BY seq) FROM ingest_queue")
            == "Bài X.|Bài Y.|Bài X.")
    }

    @Test("a worker stops only when the queue is empty: it waits for an article another worker holds")
    func workerWaitsForHeldArticle() throws {
        let cli = try MekongCLI.locate()
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let database = try PostgresTestServer.freshDatabase()
        defer { database.drop() }
        let articles = try Self.articles(4, into: scratch)
        #expect(try cli.run(["enqueue", "--store", database.url, articles]).status == 0)
        // Another worker holds the first article and is slow.
        let holder = try PostgresGraphStore(location: try PostgresLocation(url: database.url))
        let held = try #require(try holder.claimNext())
        let worker = try Self.startWorker(cli, database.url)
        // The worker extracts the three others and then waits; on a loaded machine that takes longer than on an idle
        // one, so poll (up to a minute) rather than sleep a fixed time.
        let extracted = "SELECT count(*) FROM ingest_queue WHERE state = 'extracted'"
        let deadline = Date().addingTimeInterval(60)
        while try database.sql(extracted) != "3", worker.isRunning, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.2)
        }
        Thread.sleep(forTimeInterval: 1)
        #expect(worker.isRunning, "the worker stopped while the first article was still held")
        #expect(try database.sql(extracted) == "3")
        // The holder dies: the worker takes the article over and stores everything.
        holder.close()
        worker.waitUntilExit()
        #expect(worker.terminationStatus == 0)
        #expect(held.sequence == 1)
        #expect(try database.sql("SELECT count(*) FROM ingest_queue WHERE state = 'done'") == "4")
        #expect(try database.sql("SELECT count(*) FROM articles") == "4")
    }

    @Test("a read command on an empty database says there is no store and creates nothing")
    func readingCreatesNothing() throws {
        let cli = try MekongCLI.locate()
        let database = try PostgresTestServer.freshDatabase()
        defer { database.drop() }
        let run = try cli.run(["show", "Quốc hội", "--store", database.url])
        #expect(run.status != 0)
        #expect(run.error.contains("No Mekong store in the database"), "\(run.error)")
        #expect(try database.sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == "0")
    }

    @Test("a store of schema version 1 is migrated by the first curation, its articles numbered in the order stored")
    func migratesVersion1() throws {
        let cli = try MekongCLI.locate()
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let database = try PostgresTestServer.freshDatabase()
        defer { database.drop() }
        let folder = try Self.articles(7, into: scratch)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted().map { "\(folder)/\($0)" }
        #expect(try cli.run(["ingest", "--store", database.url] + files.prefix(6)).status == 0)
        let before = try cli.run(["export", "--store", database.url]).output
        // What a version 1 store is: no curations table, no article order, no fold().
        try database.sql("DROP TABLE curations")
        try database.sql("ALTER TABLE articles DROP COLUMN ord")
        try database.sql("DROP FUNCTION mekong_fold(text)")
        try database.sql("DELETE FROM mekong_schema WHERE version = 2")

        let list = try cli.run(["curate", "list", "--store", database.url])
        #expect(list.status != 0, "a read migrates nothing")
        #expect(list.error.contains("schema version 1"), "\(list.error)")
        #expect(try cli.run(["curate", "alias", "Quốc hội", "QH", "--store", database.url]).status == 0)
        #expect(try database.sql("SELECT max(version) FROM mekong_schema") == "2")
        #expect(try database.sql("SELECT string_agg(ord::text, ',' ORDER BY ingested_at, id COLLATE \"C\") FROM articles")
            == "1,2,3,4,5,6")
        // Undo derives the graph again in that order: the graph before the curation comes back.
        #expect(try cli.run(["curate", "undo", "--store", database.url]).status == 0)
        #expect(try cli.run(["export", "--store", database.url]).output == before)
        // An article stored after the migration comes after every earlier one in the stored order.
        #expect(try cli.run(["ingest", "--store", database.url, files[6]]).status == 0)
        #expect(try database.sql("SELECT count(*) FROM articles WHERE ord IS NULL") == "0")
        let last = try database.sql("SELECT path FROM articles ORDER BY ord DESC NULLS LAST LIMIT 1")
        #expect(last.hasSuffix((files[6] as NSString).lastPathComponent), "\(last)")
    }

    @Test("a newer schema and another program's tables are refused, with what to do")
    func schemaChecks() throws {
        let database = try PostgresTestServer.freshDatabase()
        defer { database.drop() }
        let location = try PostgresLocation(url: database.url)
        try PostgresGraphStore(location: location).close()
        try PostgresGraphStore(location: location).close()  // Opening again migrates nothing.
        #expect(try database.sql("SELECT count(*) FROM mekong_schema") == "2")
        try database.sql("INSERT INTO mekong_schema (version, name) VALUES (99, 'future')")
        #expect(throws: PostgresStoreError.newerSchema(location, version: 99, known: 2)) {
            try PostgresGraphStore(location: location)
        }

        let other = try PostgresTestServer.freshDatabase()
        defer { other.drop() }
        try other.sql("CREATE TABLE invoices (id integer)")
        let otherLocation = try PostgresLocation(url: other.url)
        #expect(throws: PostgresStoreError.notAMekongDatabase(otherLocation)) {
            try PostgresGraphStore(location: otherLocation)
        }
        #expect(try other.sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == "1")
    }

    @Test("a queue on a SQLite store, a query PostgreSQL cannot run and a server that is not there are refused with what to do")
    func refusals() throws {
        let cli = try MekongCLI.locate()
        let database = try PostgresTestServer.freshDatabase()
        defer { database.drop() }
        let run = try cli.run(["query", "--store", database.url, "MATCH (p:person) RETURN p.name"])
        #expect(run.status != 0)
        #expect(run.error.contains("No Mekong store in the database"), "\(run.error)")
        try PostgresGraphStore(location: try PostgresLocation(url: database.url)).close()  // an empty store
        let typed = try cli.run(["query", "--store", database.url, "MATCH (a)-[r]->(b) WHERE r.date > 2020 RETURN a.name"])
        #expect(typed.status != 0)
        #expect(typed.error.contains("compare them with strings"), "\(typed.error)")
        let empty = try cli.run(["query", "--store", database.url, "MATCH (p:person) WHERE p.name IN [] RETURN [p.name, 1]"])
        #expect(empty.status == 0, "\(empty.error)")
        let queue = try cli.run(["ingest", "--queue", "--store", "graph.sqlite"])
        #expect(queue.status != 0)
        #expect(queue.error.contains("--queue works on a PostgreSQL store"), "\(queue.error)")
        let down = try cli.run(["ingest", "--queue", "--store", "postgres://nobody@127.0.0.1:1/none"])
        #expect(down.status != 0)
        #expect(down.error.contains("Cannot connect to the PostgreSQL store"), "\(down.error)")
    }
}
