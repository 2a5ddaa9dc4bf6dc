import Foundation

/// Printing helpers: JSON for other tools, lines for people, errors on standard error.
enum Output {
    static func json<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        FileHandle.standardOutput.write(try encoder.encode(value))
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    /// Writes a line on standard error, without control characters (names come from untrusted text).
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((terminalSafe(text) + "\n").utf8))
    }

    /// Prints a line for people on standard output, without control characters: an escape sequence in an
    /// entity's name must not reach the terminal.
    static func line(_ text: String) {
        print(terminalSafe(text))
    }

    /// `text` without control characters other than line breaks and tabs.
    static func terminalSafe(_ text: String) -> String {
        text.removingControlCharacters(keepingLineBreaks: true)
    }

    /// Whether standard error is a terminal (progress is shown only then).
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }
}

extension Output {
    /// Writes bytes to a file, or to standard output for `-`.
    static func write(_ bytes: [UInt8], to path: String) throws {
        if path == "-" {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw UserFacingError(description: "Cannot write \(path): it is a directory. Give a file name, for example "
                + "\((path as NSString).appendingPathComponent("graph.svg")).")
        }
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw UserFacingError(description: "Cannot write \(path): \(error.localizedDescription). Check that its directory exists and is writable.")
        }
    }
}
