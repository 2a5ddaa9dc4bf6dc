import Foundation
import MekongCore
import MekongPluginAPI

/// An extractor that runs as a separate process, written in any language, speaking JSON Lines on its
/// standard input and output.
///
/// Create it from a manifest (``ExternalPluginManifest``); the process starts with the first article (or
/// ``start()``) and serves every article after it. Calls are serialized: one article at a time goes to the
/// process, whichever task asks.
///
/// ## The protocol (version 1)
///
/// Every message is one line of UTF-8 JSON ending in `\n`: one JSON object, no newline inside it (a JSON
/// encoder escapes newlines in strings). Standard output is reserved for protocol lines; write logs and
/// diagnostics to standard error, which Mekong reads continuously and whose last lines it quotes when the
/// plugin fails. Blank lines on standard output are ignored. Flush standard output after each line.
///
/// 1. **Start.** Mekong starts `command arguments…` from the manifest, in a fresh temporary folder, with
///    only `PATH` and `LANG` in the environment and under the manifest's ``ResourceLimits``.
/// 2. **Handshake.** Mekong writes
///    `{"type":"handshake","protocol":1,"config":{…the manifest's "config", or {}…}}`
///    and the plugin answers `{"type":"ready","protocol":1}` within `startup_timeout_seconds`. Other fields
///    are ignored. A plugin that answers another protocol number is refused for the rest of the run, and no
///    article is sent to it.
/// 3. **Articles.** For each article Mekong writes one request, ``MekongPluginAPI/WireMessages/Request``:
///    ```json
///    {"type":"extract",
///     "article":{"id":"a1b2…","title":"…","path":"articles/x.txt","published":"2021-06-23","source":"TTXVN"},
///     "text":"…","paragraphs":[{"start":0,"end":64}],"sentences":[{"start":0,"end":64}],
///     "mentions":[{"id":0,"type":"organization","start":12,"end":29,"text":"…","canonical_name":"…",
///                  "aliases":[],"attributes":{},"confidence":0.9,"extractor":"vi.organizations"}],
///     "relations":[{"subject":"existing:0","predicate":"located_in","object":"existing:1",
///                   "attributes":{},"evidence":{"start":0,"end":64},"confidence":0.8}]}
///    ```
///    and reads one response, ``MekongPluginAPI/WireMessages/Response``, within `timeout_seconds`:
///    ```json
///    {"mentions":[{"type":"event","start":40,"end":63,"canonical_name":"…","attributes":{},"confidence":0.8}],
///     "relations":[{"subject":"existing:0","predicate":"example.organizes","object":"new:0",
///                   "evidence":{"start":0,"end":64}}]}
///    ```
///    Spans (`start`, `end`) count Unicode scalars (code points, as Python's `str` indexes) of `text`, `end`
///    exclusive. `"existing:N"` (or the bare integer `N`) is mention `N` of the request, `"new:N"` mention `N`
///    of the response. In a response only `type`, `start` and `end` of a mention are required (`text`
///    defaults to the spanned text, `canonical_name` to `text`, `confidence` to 0.8), and a relation's
///    `evidence` defaults to the sentence of its subject. Mention types and predicates must be among the
///    manifest's `produces`. `{"mentions":[],"relations":[]}` means nothing found; `{"error":"…"}` reports
///    that the plugin could not handle this article (it goes on serving the next).
/// 4. **End.** Mekong closes the plugin's standard input: the plugin should exit. After a grace period it
///    is sent SIGTERM, and then SIGKILL.
///
/// ## Failures
///
/// A failure on one article throws ``MekongPluginAPI/ExtractorError/failed(extractor:article:reason:)``
/// with the plugin's id, the article's id, what happened and the last lines of the plugin's standard
/// error; the pipeline records it and keeps the other extractors' results.
/// - The process exits, or closes its standard output, before answering.
/// - It does not answer within `timeout_seconds`: it is killed (its whole process group).
/// - It answers a line that is not a JSON response, or writes a line nobody asked for.
/// - It answers with `error` (the process is healthy and keeps running).
///
/// After a failure other than `error` the process is gone, and the next article starts a new one (with a
/// new handshake). After ``maximumConsecutiveFailures`` failures in a row Mekong stops restarting it: every
/// later article fails at once with ``ExternalPluginError/gaveUp(plugin:failures:lastReason:)``. A mention
/// or relation of a type the manifest does not produce throws
/// ``MekongPluginAPI/ExtractorError/invalidOutput(extractor:article:reason:)``; spans outside the text and
/// dangling references are caught by the pipeline's validation.
public final class ExternalProcessExtractor: Extractor, @unchecked Sendable {
    /// The manifest the extractor was created from.
    public let manifest: ExternalPluginManifest
    /// The manifest's id, version, summary and capabilities; kind ``MekongPluginAPI/ExtractorDescriptor/Kind/external``.
    public let descriptor: ExtractorDescriptor
    /// After this many failures in a row the plugin is not restarted again.
    public let maximumConsecutiveFailures: Int
    /// How long the plugin may take to exit after its standard input is closed.
    public let shutdownGrace: TimeInterval
    /// The longest line the plugin may write, in bytes; a longer one fails the article and the plugin is
    /// killed.
    public let maximumLineBytes: Int

    /// The default of ``maximumLineBytes``: 32 MiB.
    public static let defaultMaximumLineBytes = 32 * 1024 * 1024

    /// How many of the plugin's last standard error lines an error message quotes.
    static let quotedStderrLines = 8

    // All state below is guarded by `lock`, which is held for a whole exchange: that is the serialization.
    private let lock = NSLock()
    private var running: PluginProcess?
    private var consecutiveFailures = 0
    private var launches = 0
    /// Set when the plugin must not be started again (protocol mismatch, too many failures).
    private var stopped: ExternalPluginError?

    /// An extractor for the plugin `manifest` describes; nothing starts until the first article.
    /// - Parameters:
    ///   - maximumConsecutiveFailures: failures in a row after which the plugin is not restarted (at least 1).
    ///   - shutdownGrace: seconds the plugin has to exit after its standard input is closed.
    ///   - maximumLineBytes: the longest response line accepted, in bytes.
    public init(
        manifest: ExternalPluginManifest, maximumConsecutiveFailures: Int = 3, shutdownGrace: TimeInterval = 2,
        maximumLineBytes: Int = ExternalProcessExtractor.defaultMaximumLineBytes
    ) {
        self.manifest = manifest
        self.descriptor = manifest.descriptor
        self.maximumConsecutiveFailures = max(1, maximumConsecutiveFailures)
        self.shutdownGrace = shutdownGrace
        self.maximumLineBytes = max(1024, maximumLineBytes)
    }

    /// An extractor for the plugin whose manifest is at `manifestPath`.
    /// - Throws: what ``ExternalPluginManifest/load(path:)`` throws.
    public convenience init(manifestPath: String) throws(ExternalPluginError) {
        self.init(manifest: try ExternalPluginManifest.load(path: manifestPath))
    }

    deinit { shutDown() }

    /// How many times the plugin's process has been started (restarts included).
    public var launchCount: Int {
        lock.withLock { launches }
    }

    /// Starts the plugin and completes the handshake now, unless it is already running; lets a caller
    /// report a broken plugin before the first article.
    /// - Throws: ``ExternalPluginError/launchFailed(plugin:command:reason:)``,
    ///   ``ExternalPluginError/handshakeFailed(plugin:reason:)``,
    ///   ``ExternalPluginError/protocolMismatch(plugin:expected:received:)`` or
    ///   ``ExternalPluginError/gaveUp(plugin:failures:lastReason:)``.
    public func start() throws(ExternalPluginError) {
        lock.lock()
        defer { lock.unlock() }
        if let stopped { throw stopped }
        do {
            _ = try runningProcess()
        } catch {
            throw record(.plugin(error)).pluginError(id: descriptor.id)
        }
    }

    /// Ends the plugin's process: closes its standard input, waits ``shutdownGrace`` seconds, then terminates
    /// it. A later article starts it again.
    public func shutDown() {
        lock.lock()
        let process = running
        running = nil
        lock.unlock()
        process?.shutDown(grace: shutdownGrace)
    }

    /// Sends `document` to the plugin and returns what it found.
    /// - Throws: ``MekongPluginAPI/ExtractorError/failed(extractor:article:reason:)`` when the plugin cannot
    ///   be started, crashes, times out, answers something that is not a response or answers an error;
    ///   ``MekongPluginAPI/ExtractorError/invalidOutput(extractor:article:reason:)`` when it returns a type
    ///   or predicate its manifest does not produce.
    public func extract(from document: Document) throws(ExtractorError) -> Extraction {
        lock.lock()
        defer { lock.unlock() }
        let article = document.article.id
        if let stopped { throw .failed(extractor: descriptor.id, article: article, reason: stopped.localizedDescription) }
        let response: WireMessages.Response
        do throws(Failure) {
            let process: PluginProcess
            do {
                process = try runningProcess()
            } catch {
                throw Failure.plugin(error)
            }
            do {
                response = try exchange(WireMessages.Request(document), with: process)
            } catch {
                throw Failure.breakdown(error.reason)
            }
        } catch {
            throw .failed(extractor: descriptor.id, article: article, reason: record(error).message)
        }
        // The process answered in protocol: it is healthy, whatever the answer says.
        consecutiveFailures = 0
        if let message = response.error {
            throw .failed(extractor: descriptor.id, article: article, reason: "the plugin reported: \(message)")
        }
        try checkDeclared(response, article: article)
        return response.extraction(for: document)
    }

    /// Why the plugin could not be started or could not serve an article.
    private enum Failure: Error {
        /// Starting or greeting it failed, or Mekong gave up on it.
        case plugin(ExternalPluginError)
        /// It crashed, hung or answered nonsense while serving an article.
        case breakdown(String)

        var message: String {
            switch self {
            case .plugin(let error): error.localizedDescription
            case .breakdown(let reason): reason
            }
        }

        func pluginError(id: String) -> ExternalPluginError {
            switch self {
            case .plugin(let error): error
            case .breakdown(let reason): .handshakeFailed(plugin: id, reason: reason)
            }
        }
    }

    /// Kills the process after `failure` and counts it; returns what to report: the failure itself, or that
    /// the plugin will not be started again.
    private func record(_ failure: Failure) -> Failure {
        running?.kill()
        running = nil
        if case .plugin(let error) = failure, case .protocolMismatch = error {
            // Restarting cannot change the protocol a plugin speaks.
            stopped = error
            return failure
        }
        consecutiveFailures += 1
        guard consecutiveFailures >= maximumConsecutiveFailures else { return failure }
        let gaveUp = ExternalPluginError.gaveUp(
            plugin: descriptor.id, failures: consecutiveFailures, lastReason: failure.message)
        stopped = gaveUp
        return .plugin(gaveUp)
    }

    // MARK: - The conversation

    /// A failure after which the process cannot be trusted: it is killed and restarted for the next article.
    private struct Breakdown: Error {
        var reason: String
    }

    /// The running process, started and greeted when there is none.
    private func runningProcess() throws(ExternalPluginError) -> PluginProcess {
        if let running { return running }
        let process: PluginProcess
        do {
            process = try PluginProcess.launch(
                executable: manifest.executable, arguments: manifest.resolvedArguments, limits: manifest.limits,
                maximumLineBytes: maximumLineBytes)
        } catch {
            throw .launchFailed(plugin: descriptor.id, command: commandLine, reason: error.localizedDescription)
        }
        launches += 1
        do {
            try handshake(with: process)
        } catch {
            process.kill()
            throw error
        }
        running = process
        return process
    }

    private var commandLine: String { ([manifest.executable] + manifest.resolvedArguments).joined(separator: " ") }

    private func handshake(with process: PluginProcess) throws(ExternalPluginError) {
        let deadline = Date(timeIntervalSinceNow: manifest.startupTimeoutSeconds)
        let greeting: Data
        do {
            greeting = try Self.encodedLine(Handshake(protocol: WireMessages.protocolVersion, config: manifest.config))
        } catch {
            throw .handshakeFailed(plugin: descriptor.id, reason: "cannot encode the config: \(error.localizedDescription)")
        }
        let line: Data
        do {
            line = try receive(
                after: greeting, from: process, before: deadline, timeoutSeconds: manifest.startupTimeoutSeconds)
        } catch {
            throw .handshakeFailed(plugin: descriptor.id, reason: error.reason)
        }
        guard case .object(let fields)? = try? JSONDecoder().decode(JSONValue.self, from: line) else {
            throw .handshakeFailed(
                plugin: descriptor.id,
                reason: "it answered \(Self.quote(line)), which is not a JSON object" + stderrTail(of: process))
        }
        guard fields["type"] == .string("ready") else {
            throw .handshakeFailed(plugin: descriptor.id, reason: "it answered \(Self.quote(line)) instead of a ready line")
        }
        guard case .number(let version)? = fields["protocol"] else {
            throw .handshakeFailed(plugin: descriptor.id, reason: "its ready line \(Self.quote(line)) has no protocol number")
        }
        guard version == Double(WireMessages.protocolVersion) else {
            throw .protocolMismatch(
                plugin: descriptor.id, expected: WireMessages.protocolVersion, received: Int(exactly: version) ?? -1)
        }
    }

    /// Sends one request and decodes the one line that answers it.
    private func exchange(_ request: WireMessages.Request, with process: PluginProcess) throws(Breakdown)
        -> WireMessages.Response
    {
        if process.hasUnreadLines, case .line(let stray) = process.readLine(before: Date()) {
            throw Breakdown(
                reason: "the plugin wrote a line nobody asked for: \(Self.quote(stray)); keep standard output for "
                    + "responses and write logs to standard error" + stderrTail(of: process))
        }
        let requestLine: Data
        do {
            requestLine = try Self.encodedLine(request)
        } catch {
            // Cannot happen for these types; still a failure of this article, not a crash of Mekong.
            throw Breakdown(reason: "cannot encode the request: \(error.localizedDescription)")
        }
        let line = try receive(
            after: requestLine, from: process, before: Date(timeIntervalSinceNow: manifest.timeoutSeconds),
            timeoutSeconds: manifest.timeoutSeconds)
        do {
            return try JSONDecoder().decode(WireMessages.Response.self, from: line)
        } catch {
            throw Breakdown(
                reason: "the plugin answered a line that is not a valid response (\(Self.describe(error))): "
                    + Self.quote(line) + stderrTail(of: process))
        }
    }

    /// Writes `message` and waits for the next line, both before `deadline`.
    private func receive(
        after message: Data, from process: PluginProcess, before deadline: Date, timeoutSeconds: Double
    ) throws(Breakdown) -> Data {
        switch process.write(message, before: deadline) {
        case .written:
            break
        case .timedOut:
            throw Breakdown(
                reason: "the plugin did not read its input within \(Self.seconds(timeoutSeconds)); it was killed"
                    + stderrTail(of: process))
        case .failed(let reason):
            let end = process.endDescription(waitingUntil: Date(timeIntervalSinceNow: 1))
            throw Breakdown(reason: "cannot write to the plugin (\(reason)); it \(end)" + stderrTail(of: process))
        }
        switch process.readLine(before: deadline) {
        case .line(let line):
            return line
        case .timedOut:
            throw Breakdown(
                reason: "the plugin did not answer within \(Self.seconds(timeoutSeconds)); it was killed"
                    + stderrTail(of: process))
        case .overlong:
            throw Breakdown(
                reason: "the plugin wrote a line longer than \(maximumLineBytes) bytes; it was killed"
                    + stderrTail(of: process))
        case .ended:
            let end = process.endDescription(waitingUntil: Date(timeIntervalSinceNow: 1))
            throw Breakdown(reason: "the plugin \(end) before answering" + stderrTail(of: process))
        }
    }

    /// Refuses mention types and predicates the manifest does not declare: the pipeline orders extractors
    /// by what they declare, so undeclared output would reach consumers that ran too early.
    private func checkDeclared(_ response: WireMessages.Response, article: String) throws(ExtractorError) {
        for mention in response.mentions ?? [] where !descriptor.produces.contains(.entity(EntityType(mention.type))) {
            throw .invalidOutput(
                extractor: descriptor.id, article: article,
                reason: "a mention of type \"\(mention.type)\", but the manifest does not list "
                    + "entity:\(mention.type) in \"produces\"")
        }
        for relation in response.relations ?? []
        where !descriptor.produces.contains(.relation(Predicate(relation.predicate))) {
            throw .invalidOutput(
                extractor: descriptor.id, article: article,
                reason: "a relation \"\(relation.predicate)\", but the manifest does not list "
                    + "relation:\(relation.predicate) in \"produces\"")
        }
    }

    private func stderrTail(of process: PluginProcess) -> String {
        // A crashing plugin writes its last words just before it exits; give the reader a moment to get them.
        if process.waitForExit(before: Date()) {
            process.stderr.waitUntilFinished(before: Date(timeIntervalSinceNow: 0.3))
        }
        let lines = process.stderr.lastLines(Self.quotedStderrLines)
        guard !lines.isEmpty else { return ". It wrote nothing to standard error." }
        return ". The last lines it wrote to standard error:\n" + lines.map { "    " + $0 }.joined(separator: "\n")
    }

    // MARK: - Encoding

    /// The handshake line.
    private struct Handshake: Encodable {
        var type = "handshake"
        var `protocol`: Int
        var config: [String: JSONValue]
    }

    private static func encodedLine(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// A line as it appears in an error message: decoded, shortened.
    private static func quote(_ line: Data) -> String {
        let text = String(decoding: line, as: UTF8.self)
        let shown = text.count > 200 ? String(text.prefix(200)) + "…" : text
        return "«\(shown)»"
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }

    /// A decoding error in one phrase: where in the line, and what is wrong there.
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return error.localizedDescription }
        func path(_ codingPath: [any CodingKey]) -> String {
            let text = codingPath.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }.joined()
            return text.hasPrefix(".") ? String(text.dropFirst()) : text
        }
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return "not JSON"
        case .dataCorrupted(let context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])) is missing"
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)) is not of type \(type)"
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)) is null, expected \(type)"
        @unknown default:
            return error.localizedDescription
        }
    }
}
