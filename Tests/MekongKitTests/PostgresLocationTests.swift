import Foundation
import MekongKit
import Testing

/// `--store postgres://…` read as a user writes it, and refused with the reason when it cannot be used.
@Suite("PostgreSQL store addresses")
struct PostgresLocationTests {
    @Test("every part read; user and password from the environment when the URL has none")
    func parts() throws {
        let full = try PostgresLocation(url: "postgresql://ana:s%40cret@db.example:6543/news?sslmode=disable")
        #expect(full == PostgresLocation(host: "db.example", port: 6543, user: "ana", password: "s@cret", database: "news"))
        #expect(full.description == "postgres://ana@db.example:6543/news")
        let bare = try PostgresLocation(url: "postgres://db.example/news", environment: ["PGUSER": "bo", "PGPASSWORD": "pw"])
        #expect(bare == PostgresLocation(host: "db.example", port: 5432, user: "bo", password: "pw", database: "news"))
        #expect(PostgresLocation.isPostgres("POSTGRES://h/d"))
        #expect(!PostgresLocation.isPostgres("graph.sqlite"))
    }

    @Test("no database, no host, TLS demanded or an unknown parameter: refused with what to write")
    func refused() {
        for url in ["postgres://db.example", "postgres:///news", "postgres://h/news?sslmode=require", "postgres://h/news?pool=3"] {
            #expect {
                try PostgresLocation(url: url)
            } throws: { error in
                guard case .badLocation(_, let reason) = error as? PostgresStoreError else { return false }
                return !reason.isEmpty
            }
        }
        let error = PostgresStoreError.badLocation("postgres://ana:secret@h", reason: "it names no database")
        #expect(error.localizedDescription.contains("***"))
        #expect(!error.localizedDescription.contains("secret"))
    }
}
