import Foundation
import Testing

/// The shared libraries the tests load: the example plugin that the package builds, and small C plugins
/// compiled at test time with `cc` to exercise what a Swift plugin cannot get wrong.
enum PluginLibraries {
    /// What went wrong preparing a library.
    struct Unavailable: Error, CustomStringConvertible {
        let description: String
    }

    /// The example plugin's library, found next to the running test binary (whatever the scratch path)
    /// or under `.build/debug` of the package.
    static func exampleDynamicPlugin() throws -> String {
        let names = ["libExampleDynamicPlugin.so", "libExampleDynamicPlugin.dylib"]
        var directories: [URL] = []
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        directories.append(executable.deletingLastPathComponent())
        if let main = Bundle.main.executableURL {
            directories.append(main.resolvingSymlinksInPath().deletingLastPathComponent())
        }
        // On macOS the tests run inside MekongPackageTests.xctest/Contents/MacOS, three levels below the products.
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            directories.append(bundle.bundleURL.deletingLastPathComponent())
        }
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        directories.append(package.appendingPathComponent(".build/debug"))
        for directory in directories {
            for name in names {
                let candidate = directory.appendingPathComponent(name).path
                if FileManager.default.fileExists(atPath: candidate) { return candidate }
            }
        }
        throw Unavailable(
            description: "libExampleDynamicPlugin is not built: run `swift build --product ExampleDynamicPlugin` "
                + "(with the same --scratch-path) before the tests. Looked in: "
                + directories.map(\.path).joined(separator: ", "))
    }

    /// Compiles `source` (C, with `mekong_plugin.h` on the include path) into a shared library in a fresh
    /// temporary directory and returns its path.
    static func compileC(_ source: String, name: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("mekong-dynamic-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let sourceFile = directory.appendingPathComponent("\(name).c")
        let library = directory.appendingPathComponent("lib\(name).so")
        try source.write(to: sourceFile, atomically: true, encoding: .utf8)
        let include = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/CMekongPlugin/include")
        let compiler = Process()
        compiler.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        compiler.arguments = ["cc", "-shared", "-fPIC", "-I", include.path, "-o", library.path, sourceFile.path]
        let errors = Pipe()
        compiler.standardError = errors
        try compiler.run()
        let messages = errors.fileHandleForReading.readDataToEndOfFile()
        compiler.waitUntilExit()
        guard compiler.terminationStatus == 0 else {
            throw Unavailable(description: "cc failed: \(String(decoding: messages, as: UTF8.self))")
        }
        return library.path
    }

    /// Deletes a library made by ``compileC(_:name:)`` and its directory. A library already loaded stays
    /// mapped, so this is safe at the end of the test that loaded it.
    static func remove(_ library: String) {
        try? FileManager.default.removeItem(at: URL(fileURLWithPath: library).deletingLastPathComponent())
    }

    /// A C plugin whose table has `apiVersion`, `descriptor` (a C expression) and an `extract` that answers
    /// `response` (a C string literal, or NULL), counting the results it is asked to free.
    static func cPlugin(
        name: String, apiVersion: String = "MEKONG_PLUGIN_API_VERSION",
        descriptor: String =
            #""{\"id\": \"c.test\", \"version\": \"0.1\", \"summary\": \"A C plugin.\", \"produces\": [\"entity:quantity\"]}""#,
        response: String = #""{\"mentions\": []}""#
    ) throws -> String {
        try compileC(
            """
            #include <stdlib.h>
            #include <string.h>
            #include "mekong_plugin.h"

            static int freed = 0;
            int mekong_test_freed_results(void) { return freed; }

            static char *extract(const char *request) {
                (void)request;
                const char *answer = \(response);
                return answer ? strdup(answer) : NULL;
            }

            static void free_result(char *result) {
                freed += 1;
                free(result);
            }

            static const MekongPluginV1 plugin = {\(apiVersion), \(descriptor), extract, free_result};

            const MekongPluginV1 *mekong_plugin_entry(void) { return &plugin; }
            """, name: name)
    }
}
