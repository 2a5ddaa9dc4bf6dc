import Foundation

extension Output {
    /// Creates the folder `path` (and its parents) when missing, for an export written as several files.
    static func createFolder(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw UserFacingError(description: "Cannot write into \(path): it is a file, and this format writes a "
                    + "folder of files. Give a folder name with -o.")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw UserFacingError(description: "Cannot create the folder \(path): \(error.localizedDescription). "
                + "Check that its parent exists and is writable.")
        }
    }
}
