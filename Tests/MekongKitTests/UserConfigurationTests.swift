import Foundation
import MekongKit
import Testing

/// The user's own configuration decides which store folders are trusted; a bad file is a clear error.
@Suite("User configuration")
struct UserConfigurationTests {
    private func write(_ json: String) throws -> (ScratchDirectory, String) {
        let scratch = try ScratchDirectory()
        let path = scratch.path("config.json")
        try json.write(toFile: path, atomically: true, encoding: .utf8)
        return (scratch, path)
    }

    @Test("a missing file trusts nothing")
    func missing() throws {
        let configuration = try UserConfiguration.load(path: "/nonexistent/mekong/config.json")
        #expect(!configuration.trusts(storeFolder: "/tmp"))
    }

    @Test("trust_store_plugins trusts every folder; trusted_store_folders trusts those folders and below")
    func trust() throws {
        let (scratch, path) = try write(#"{"trust_store_plugins": true}"#)
        defer { scratch.remove() }
        #expect(try UserConfiguration.load(path: path).trusts(storeFolder: "/anywhere"))
        try #"{"trusted_store_folders": ["\#(scratch.url.path)"]}"#.write(toFile: path, atomically: true, encoding: .utf8)
        let configuration = try UserConfiguration.load(path: path)
        #expect(configuration.trusts(storeFolder: scratch.url.path))
        #expect(configuration.trusts(storeFolder: scratch.url.path + "/graphs"))
        #expect(!configuration.trusts(storeFolder: scratch.url.path + "-other"))
        #expect(!configuration.trusts(storeFolder: "/"))
    }

    @Test("a configuration that is not one is refused with its path and what is wrong", arguments: [
        #"{"trust_store_plugin": true}"#, #"{"trust_store_plugins": "yes"}"#, #"{"trusted_store_folders": ["relative"]}"#,
        "[1]", "not json",
    ])
    func invalid(json: String) throws {
        let (scratch, path) = try write(json)
        defer { scratch.remove() }
        #expect {
            _ = try UserConfiguration.load(path: path)
        } throws: { error in
            error.localizedDescription.contains(path)
        }
    }

    @Test("the file lives under XDG_CONFIG_HOME, else ~/.config")
    func location() {
        #expect(UserConfiguration.defaultPath(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]) == "/x/mekong/config.json")
        #expect(UserConfiguration.defaultPath(environment: ["HOME": "/h"]) == "/h/.config/mekong/config.json")
        #expect(UserConfiguration.defaultPath(environment: [:]) == nil)
    }
}
