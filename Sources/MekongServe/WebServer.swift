import Foundation
import Hummingbird
import MekongKit

/// Runs ``WebApp`` on a TCP address until the process is interrupted (SIGINT or SIGTERM).
public enum WebServer {
    /// Serves `store` as `configuration` says, calling `ready` with the address once it listens (with the
    /// port the system chose when the configuration asks for port 0). Blocks until the server stops.
    ///
    /// - Throws: ``ServeError`` when the address cannot be listened on (port in use, not this machine's).
    public static func serve(
        _ store: any GraphQuerying & PatternQuerying & Sendable, configuration: ServeConfiguration, ready: @escaping @Sendable (String) -> Void
    ) throws {
        guard (0...65535).contains(configuration.port) else { throw ServeError.badPort(configuration.port) }
        let outcome = Outcome()
        // The command line is synchronous; the server runs on Swift concurrency's own threads meanwhile.
        Task {
            do {
                try await run(store, configuration: configuration, ready: ready)
                outcome.finish(nil)
            } catch {
                outcome.finish(error)
            }
        }
        if let error = outcome.wait() { throw translated(error, configuration: configuration) }
    }

    /// Serves until the process is interrupted.
    public static func run(
        _ store: any GraphQuerying & PatternQuerying & Sendable, configuration: ServeConfiguration, ready: @escaping @Sendable (String) -> Void
    ) async throws {
        let app = Application(
            router: WebApp(store: store).router(),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "mekong"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? configuration.port
                let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
                ready("http://\(host):\(port)/")
            })
        try await app.runService()
    }

    /// A bind failure as the user can act on it.
    static func translated(_ error: any Error, configuration: ServeConfiguration) -> any Error {
        let text = String(describing: error)
        if text.contains("Address already in use") || text.contains("EADDRINUSE") {
            return ServeError.portInUse(host: configuration.host, port: configuration.port)
        }
        if text.contains("bind") || text.contains("Cannot assign requested address") || text.contains("resolve") {
            return ServeError.cannotListen(host: configuration.host, port: configuration.port, reason: text)
        }
        return error
    }

    /// How the server's task ended, handed to the thread that waits for it.
    private final class Outcome: @unchecked Sendable {
        private let lock = NSLock()
        private let done = DispatchSemaphore(value: 0)
        private var stored: (any Error)?

        /// Records the error the server stopped with (nil: a clean stop) and wakes the waiting thread.
        func finish(_ error: (any Error)?) {
            lock.withLock { stored = error }
            done.signal()
        }

        /// Blocks until ``finish(_:)``, then returns its error.
        func wait() -> (any Error)? {
            done.wait()
            return lock.withLock { stored }
        }
    }
}
