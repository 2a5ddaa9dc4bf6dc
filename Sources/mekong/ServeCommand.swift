import ArgumentParser
import Foundation
import MekongKit
import MekongServe

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Serve the store as a read-only web app with a JSON API (docs/serve.md).",
        discussion: """
            Pages: search as you type (case and diacritics ignored), an entity with its relations, sentences and \
            articles, its ego diagram (drawn by Graphviz; click an entity or a line to walk on), an article with \
            every name and fact marked, and pattern queries. The JSON API is described at /api/openapi.json. \
            The store is opened read-only; the server listens on loopback unless --host says otherwise. \
            Stop it with Ctrl-C.

            Examples:
              mekong serve                      # http://127.0.0.1:8080/
              mekong serve --store dev.sqlite --port 9000
              mekong serve --port 0             # any free port; the address is printed
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Option(name: .long, help: "The TCP port (0: any free port).") var port = 8080
    @Option(name: .long, help: "The address to listen on; the default, 127.0.0.1, is reachable from this machine only.")
    var host = "127.0.0.1"

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError(ServeError.badPort(port).localizedDescription) }
    }

    func run() throws {
        try UserFacingError.reporting {
            let store: any GraphQuerying & PatternQuerying & Sendable = storeOptions.isPostgres
                ? try SharedPostgresStore(location: storeOptions.postgresLocation()) : try storeOptions.openExisting()
            let path = storeOptions.isPostgres ? PostgresStoreError.hidingPassword(storeOptions.path) : storeOptions.path
            try WebServer.serve(store, configuration: ServeConfiguration(storePath: path, host: host, port: port)) { address in
                // Written at once: a script that started the server waits for this line.
                Output.line("Serving \(path) at \(address) (read-only). Stop with Ctrl-C.")
                Output.flushStandardOutputRemembering()
            }
        }
    }
}
