import Foundation

/// Where a PostgreSQL store lives: a `postgres://` or `postgresql://` URL given as `--store` (or `MEKONG_STORE`).
///
/// `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE`. The port defaults to 5432, the user to `$PGUSER` or
/// `postgres`, the password to `$PGPASSWORD`. Connections are unencrypted (a server on loopback or a trusted
/// network); `?sslmode=` values other than ``acceptedSSLModes`` are refused rather than silently ignored.
public struct PostgresLocation: Sendable, Equatable, CustomStringConvertible {
    /// The server's host name or address.
    public var host: String
    /// The server's TCP port.
    public var port: Int
    /// The role to connect as.
    public var user: String
    /// The password, when the server asks for one.
    public var password: String?
    /// The database that holds the store.
    public var database: String

    /// Whether `store` (a `--store` value) names a PostgreSQL database rather than a SQLite file.
    public static func isPostgres(_ store: String) -> Bool {
        let lower = store.lowercased()
        return lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://")
    }

    /// The `sslmode` values a URL may give: those a connection without TLS satisfies.
    public static let acceptedSSLModes = ["disable", "allow", "prefer"]

    /// A location with every part given.
    public init(host: String, port: Int = 5432, user: String, password: String? = nil, database: String) {
        self.host = host
        self.port = port
        self.user = user
        self.password = password
        self.database = database
    }

    /// Parses a `postgres://` URL; `environment` supplies `PGUSER` and `PGPASSWORD` when the URL has none.
    /// - Throws: ``PostgresStoreError/badLocation(_:reason:)`` saying what is wrong with it.
    public init(url: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(PostgresStoreError) {
        guard Self.isPostgres(url), let components = URLComponents(string: url) else {
            throw .badLocation(url, reason: "write it as postgres://USER@HOST[:PORT]/DATABASE")
        }
        guard let host = components.host, !host.isEmpty else {
            throw .badLocation(url, reason: "it names no host; write postgres://USER@HOST[:PORT]/DATABASE")
        }
        let database = String(components.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else {
            throw .badLocation(url, reason: "it names no database; write postgres://USER@HOST[:PORT]/DATABASE")
        }
        for item in components.queryItems ?? [] {
            switch (item.name, item.value ?? "") {
            case ("sslmode", let mode) where Self.acceptedSSLModes.contains(mode): continue
            case ("sslmode", let mode):
                throw .badLocation(url, reason: "sslmode=\(mode) is not supported: Mekong connects without TLS (use a "
                    + "server on loopback, or an SSH tunnel or VPN to it)")
            default:
                throw .badLocation(url, reason: "the parameter \(item.name) is not known (only sslmode is, as "
                    + Self.acceptedSSLModes.map { "sslmode=\($0)" }.joined(separator: ", ") + ")")
            }
        }
        self.host = host
        port = components.port ?? 5432
        user = components.user.flatMap { $0.removingPercentEncoding } ?? environment["PGUSER"] ?? "postgres"
        password = components.password.flatMap { $0.removingPercentEncoding } ?? environment["PGPASSWORD"]
        self.database = database.removingPercentEncoding ?? database
    }

    /// The URL without its password, for messages.
    public var description: String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "postgres://\(user)@\(shownHost):\(port)/\(database)"
    }
}
