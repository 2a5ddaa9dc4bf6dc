import Foundation
import MekongKit

/// Printing helpers: JSON for other tools, lines for people, errors on standard error.
enum Output {
    static func json<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try toStandardOutput(try encoder.encode(value) + Data("\n".utf8))
    }

    /// Prints one of the documents of docs/cli-json.md (snake_case keys, see ``CLIJSON``).
    static func document<T: Encodable>(_ value: T) throws {
        try toStandardOutput(try CLIJSON.encoder().encode(value) + Data("\n".utf8))
    }

    /// Writes bytes on standard output, through its buffer (``StandardOutput``). When the reader has gone
    /// (`mekong … | head`), Mekong ends as a Unix tool does, by SIGPIPE, without a message: it ignores the signal
    /// (a dead plugin must not kill it), so a write fails with EPIPE instead, and Foundation's non-throwing write
    /// would crash on that.
    /// - Throws: ``UserFacingError`` when standard output cannot be written for another reason (a full disk).
    static func toStandardOutput(_ data: Data) throws {
        do {
            try StandardOutput.shared.write(data)
        } catch {
            endIfReaderGone(error)
            throw cannotWriteStandardOutput(error)
        }
    }

    /// The error a failed write on standard output is reported as.
    static func cannotWriteStandardOutput(_ error: any Error) -> UserFacingError {
        let reason = error.localizedDescription.trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        return UserFacingError(description: "Cannot write to standard output: \(reason). "
            + "Check the disk or the program it is piped to, or write to a file with -o.")
    }

    /// Writes out what standard output's buffer holds where a failure cannot be reported: before a message on
    /// standard error, before an error ends the run. A failure is reported at exit (``StandardOutput``).
    static func flushStandardOutputRemembering() {
        do { try flushStandardOutput() } catch { StandardOutput.shared.remember(error) }
    }

    /// Writes out what standard output's buffer holds: for a line a waiting reader needs now.
    static func flushStandardOutput() throws {
        do {
            try StandardOutput.shared.flush()
        } catch {
            endIfReaderGone(error)
            throw cannotWriteStandardOutput(error)
        }
    }

    /// Ends the process as SIGPIPE would when `error` says that standard output's reader has gone.
    static func endIfReaderGone(_ error: any Error) {
        if readerIsGone(error) { endAsReaderGone() }
    }

    /// Ends the process by SIGPIPE (status 141 should the signal not end it), without exit handlers: the buffered
    /// output has nowhere to go, and this also runs from the exit handler of ``StandardOutput``.
    static func endAsReaderGone() -> Never {
        signal(SIGPIPE, SIG_DFL)
        raise(SIGPIPE)
        _exit(141)
    }

    /// Whether `error` says that standard output's reader has gone (EPIPE).
    static func readerIsGone(_ error: any Error) -> Bool {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        let code = (error as? POSIXError).map { Int($0.code.rawValue) } ?? underlying?.code
        return code == Int(EPIPE)
    }

    /// Writes a line on standard error, without control characters (names come from untrusted text).
    static func error(_ text: String) {
        flushStandardOutputRemembering()
        FileHandle.standardError.write(Data((terminalSafe(text) + "\n").utf8))
    }

    /// Prints a line for people on standard output, without control characters: an escape sequence in an
    /// entity's name must not reach the terminal.
    /// Through the same buffer as every write of Mekong on standard output, so lines and documents keep their
    /// order; a reader that has gone ends the run (``toStandardOutput(_:)``), a failure of another kind is
    /// reported when the buffer is written at exit.
    static func line(_ text: String) {
        do {
            try toStandardOutput(Data((terminalSafe(text) + "\n").utf8))
        } catch {
            StandardOutput.shared.remember(error)
        }
    }

    /// `text` without control characters other than line breaks and tabs.
    static func terminalSafe(_ text: String) -> String {
        text.removingControlCharacters(keepingLineBreaks: true)
    }

    /// Whether standard error is a terminal (progress is shown only then).
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }
}

extension Output {
    /// Writes bytes to a file, or to standard output for `-`.
    static func write(_ bytes: [UInt8], to path: String) throws {
        if path == "-" { return try toStandardOutput(Data(bytes)) }
        try refuseDirectory(path)
        if isSpecialFile(path) { return try stream(to: path) { write in try write(Data(bytes)) } }
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw cannotWrite(path, error)
        }
    }

    /// Writes what `body` produces, chunk by chunk, to a file or to standard output for `-`. A file is written
    /// under a temporary name beside it and renamed when complete, so a failed run leaves no half file.
    static func stream(to path: String, _ body: (_ write: @escaping (Data) throws -> Void) throws -> Void) throws {
        if path == "-" {
            return try body { try toStandardOutput($0) }
        }
        try refuseDirectory(path)
        if isSpecialFile(path) {
            // A device or a pipe (`-o /dev/null`) is written into: renaming a file over it would replace it.
            guard let handle = FileHandle(forWritingAtPath: path) else {
                throw cannotWrite(path, POSIXError(POSIXErrorCode(rawValue: errno) ?? .EACCES))
            }
            defer { try? handle.close() }
            return try body { data in
                do { try handle.write(contentsOf: data) } catch { throw cannotWrite(path, error) }
            }
        }
        let url = URL(fileURLWithPath: path)
        let partial = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).partial")
        let handle: FileHandle
        do {
            guard FileManager.default.createFile(atPath: partial.path, contents: nil) else {
                throw CocoaError(.fileWriteNoPermission)
            }
            handle = try FileHandle(forWritingTo: partial)
        } catch {
            throw cannotWrite(path, error)
        }
        do {
            defer { try? handle.close() }
            try body { data in
                do { try handle.write(contentsOf: data) } catch { throw cannotWrite(path, error) }
            }
        } catch {
            try? FileManager.default.removeItem(at: partial)
            throw error
        }
        if rename(partial.path, url.path) != 0 {
            let error = POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            try? FileManager.default.removeItem(at: partial)
            throw cannotWrite(path, error)
        }
    }

    /// Whether `path` exists and is neither a regular file nor a directory (a device, a pipe, a socket).
    private static func isSpecialFile(_ path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else { return false }
        let kind = status.st_mode & S_IFMT
        return kind != S_IFREG && kind != S_IFDIR
    }

    private static func refuseDirectory(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw UserFacingError(description: "Cannot write \(path): it is a directory. Give a file name, for example "
                + "\((path as NSString).appendingPathComponent("graph.svg")).")
        }
    }

    private static func cannotWrite(_ path: String, _ error: any Error) -> UserFacingError {
        UserFacingError(description: "Cannot write \(path): \(error.localizedDescription). Check that its directory exists and is writable.")
    }
}
