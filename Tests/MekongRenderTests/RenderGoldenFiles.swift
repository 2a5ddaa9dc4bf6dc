import Foundation

/// Expected outputs compared byte for byte, kept as files in `Tests/MekongRenderTests/Golden/`.
///
/// They are read from the source tree (the test target excludes the folder rather than bundling it), so
/// that `MEKONG_UPDATE_GOLDEN=1 swift test --filter MekongRenderTests` can rewrite them in place; review the
/// diff before committing it.
enum RenderGoldenFiles {
    /// The folder of the golden files, beside this source file.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// Whether this run records golden files instead of comparing with them.
    static var recording: Bool { ProcessInfo.processInfo.environment["MEKONG_UPDATE_GOLDEN"] == "1" }

    /// The golden file `name`'s text, or nil when it does not exist yet.
    static func expected(_ name: String) -> String? {
        try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    /// Writes `text` as the golden file `name`.
    static func record(_ name: String, _ text: String) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
}
