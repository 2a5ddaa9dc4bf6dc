import Foundation
import MekongPluginAPI

/// The manifest of an external process plugin: who it is, how to start it, what it consumes and produces.
///
/// A JSON file, usually `mekong-plugin.json` beside the plugin:
///
/// ```json
/// {
///   "id": "example.events",
///   "version": "1.0.0",
///   "summary": "Conferences and congresses, and who organizes them",
///   "command": "python3",
///   "arguments": ["events.py"],
///   "timeout_seconds": 5,
///   "consumes": ["entity:organization"],
///   "produces": ["entity:event", "relation:example.organizes"],
///   "config": {"triggers": ["Hội nghị", "Đại hội"]}
/// }
/// ```
///
/// | Field | Required | Meaning |
/// |---|---|---|
/// | `id` | yes | Unique extractor id, dotted and lower case (`a-z`, `0-9`, `_`, `-` between dots). |
/// | `version` | yes | The plugin's version, recorded with what it produces. |
/// | `summary` | yes | One line on what it finds, as `mekong plugins` lists it. |
/// | `command` | yes | The program to run. A bare name (`python3`) is looked up on `PATH`, then in the manifest's folder; a path with a `/` is relative to the manifest's folder and must stay inside it (`../../bin/sh` is refused, symbolic links included). An absolute path is refused unless the user allows it (`--allow-absolute-plugin-command`). |
/// | `arguments` | no | Strings passed to the command. One that names an existing file or folder relative to the manifest's folder is passed as its absolute path. |
/// | `timeout_seconds` | no | How long one article may take, default 10. A plugin that takes longer is killed. |
/// | `startup_timeout_seconds` | no | How long the start and the handshake may take, default 10. |
/// | `cpu_seconds` | no | CPU time the process may use, default 600; beyond it the system kills it (it is restarted for the next article). |
/// | `memory_megabytes` | no | Address space the process may map, default 4096. |
/// | `file_megabytes` | no | Largest file the process may write, default 64. |
/// | `consumes` | no | Capabilities (`entity:TYPE`, `relation:PREDICATE`) that must be produced before it runs. |
/// | `produces` | yes | The capabilities it produces, at least one; it may return nothing else. |
/// | `config` | no | Any JSON object, sent to the plugin in the handshake. |
///
/// Unknown fields are refused, so that a misspelt optional field does not go unnoticed. The plugin runs in
/// a fresh temporary folder with only `PATH` and `LANG` in its environment, and with the resource limits
/// above set before its program starts (Linux).
public struct ExternalPluginManifest: Sendable, Equatable {
    /// The manifest file, as an absolute path.
    public var path: String
    /// The folder of the manifest: relative paths resolve against it.
    public var directory: String
    /// The extractor id, dotted and lower case (`example.events`).
    public var id: String
    /// The plugin's version, recorded with what it produces.
    public var version: String
    /// One line on what the plugin finds, as `mekong plugins` lists it.
    public var summary: String
    /// The command as written in the manifest.
    public var command: String
    /// The arguments as written in the manifest.
    public var arguments: [String]
    /// The absolute path of the program that is started.
    public var executable: String
    /// The arguments that are passed, relative file paths made absolute.
    public var resolvedArguments: [String]
    /// The time one article may take, in seconds.
    public var timeoutSeconds: Double
    /// The time the start and the handshake may take, in seconds.
    public var startupTimeoutSeconds: Double
    /// The resource limits set on the process before its program starts.
    public var limits: ResourceLimits
    /// What must have been produced before the plugin runs; empty when the manifest has no `consumes`.
    public var consumes: Set<Capability>
    /// What the plugin produces, never empty; it may return nothing else.
    public var produces: Set<Capability>
    /// Sent to the plugin in the handshake.
    public var config: [String: JSONValue]

    /// The default of `timeout_seconds` and `startup_timeout_seconds`.
    public static let defaultTimeoutSeconds = 10.0
    /// The fields a manifest may have.
    public static let fields = [
        "id", "version", "summary", "command", "arguments", "timeout_seconds", "startup_timeout_seconds",
        "cpu_seconds", "memory_megabytes", "file_megabytes", "consumes", "produces", "config",
    ]

    /// What `mekong plugins` lists and the pipeline orders by.
    public var descriptor: ExtractorDescriptor {
        ExtractorDescriptor(
            id: id, version: version, kind: .external, summary: summary, consumes: consumes, produces: produces)
    }

    /// Reads and checks the manifest at `path`; `allowsAbsoluteCommand` lets `command` be an absolute path.
    /// - Throws: ``ExternalPluginError/unreadable(path:reason:)``,
    ///   ``ExternalPluginError/malformedManifest(path:reason:)`` or
    ///   ``ExternalPluginError/invalidManifest(path:field:reason:)``.
    public static func load(path: String, allowsAbsoluteCommand: Bool = false) throws(ExternalPluginError)
        -> ExternalPluginManifest
    {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        return try parse(data, path: url.path, allowsAbsoluteCommand: allowsAbsoluteCommand)
    }

    /// Checks a manifest's content; `path` is the manifest file's path, against whose folder relative paths
    /// resolve (the file itself is not read).
    /// - Throws: ``ExternalPluginError/malformedManifest(path:reason:)`` or
    ///   ``ExternalPluginError/invalidManifest(path:field:reason:)``.
    public static func parse(_ data: Data, path: String, allowsAbsoluteCommand: Bool = false)
        throws(ExternalPluginError) -> ExternalPluginManifest
    {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let fields: [String: JSONValue]
        do {
            guard case .object(let object) = try JSONDecoder().decode(JSONValue.self, from: data) else {
                throw ExternalPluginError.malformedManifest(path: url.path, reason: "the top level is not an object")
            }
            fields = object
        } catch let error as ExternalPluginError {
            throw error
        } catch {
            throw .malformedManifest(path: url.path, reason: Self.describe(error))
        }
        var reader = FieldReader(path: url.path, fields: fields, allowsAbsoluteCommand: allowsAbsoluteCommand)
        return try reader.manifest(directory: url.deletingLastPathComponent().path)
    }

    /// A decoding error in one sentence, without Foundation's debugging noise.
    private static func describe(_ error: any Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return underlying ?? context.debugDescription
        }
        return error.localizedDescription
    }
}

/// Reads the manifest's fields one by one, throwing an error that names the first bad one.
private struct FieldReader {
    let path: String
    let fields: [String: JSONValue]
    let allowsAbsoluteCommand: Bool

    mutating func manifest(directory: String) throws(ExternalPluginError) -> ExternalPluginManifest {
        for name in fields.keys.sorted() where !ExternalPluginManifest.fields.contains(name) {
            let known = ExternalPluginManifest.fields.joined(separator: ", ")
            throw invalid(name, "is not a manifest field; the fields are \(known)")
        }
        let id = try requiredString("id")
        guard Self.isValidID(id) else {
            throw invalid("id", "\"\(id)\" must be dotted and lower case, like \"example.events\" (a-z, 0-9, _ and -)")
        }
        let version = try requiredString("version")
        let summary = try requiredString("summary")
        let command = try requiredString("command")
        let arguments = try stringArray("arguments") ?? []
        let timeout = try seconds("timeout_seconds")
        let startupTimeout = try seconds("startup_timeout_seconds")
        let defaults = ResourceLimits()
        let limits = ResourceLimits(
            cpuSeconds: try count("cpu_seconds", default: defaults.cpuSeconds),
            memoryMegabytes: try count("memory_megabytes", default: defaults.memoryMegabytes),
            fileMegabytes: try count("file_megabytes", default: defaults.fileMegabytes))
        let consumes = try capabilities("consumes") ?? []
        guard let produces = try capabilities("produces") else { throw invalid("produces", "is missing") }
        guard !produces.isEmpty else {
            throw invalid("produces", "is empty; list what the plugin produces, like [\"entity:event\"]")
        }
        var config: [String: JSONValue] = [:]
        if let value = fields["config"] {
            guard case .object(let object) = value else { throw invalid("config", "must be an object, not \(value.typeName)") }
            config = object
        }
        return ExternalPluginManifest(
            path: path, directory: directory, id: id, version: version, summary: summary, command: command,
            arguments: arguments, executable: try executable(command, directory: directory),
            resolvedArguments: arguments.map { Self.resolve(argument: $0, directory: directory) },
            timeoutSeconds: timeout, startupTimeoutSeconds: startupTimeout, limits: limits, consumes: Set(consumes),
            produces: Set(produces), config: config)
    }

    private func invalid(_ field: String, _ reason: String) -> ExternalPluginError {
        .invalidManifest(path: path, field: field, reason: reason)
    }

    private func requiredString(_ field: String) throws(ExternalPluginError) -> String {
        guard let value = fields[field] else { throw invalid(field, "is missing") }
        guard case .string(let string) = value else { throw invalid(field, "must be a string, not \(value.typeName)") }
        guard !string.trimmingCharacters(in: .whitespaces).isEmpty else { throw invalid(field, "is empty") }
        return string
    }

    private func stringArray(_ field: String) throws(ExternalPluginError) -> [String]? {
        guard let value = fields[field] else { return nil }
        guard case .array(let elements) = value else {
            throw invalid(field, "must be an array of strings, not \(value.typeName)")
        }
        var strings: [String] = []
        for (index, element) in elements.enumerated() {
            guard case .string(let string) = element else {
                throw invalid(field, "element \(index) must be a string, not \(element.typeName)")
            }
            strings.append(string)
        }
        return strings
    }

    private func seconds(_ field: String) throws(ExternalPluginError) -> Double {
        guard let value = fields[field] else { return ExternalPluginManifest.defaultTimeoutSeconds }
        guard case .number(let seconds) = value else {
            throw invalid(field, "must be a number of seconds, not \(value.typeName)")
        }
        guard seconds > 0, seconds <= 86_400 else {
            throw invalid(field, "must be more than 0 and at most 86400 seconds, not \(seconds)")
        }
        return seconds
    }

    private func count(_ field: String, default value: Int) throws(ExternalPluginError) -> Int {
        guard let json = fields[field] else { return value }
        guard case .number(let number) = json, let whole = Int(exactly: number), whole >= 1, whole <= 1_000_000 else {
            throw invalid(field, "must be a whole number from 1 to 1000000")
        }
        return whole
    }

    private func capabilities(_ field: String) throws(ExternalPluginError) -> [Capability]? {
        guard let strings = try stringArray(field) else { return nil }
        return try strings.map { (string) throws(ExternalPluginError) -> Capability in
            let parts = string.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, parts[0] == "entity" || parts[0] == "relation", !parts[1].isEmpty,
                !parts[1].contains(where: \.isWhitespace)
            else {
                throw invalid(field, "\"\(string)\" is not a capability; write entity:TYPE or relation:PREDICATE")
            }
            return Capability(rawValue: string)
        }
    }

    /// The program `command` names: a bare name on `PATH` or in the manifest's folder, a path relative to the
    /// folder that stays inside it, or an absolute path when the user allows one.
    private func executable(_ command: String, directory: String) throws(ExternalPluginError) -> String {
        let manager = FileManager.default
        if command.hasPrefix("/"), !allowsAbsoluteCommand {
            throw invalid(
                "command", "\(command) is an absolute path; name a program inside the plugin's folder or on PATH, "
                    + "or allow absolute commands with --allow-absolute-plugin-command")
        }
        if command.contains("/") {
            let resolved = URL(fileURLWithPath: command, relativeTo: URL(fileURLWithPath: directory, isDirectory: true))
                .standardizedFileURL.path
            guard manager.fileExists(atPath: resolved) else { throw invalid("command", "\(resolved) does not exist") }
            if !command.hasPrefix("/") {
                // Checked on the real paths, so that neither `..` nor a symbolic link leads outside.
                let folder = Self.realPath(directory)
                let target = Self.realPath(resolved)
                guard target.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/") else {
                    throw invalid(
                        "command", "\(command) leads outside the plugin's folder \(directory) (to \(target)); keep "
                            + "the program inside the folder, or name an installed program on PATH")
                }
            }
            guard manager.isExecutableFile(atPath: resolved) else {
                throw invalid("command", "\(resolved) is not executable; run chmod +x on it, or name its interpreter")
            }
            return resolved
        }
        let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        let folders = searchPath.split(separator: ":").map(String.init) + [directory]
        for folder in folders where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: folder, isDirectory: true).appendingPathComponent(command).path
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue,
                manager.isExecutableFile(atPath: candidate)
            {
                return candidate
            }
        }
        throw invalid(
            "command", "\"\(command)\" is found neither on PATH nor in \(directory); install it or give its path")
    }

    private static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func resolve(argument: String, directory: String) -> String {
        guard !argument.isEmpty, !argument.hasPrefix("-"), !argument.hasPrefix("/") else { return argument }
        let candidate = URL(fileURLWithPath: argument, relativeTo: URL(fileURLWithPath: directory, isDirectory: true))
            .standardizedFileURL.path
        return FileManager.default.fileExists(atPath: candidate) ? candidate : argument
    }

    private static func isValidID(_ id: String) -> Bool {
        let segments = id.split(separator: ".", omittingEmptySubsequences: false)
        return segments.allSatisfy { segment in
            guard let first = segment.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
            return segment.unicodeScalars.allSatisfy { scalar in
                ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-"
            }
        }
    }
}
