/// The limits an external plugin's process runs under, set in the child before its program starts (Linux):
/// CPU time, address space and the size of any file it writes.
///
/// A process that passes the CPU limit is killed by the system (SIGXCPU or SIGKILL); one that passes the
/// address-space limit fails to allocate. Either way the article fails and the next one restarts the plugin.
public struct ResourceLimits: Sendable, Equatable {
    /// CPU seconds over the whole life of the process (`RLIMIT_CPU`).
    public var cpuSeconds: Int
    /// Address space in MiB (`RLIMIT_AS`).
    public var memoryMegabytes: Int
    /// The largest file the process may write, in MiB (`RLIMIT_FSIZE`).
    public var fileMegabytes: Int

    /// Limits; the defaults suit an interpreter serving a few thousand articles.
    public init(cpuSeconds: Int = 600, memoryMegabytes: Int = 4096, fileMegabytes: Int = 64) {
        self.cpuSeconds = cpuSeconds
        self.memoryMegabytes = memoryMegabytes
        self.fileMegabytes = fileMegabytes
    }
}
