import CMekongPlugin
import Foundation

/// An opened plugin library and its checked plugin table: the only place MekongDynamic holds C pointers.
///
/// The library is never closed: the extractor built from it may run until the process exits, and Swift
/// plugins register runtime metadata that must not be unmapped.
final class PluginLibrary: @unchecked Sendable {
    // @unchecked: the handle and the table are written once in `init` and only read afterwards; the table
    // is the plugin's static data, and the ABI requires `extract` to be safe to call from several threads.

    /// The path as the user gave it, for messages.
    let path: String
    private let handle: UnsafeMutableRawPointer
    private let extractFunction: @convention(c) (UnsafePointer<CChar>?) -> UnsafeMutablePointer<CChar>?
    private let freeResultFunction: @convention(c) (UnsafeMutablePointer<CChar>?) -> Void
    /// The descriptor JSON, copied out of the library.
    let descriptorJSON: String

    /// The plugin API version this build of Mekong speaks (`MEKONG_PLUGIN_API_VERSION`).
    static let hostAPIVersion = UInt32(MEKONG_PLUGIN_API_VERSION)
    /// The symbol every plugin exports (`MEKONG_PLUGIN_ENTRY_SYMBOL`).
    static let entrySymbol = MEKONG_PLUGIN_ENTRY_SYMBOL

    /// Opens the library at `path` and checks its plugin table.
    ///
    /// The order matters: the API version is read (as the table's first 32 bits, nothing more) and compared
    /// before any other field is touched, so a plugin built for another ABI is refused instead of called.
    init(path: String) throws(DynamicPluginError) {
        self.path = path
        try Self.checkReadable(path)
        // dlopen searches the library path for a name without a slash; a plugin is always a file.
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        _ = dlerror()
        guard let handle = dlopen(absolute, RTLD_NOW | RTLD_LOCAL) else {
            throw .notLoadable(path: path, reason: Self.lastError() ?? "dlopen failed without a reason")
        }
        self.handle = handle
        _ = dlerror()
        guard let symbol = dlsym(handle, Self.entrySymbol) else {
            throw .missingEntrySymbol(path: path, symbol: Self.entrySymbol)
        }
        let entry = unsafeBitCast(symbol, to: MekongPluginEntry.self)
        guard let table = entry() else { throw .nullPluginTable(path: path) }

        let version = UnsafeRawPointer(table).load(as: UInt32.self)
        guard version == Self.hostAPIVersion else {
            throw .apiVersionMismatch(path: path, found: version, expected: Self.hostAPIVersion)
        }

        let fields = table.pointee
        guard let descriptor = fields.descriptor_json else {
            throw .incompletePluginTable(path: path, missing: "descriptor_json")
        }
        guard let extract = fields.extract else {
            throw .incompletePluginTable(path: path, missing: "extract function")
        }
        guard let freeResult = fields.free_result else {
            throw .incompletePluginTable(path: path, missing: "free_result function")
        }
        descriptorJSON = String(cString: descriptor)
        extractFunction = extract
        freeResultFunction = freeResult
    }

    /// Calls the plugin's `extract` with `request` and returns its answer, released with `free_result`;
    /// nil when the plugin returned a null pointer.
    func extract(_ request: Data) -> Data? {
        var bytes = [UInt8](request)
        bytes.append(0)
        let result = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { extractFunction($0.baseAddress) }
        }
        guard let result else { return nil }
        defer { freeResultFunction(result) }
        return Data(bytes: result, count: strlen(result))
    }

    private static func checkReadable(_ path: String) throws(DynamicPluginError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw .unreadable(path: path, reason: "it is a directory, not a library") }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw .unreadable(path: path, reason: "permission denied")
        }
    }

    private static func lastError() -> String? {
        guard let message = dlerror() else { return nil }
        return String(cString: message)
    }
}
