import Foundation
import MekongDynamic
import MekongPluginAPI
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Libraries that are not Mekong plugins, or not good ones: each is refused with an error that names the
/// library and what to fix, and none crashes the host.
@Suite struct LoaderErrorTests {
    /// The error `load` throws for `path`, failing the test when it loads.
    private func loadError(_ path: String) -> DynamicPluginError? {
        do {
            let extractor = try DynamicPluginLoader.load(path: path)
            Issue.record("\(path) loaded as \(extractor.descriptor.id)")
            return nil
        } catch {
            return error
        }
    }

    @Test func aMissingFileIsRefused() {
        let path = "/nonexistent/libNoSuchPlugin.so"
        let error = loadError(path)
        #expect(error == .unreadable(path: path, reason: "no such file"))
        #expect(error?.localizedDescription.contains(path) == true)
    }

    @Test func aDirectoryIsRefused() {
        let path = FileManager.default.temporaryDirectory.path
        guard case .unreadable(let reported, let reason)? = loadError(path) else {
            Issue.record("a directory was not refused as unreadable")
            return
        }
        #expect(reported == path)
        #expect(reason.contains("directory"))
    }

    @Test func aFileThatIsNoLibraryIsRefusedWithTheLoadersReason() throws {
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("not-a-library-\(UUID().uuidString).so")
        try "plain text".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        guard case .notLoadable(let path, let reason)? = loadError(file.path) else {
            Issue.record("a text file was not refused as not loadable")
            return
        }
        #expect(path == file.path)
        #expect(!reason.isEmpty)
    }

    @Test func aLibraryWithoutTheEntrySymbolIsRefused() throws {
        let path = try PluginLibraries.compileC("int unrelated(void) { return 42; }", name: "NoEntry")
        defer { PluginLibraries.remove(path) }
        let error = loadError(path)
        #expect(error == .missingEntrySymbol(path: path, symbol: "mekong_plugin_entry"))
        #expect(error?.localizedDescription.contains("mekong_plugin_entry") == true)
    }

    @Test func aSystemLibraryIsNotAPlugin() throws {
        // The C library loads fine but exports no entry symbol; find it where this process mapped it
        // (read through a file handle: procfs files report a size of zero).
        let maps = FileHandle(forReadingAtPath: "/proc/self/maps")?.readDataToEndOfFile() ?? Data()
        let libc = String(decoding: maps, as: UTF8.self).split(separator: "\n").compactMap { line in
            line.split(separator: " ", omittingEmptySubsequences: true).last.map(String.init)
        }.first { $0.hasSuffix("/libc.so.6") }
        let path = try #require(libc, "libc.so.6 is not mapped into the test process")
        #expect(loadError(path) == .missingEntrySymbol(path: path, symbol: "mekong_plugin_entry"))
    }

    @Test func anotherAPIVersionIsRefusedBeforeAnythingElseIsTouched() throws {
        // Every other field is an invalid pointer: reading the descriptor or calling a function would crash.
        let path = try PluginLibraries.compileC(
            """
            #include "mekong_plugin.h"
            static const MekongPluginV1 plugin = {99, (const char *)1, (char *(*)(const char *))1, (void (*)(char *))1};
            const MekongPluginV1 *mekong_plugin_entry(void) { return &plugin; }
            """, name: "Version99")
        defer { PluginLibraries.remove(path) }
        let error = loadError(path)
        #expect(error == .apiVersionMismatch(path: path, found: 99, expected: 1))
        let message = try #require(error?.localizedDescription)
        #expect(message.contains(path))
        #expect(message.contains("version 99"))
        #expect(message.contains("version 1"))
        #expect(DynamicPluginLoader.apiVersion == 1)
    }

    @Test func aNullPluginTableIsRefused() throws {
        let path = try PluginLibraries.compileC(
            """
            #include <stddef.h>
            #include "mekong_plugin.h"
            const MekongPluginV1 *mekong_plugin_entry(void) { return NULL; }
            """, name: "NullTable")
        defer { PluginLibraries.remove(path) }
        #expect(loadError(path) == .nullPluginTable(path: path))
    }

    @Test func aTableWithoutFunctionsIsRefused() throws {
        let path = try PluginLibraries.compileC(
            """
            #include <stddef.h>
            #include "mekong_plugin.h"
            static const MekongPluginV1 plugin = {MEKONG_PLUGIN_API_VERSION, "{}", NULL, NULL};
            const MekongPluginV1 *mekong_plugin_entry(void) { return &plugin; }
            """, name: "NoFunctions")
        defer { PluginLibraries.remove(path) }
        #expect(loadError(path) == .incompletePluginTable(path: path, missing: "extract function"))
    }

    @Test(arguments: [
        (#""not json""#, "it is not valid JSON"),
        (#""{\"version\": \"1\"}""#, "the key \"id\" is missing"),
        (#""{\"id\": \"\", \"version\": \"1\"}""#, "the id is empty"),
        (
            #""{\"id\": \"c.bad\", \"version\": \"1\", \"produces\": [\"quantity\"]}""#,
            "\"quantity\" is not a capability"
        ),
    ])
    func anInvalidDescriptorIsRefused(descriptor: String, reason: String) throws {
        let path = try PluginLibraries.cPlugin(name: "BadDescriptor", descriptor: descriptor)
        defer { PluginLibraries.remove(path) }
        guard case .invalidDescriptor(let reported, let found)? = loadError(path) else {
            Issue.record("the descriptor \(descriptor) was accepted")
            return
        }
        #expect(reported == path)
        #expect(found.contains(reason), "\(found)")
    }
}
