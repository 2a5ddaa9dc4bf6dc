import Foundation

/// Why `mekong serve` could not start, with what to do about it.
public enum ServeError: LocalizedError, Equatable, Sendable {
    /// Another program listens on the port.
    case portInUse(host: String, port: Int)
    /// The address cannot be listened on (not this machine's, or not an address).
    case cannotListen(host: String, port: Int, reason: String)
    /// The port is outside 0…65535.
    case badPort(Int)

    public var errorDescription: String? {
        switch self {
        case .portInUse(let host, let port):
            "Port \(port) on \(host) is already in use by another program. Stop it, or choose another port: "
                + "mekong serve --port \(port == 65535 ? 8081 : port + 1) (--port 0 takes any free port)."
        case .cannotListen(let host, let port, let reason):
            "Cannot listen on \(host):\(port): \(reason). Use --host 127.0.0.1 (the default) or an address of this machine."
        case .badPort(let port):
            "--port must be from 0 to 65535, not \(port) (0 takes any free port)."
        }
    }
}
