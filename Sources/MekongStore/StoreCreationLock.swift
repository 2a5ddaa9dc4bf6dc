import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive lock, between processes, on opening (and so creating and migrating) the store at a path.
///
/// It is an `flock` on the store's folder, not on the store file: closing another descriptor of the store
/// file would drop the POSIX locks SQLite holds on it. The lock is held only while the store is opened,
/// so writers are still serialized by SQLite itself.
struct StoreCreationLock {
    /// How long to wait for another process to finish opening the store.
    static let timeout: TimeInterval = 30

    private let descriptor: Int32

    /// Waits (up to ``timeout``) for the lock on the folder of `storePath`.
    /// - Throws: ``StoreError/cannotOpen(path:reason:)`` when the folder cannot be opened or the wait times out.
    init(storePath: String) throws(StoreError) {
        let folder = URL(fileURLWithPath: storePath).deletingLastPathComponent().path
        descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw .cannotOpen(path: storePath, reason: "its folder cannot be opened (\(String(cString: strerror(errno))))")
        }
        let deadline = Date(timeIntervalSinceNow: Self.timeout)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else {
                close(descriptor)
                throw .cannotOpen(
                    path: storePath, reason: "another process kept it locked for \(Int(Self.timeout)) s while opening it")
            }
            usleep(10_000)
        }
    }

    /// Releases the lock.
    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
