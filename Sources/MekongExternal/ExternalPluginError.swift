import Foundation

/// What can go wrong in MekongExternal; each message names the file or plugin and says what to do.
///
/// Loading a manifest throws these. While articles are extracted, a plugin's failures reach the pipeline as
/// ``MekongPluginAPI/ExtractorError/failed(extractor:article:reason:)`` whose reason is the description
/// of one of these (``launchFailed(plugin:command:reason:)``, ``handshakeFailed(plugin:reason:)``,
/// ``protocolMismatch(plugin:expected:received:)``), or a sentence on the crash, time-out or bad line.
public enum ExternalPluginError: LocalizedError, Sendable, Equatable {
    /// The file cannot be read.
    case unreadable(path: String, reason: String)
    /// The manifest is not a JSON object.
    case malformedManifest(path: String, reason: String)
    /// One field of the manifest is missing, of the wrong type, or has a value Mekong cannot use.
    case invalidManifest(path: String, field: String, reason: String)
    /// The plugin's command could not be started.
    case launchFailed(plugin: String, command: String, reason: String)
    /// The plugin did not answer the handshake with a `ready` line.
    case handshakeFailed(plugin: String, reason: String)
    /// The plugin speaks another version of the protocol.
    case protocolMismatch(plugin: String, expected: Int, received: Int)
    /// The plugin failed this many times in a row; Mekong no longer restarts it in this run.
    case gaveUp(plugin: String, failures: Int, lastReason: String)

    /// The message shown to the user: what went wrong and what to do.
    public var errorDescription: String? {
        switch self {
        case .unreadable(let path, let reason):
            "Cannot read \(path): \(reason). Check the path and its permissions."
        case .malformedManifest(let path, let reason):
            "Plugin manifest \(path) is not a JSON object: \(reason). Fix the JSON syntax."
        case .invalidManifest(let path, let field, let reason):
            "Plugin manifest \(path), field \"\(field)\": \(reason)."
        case .launchFailed(let plugin, let command, let reason):
            "Cannot start external plugin \"\(plugin)\" (\(command)): \(reason). Check \"command\" and \"arguments\" "
                + "in its manifest."
        case .handshakeFailed(let plugin, let reason):
            "External plugin \"\(plugin)\" did not complete the handshake: \(reason). It must answer the handshake "
                + "line with {\"type\":\"ready\",\"protocol\":1}."
        case .protocolMismatch(let plugin, let expected, let received):
            "External plugin \"\(plugin)\" speaks protocol \(received), but this Mekong speaks protocol \(expected). "
                + "Update the plugin or Mekong so that they agree."
        case .gaveUp(let plugin, let failures, let lastReason):
            "External plugin \"\(plugin)\" failed \(failures) times in a row and is not restarted again in this run; "
                + "fix it and run again, or disable it. The last failure: \(lastReason)"
        }
    }
}
