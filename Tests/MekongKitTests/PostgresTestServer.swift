import Foundation
import MekongKit
import Testing

/// The PostgreSQL server the store tests run against: `MEKONG_TEST_POSTGRES` names its admin URL (`make test`
/// starts a throw-away cluster, Tests/postgres/cluster.sh). Without it the PostgreSQL tests are skipped, unless
/// `MEKONG_REQUIRE_POSTGRES` is set (as `make test` sets it), when they fail instead.
enum PostgresTestServer {
    static var adminURL: String? { ProcessInfo.processInfo.environment["MEKONG_TEST_POSTGRES"] }
    static var isRequired: Bool { ProcessInfo.processInfo.environment["MEKONG_REQUIRE_POSTGRES"] != nil }
    /// Whether the PostgreSQL tests run.
    static var enabled: Bool { adminURL != nil || isRequired }

    /// A new empty database on the server, dropped by the returned database's `drop()`.
    static func freshDatabase() throws -> TestDatabase {
        let admin = try #require(adminURL, "MEKONG_TEST_POSTGRES is not set: run the tests with `make test`")
        let name = "mekong_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
        try psql(admin, "CREATE DATABASE \(name)")
        let base = admin[..<admin.lastIndex(of: "/")!]
        return TestDatabase(url: "\(base)/\(name)", name: name, admin: admin)
    }

    /// Runs one SQL statement with psql; returns its unaligned output.
    @discardableResult
    static func psql(_ url: String, _ sql: String) throws -> String {
        let candidates = ["/usr/bin/psql"] + ((try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? [])
            .map { "/usr/lib/postgresql/\($0)/bin/psql" }
        let psql = try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0) }, "no psql found")
        let run = try MekongCLI(executable: URL(fileURLWithPath: psql))
            .run([url, "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", sql])
        try #require(run.status == 0, "psql failed: \(run.error)")
        return run.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// A database of the test server, for one test.
struct TestDatabase {
    let url: String
    let name: String
    let admin: String

    /// Drops the database (ending any session still connected to it).
    func drop() {
        _ = try? PostgresTestServer.psql(admin, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
    }

    /// Runs one SQL statement in this database.
    @discardableResult
    func sql(_ statement: String) throws -> String {
        try PostgresTestServer.psql(url, statement)
    }
}
