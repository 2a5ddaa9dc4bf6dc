/// Where `mekong serve` listens and which store it reads.
public struct ServeConfiguration: Sendable {
    /// The store's path; it is opened read-only.
    public var storePath: String
    /// The address to listen on: loopback unless the user asks otherwise.
    public var host: String
    /// The TCP port.
    public var port: Int

    /// A configuration; `host` defaults to loopback.
    public init(storePath: String, host: String = "127.0.0.1", port: Int = 8080) {
        self.storePath = storePath
        self.host = host
        self.port = port
    }
}
