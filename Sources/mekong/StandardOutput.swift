import Foundation

/// Mekong's standard output: buffered when it is a file or a pipe, written at once when it is a terminal.
///
/// A listing of thousands of lines is then a few large writes instead of one system call per line. Everything
/// Mekong prints on standard output goes through ``shared``, so lines and JSON documents keep their order. The
/// buffer is emptied when it holds ``capacity`` bytes, before anything is written on standard error (so that
/// `2>&1` keeps the order in which things were said), when ``flush()`` is called (a server's first line, which
/// the script that started it waits for), and when the process exits.
final class StandardOutput: @unchecked Sendable {
    /// The one standard output of the process.
    static let shared = StandardOutput()

    /// Bytes held before they are written.
    static let capacity = 64 * 1024

    // `pending` is only touched while `lock` is held.
    private let lock = NSLock()
    private var pending = Data()
    // The first write of a line that failed (a full disk): `Output.line` cannot throw, so it is reported at exit.
    private var failure: (any Error)?
    private let isTerminal = isatty(STDOUT_FILENO) != 0

    private init() {
        // Whatever is still held is written when the process ends, whichever way it ends normally.
        atexit { StandardOutput.shared.flushAtExit() }
    }

    /// Adds bytes to the buffer, writing it out when it is full or standard output is a terminal.
    /// - Throws: the write's error (see ``Output/toStandardOutput(_:)``).
    func write(_ data: Data) throws {
        lock.lock()
        defer { lock.unlock() }
        pending.append(data)
        if isTerminal || pending.count >= Self.capacity { try writePending() }
    }

    /// Writes out what the buffer holds.
    func flush() throws {
        lock.lock()
        defer { lock.unlock() }
        try writePending()
    }

    private func writePending() throws {
        guard !pending.isEmpty else { return }
        let data = pending
        pending.removeAll(keepingCapacity: true)
        try FileHandle.standardOutput.write(contentsOf: data)
    }

    /// Keeps the first failure of a write whose caller cannot report it, for the exit to report.
    func remember(_ error: any Error) {
        lock.lock()
        defer { lock.unlock() }
        if failure == nil { failure = error }
    }

    /// The exit handler: a reader that has gone ends the process quietly, as during the run; another failure
    /// (a full disk) is reported and makes the exit status 74 (EX_IOERR), since the output is incomplete.
    /// A write that failed earlier (a line's failure is not reported where it happens) is reported here too.
    private func flushAtExit() {
        var failed: (any Error)?
        do {
            try flush()
        } catch {
            failed = error
        }
        lock.lock()
        let earlier = failure
        lock.unlock()
        guard let error = failed ?? earlier else { return }
        if Output.readerIsGone(error) { Output.endAsReaderGone() }
        let message = (error as? UserFacingError)?.description
            ?? Output.cannotWriteStandardOutput(error).description
        FileHandle.standardError.write(Data(("Error: " + message + "\n").utf8))
        _exit(74)
    }
}
