import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing to a plugin that has died must give an error, not kill Mekong with SIGPIPE. Set once, on the
/// first launch.
private let brokenPipesIgnored: Void = {
    _ = signal(SIGPIPE, SIG_IGN)
}()

// File-level so that the methods named `write` and `kill` below do not hide the system calls.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}

private func systemKill(_ process: pid_t, _ signal: Int32) -> Int32 { kill(process, signal) }

/// One running plugin process: its standard input for requests, its standard output read line by line,
/// and the tail of its standard error.
///
/// Two threads read standard output and standard error continuously, so a plugin never blocks on a full
/// pipe whatever it writes. Writing and waiting for a line both take a deadline, so a plugin that stops
/// reading or answering never blocks Mekong.
final class PluginProcess: @unchecked Sendable {
    /// How a wait for a line ended.
    enum LineOutcome {
        case line(Data)
        /// Standard output is closed or the process exited.
        case ended
        case timedOut
        /// The plugin wrote a line longer than ``PluginOutput/maximumLineLength``, or that much unread output.
        case overlong
    }

    /// How a write ended.
    enum WriteOutcome {
        case written
        case timedOut
        case failed(String)
    }

    let processID: Int32
    let stderr: StderrTail
    private let process: Process
    private let output: PluginOutput
    private let input: FileHandle
    private var inputClosed = false

    private init(process: Process, input: FileHandle, output: PluginOutput, stderr: StderrTail) {
        self.process = process
        self.processID = process.processIdentifier
        self.input = input
        self.output = output
        self.stderr = stderr
    }

    /// Starts `executable` with pipes on its standard streams, in a fresh temporary folder, with only `PATH`
    /// and `LANG` in its environment and under `limits`.
    ///
    /// Foundation's `Process` cannot run code in the child between fork and exec, so the limits are set by a
    /// program that sets them on itself and then becomes the plugin (`exec`): `prlimit` from util-linux when
    /// it is installed, else a `/bin/sh` trampoline running `ulimit`. Either way the plugin keeps its process
    /// id, and the limits hold before its first instruction.
    /// - Throws: whatever Foundation's `Process.run()` throws when the program cannot be started.
    static func launch(
        executable: String, arguments: [String], limits: ResourceLimits, maximumLineBytes: Int
    ) throws -> PluginProcess {
        _ = brokenPipesIgnored
        let process = Process()
        let (launcher, launcherArguments) = limitedCommand(executable: executable, arguments: arguments, limits: limits)
        process.executableURL = URL(fileURLWithPath: launcher)
        process.arguments = launcherArguments
        let workingDirectory = FileManager.default.temporaryDirectory
            .appendingPathComponent("mekong-plugin-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: workingDirectory, withIntermediateDirectories: true)
        process.currentDirectoryURL = workingDirectory
        process.environment = cleanEnvironment
        let stdinPipe = Pipe()
        let stdoutPipe = Pipe()
        let stderrPipe = Pipe()
        process.standardInput = stdinPipe
        process.standardOutput = stdoutPipe
        process.standardError = stderrPipe
        let output = PluginOutput(maximumLineLength: maximumLineBytes)
        let stderr = StderrTail()
        process.terminationHandler = { finished in
            output.markExited(reason: finished.terminationReason, status: finished.terminationStatus)
            try? FileManager.default.removeItem(at: workingDirectory)
        }
        do {
            try run(process)
        } catch {
            try? FileManager.default.removeItem(at: workingDirectory)
            throw error
        }
        // Our ends only: the child's copies are separate descriptions. Mekong's end must not block on a
        // plugin that stopped reading.
        let inputDescriptor = stdinPipe.fileHandleForWriting.fileDescriptor
        _ = fcntl(inputDescriptor, F_SETFL, fcntl(inputDescriptor, F_GETFL) | O_NONBLOCK)
        // Foundation closes the child's ends in the parent after launch on Linux; closing them again is
        // harmless and matters where it does not, because end of file only comes once every writer is gone.
        try? stdoutPipe.fileHandleForWriting.close()
        try? stderrPipe.fileHandleForWriting.close()
        try? stdinPipe.fileHandleForReading.close()
        startReading(stdoutPipe.fileHandleForReading, name: "mekong-plugin-stdout") { bytes in
            if let bytes { output.append(bytes) } else { output.finish() }
        }
        startReading(stderrPipe.fileHandleForReading, name: "mekong-plugin-stderr") { bytes in
            if let bytes { stderr.append(bytes) } else { stderr.finish() }
        }
        return PluginProcess(process: process, input: stdinPipe.fileHandleForWriting, output: output, stderr: stderr)
    }

    /// The whole environment a plugin gets: Mekong's `PATH` and `LANG`, nothing else (no tokens, no
    /// credentials, no `LD_PRELOAD`).
    static var cleanEnvironment: [String: String] {
        let environment = ProcessInfo.processInfo.environment
        return [
            "PATH": environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin",
            "LANG": environment["LANG"] ?? "C.UTF-8",
        ]
    }

    /// The program to start and its arguments so that `executable` runs under `limits`.
    static func limitedCommand(executable: String, arguments: [String], limits: ResourceLimits)
        -> (launcher: String, arguments: [String])
    {
        #if os(Linux)
        let bytes = { (megabytes: Int) in megabytes * 1024 * 1024 }
        let prlimit = "/usr/bin/prlimit"
        if FileManager.default.isExecutableFile(atPath: prlimit) {
            return (
                prlimit,
                [
                    "--cpu=\(limits.cpuSeconds)", "--as=\(bytes(limits.memoryMegabytes))",
                    "--fsize=\(bytes(limits.fileMegabytes))", "--", executable,
                ] + arguments
            )
        }
        // POSIX sh: ulimit -v counts KiB, -f counts 512-byte blocks; one limit per call in dash.
        let script = "ulimit -t \(limits.cpuSeconds) && ulimit -v \(limits.memoryMegabytes * 1024) && "
            + "ulimit -f \(limits.fileMegabytes * 2048) && exec \"$@\""
        return ("/bin/sh", ["-c", script, "mekong-plugin", executable] + arguments)
        #else
        return (executable, arguments)
        #endif
    }

    /// Runs `process` from a fresh thread with no blocked signals.
    ///
    /// A child inherits the signal mask of the thread that spawns it, and the threads tasks run on block
    /// nearly every signal: spawned from one of them, a plugin could not receive SIGTERM or SIGALRM.
    private static func run(_ process: Process) throws {
        final class Launch: @unchecked Sendable {
            let process: Process
            var error: (any Error)?
            let done = DispatchSemaphore(value: 0)
            init(_ process: Process) { self.process = process }
        }
        let launch = Launch(process)
        let thread = Thread {
            var unblocked = sigset_t()
            sigemptyset(&unblocked)
            pthread_sigmask(SIG_SETMASK, &unblocked, nil)
            do {
                try launch.process.run()
            } catch {
                launch.error = error
            }
            launch.done.signal()
        }
        thread.name = "mekong-plugin-launch"
        thread.start()
        launch.done.wait()
        if let error = launch.error { throw error }
    }

    /// Reads `handle` on its own thread until end of file, handing each chunk and then `nil` to `sink`.
    ///
    /// The thread owns the descriptor and closes it at the end, so it is never closed under a blocked read.
    private static func startReading(
        _ handle: FileHandle, name: String, sink: @escaping @Sendable ([UInt8]?) -> Void
    ) {
        let thread = Thread {
            let descriptor = handle.fileDescriptor
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count > 0 {
                    sink(Array(buffer[0..<count]))
                } else if count < 0, errno == EINTR {
                    continue
                } else {
                    break
                }
            }
            sink(nil)
            try? handle.close()
        }
        thread.name = name
        thread.start()
    }

    /// Whether lines are waiting that nobody asked for.
    var hasUnreadLines: Bool { output.hasLines }

    /// Writes `data` to the plugin's standard input, giving up at `deadline`.
    func write(_ data: Data, before deadline: Date) -> WriteOutcome {
        guard !inputClosed else { return .failed("its standard input is closed") }
        let descriptor = input.fileDescriptor
        return data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> WriteOutcome in
            guard let base = raw.baseAddress else { return .written }
            var offset = 0
            while offset < raw.count {
                let written = systemWrite(descriptor, base + offset, raw.count - offset)
                if written > 0 {
                    offset += written
                    continue
                }
                let code = errno
                if written < 0, code == EINTR { continue }
                guard written < 0, code == EAGAIN || code == EWOULDBLOCK else {
                    return .failed(String(cString: strerror(code)))
                }
                let remaining = deadline.timeIntervalSinceNow
                guard remaining > 0 else { return .timedOut }
                var request = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                // Readiness, an error or a hang-up all end the poll; the next write tells which.
                _ = poll(&request, 1, Int32(min(remaining * 1000, 60_000).rounded(.up)))
            }
            return .written
        }
    }

    /// Waits for the next line the plugin writes on standard output, at most until `deadline`.
    func readLine(before deadline: Date) -> LineOutcome { output.next(before: deadline) }

    /// Closes the plugin's standard input, its signal to finish.
    func closeInput() {
        guard !inputClosed else { return }
        inputClosed = true
        try? input.close()
    }

    /// Waits until the process has exited or `deadline` has passed; whether it exited.
    @discardableResult
    func waitForExit(before deadline: Date) -> Bool { output.waitForExit(before: deadline) }

    /// Sends `signal` to the plugin's process group when it leads one (so that a shell script's children go
    /// too), to the process otherwise. Does nothing once the process has exited.
    func send(_ signal: Int32) {
        guard !output.hasExited else { return }
        if getpgid(processID) == processID {
            _ = systemKill(-processID, signal)
        } else {
            _ = systemKill(processID, signal)
        }
    }

    /// Ends the process now and waits briefly until it has gone.
    func kill() {
        closeInput()
        send(SIGKILL)
        waitForExit(before: Date(timeIntervalSinceNow: 2))
    }

    /// Asks the process to finish (standard input closed), then terminates and finally kills it.
    func shutDown(grace: TimeInterval) {
        closeInput()
        if waitForExit(before: Date(timeIntervalSinceNow: grace)) { return }
        send(SIGTERM)
        if waitForExit(before: Date(timeIntervalSinceNow: 1)) { return }
        kill()
    }

    /// How the process ended, for error messages: "exited with status 3", "was killed by signal 9", or
    /// "closed its standard output" when it is still running.
    func endDescription(waitingUntil deadline: Date) -> String {
        waitForExit(before: deadline)
        return output.exitDescription ?? "closed its standard output"
    }
}

/// A plugin's standard output split into lines, and whether the process has exited, behind one condition
/// that readers wait on.
final class PluginOutput: @unchecked Sendable {
    /// A longer line, or more unread output than this, is a broken plugin, not a response.
    let maximumLineLength: Int
    /// After the process has exited, how long to wait for output a child process may still hold open.
    static let closeGrace: TimeInterval = 0.5

    private let condition = NSCondition()
    // Guarded by `condition`.
    private var lines: [Data] = []
    private var queuedBytes = 0
    private var partial = Data()
    private var closed = false
    private var overlong = false
    private var exitedAt: Date?
    private var exit: (reason: Process.TerminationReason, status: Int32)?

    init(maximumLineLength: Int) {
        self.maximumLineLength = maximumLineLength
    }

    func append(_ bytes: [UInt8]) {
        condition.lock()
        defer { condition.unlock() }
        var start = bytes.startIndex
        while let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
            partial.append(contentsOf: bytes[start..<newline])
            complete()
            start = newline + 1
        }
        partial.append(contentsOf: bytes[start...])
        // Unread lines count too: a plugin that floods short lines must not fill Mekong's memory either.
        if partial.count + queuedBytes > maximumLineLength {
            overlong = true
            partial = Data()
            lines = []
            queuedBytes = 0
        }
        condition.broadcast()
    }

    func finish() {
        condition.lock()
        if !partial.isEmpty { complete() }
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    func markExited(reason: Process.TerminationReason, status: Int32) {
        condition.lock()
        exit = (reason, status)
        exitedAt = Date()
        condition.broadcast()
        condition.unlock()
    }

    var hasLines: Bool {
        condition.lock()
        defer { condition.unlock() }
        return !lines.isEmpty
    }

    var hasExited: Bool {
        condition.lock()
        defer { condition.unlock() }
        return exit != nil
    }

    var exitDescription: String? {
        condition.lock()
        defer { condition.unlock() }
        guard let exit else { return nil }
        return switch exit.reason {
        case .uncaughtSignal: "was killed by signal \(exit.status)"
        default: "exited with status \(exit.status)"
        }
    }

    func next(before deadline: Date) -> PluginProcess.LineOutcome {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if overlong { return .overlong }
            if !lines.isEmpty {
                let line = lines.removeFirst()
                queuedBytes -= line.count
                return .line(line)
            }
            if closed { return .ended }
            var wakeUp = deadline
            if let exitedAt {
                // The process is gone but something (a child it started) holds standard output open.
                let giveUp = exitedAt.addingTimeInterval(Self.closeGrace)
                if giveUp <= Date() { return .ended }
                wakeUp = min(wakeUp, giveUp)
            }
            if deadline <= Date() { return .timedOut }
            _ = condition.wait(until: wakeUp)
        }
    }

    func waitForExit(before deadline: Date) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while exit == nil, condition.wait(until: deadline) {}
        return exit != nil
    }

    /// Moves the partial line to the queue; blank lines are skipped. The caller holds the lock.
    private func complete() {
        var line = partial
        partial = Data()
        if line.last == UInt8(ascii: "\r") { line.removeLast() }
        guard line.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) else { return }
        lines.append(line)
        queuedBytes += line.count
    }
}
