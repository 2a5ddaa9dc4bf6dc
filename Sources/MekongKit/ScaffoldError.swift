import Foundation

/// Why `mekong plugins new` could not scaffold a plugin.
public enum ScaffoldError: LocalizedError, Sendable, Equatable {
    /// The plugin name is not UpperCamelCase ASCII letters and digits.
    case badName(String)
    /// The extractor id is not lower-case letters, digits, `.`, `_` and `-`.
    case badID(String)
    /// The root lacks `Package.swift` or `Sources/MekongKit/BuiltInExtractors.swift`.
    case notACheckout(root: String)
    /// The plugin's folder or its test folder already exists.
    case exists(String)
    /// A file lacks the `// mekong:plugin-…` marker line where the new plugin is inserted.
    case missingMarker(file: String, marker: String)
    /// A target or module of that name (or the name plus `Tests`) exists, or the name is reserved.
    case nameTaken(String)
    /// A built-in extractor already has that id.
    case idTaken(String)

    /// The message shown to the user: what went wrong and what to do.
    public var errorDescription: String? {
        switch self {
        case .badName(let name):
            "\"\(name)\" is not a plugin name: use UpperCamelCase ASCII letters and digits, e.g. AcmeProducts."
        case .badID(let id):
            "\"\(id)\" is not an extractor id: use lower case letters, digits, '.', '_' or '-', e.g. acme.products."
        case .notACheckout(let root):
            "\(root) is not the root of a Mekong checkout (no Package.swift and Sources/MekongKit/BuiltInExtractors.swift). "
                + "Run the command there, or pass --root."
        case .exists(let directory):
            "\(directory) already exists. Choose another name, or remove it first."
        case .nameTaken(let name):
            "A target or module named \(name) (or \(name)Tests) already exists. Choose another name."
        case .idTaken(let id):
            "An extractor with the id \"\(id)\" is already registered (see `mekong plugins`). Pass another --id."
        case .missingMarker(let file, let marker):
            "\(file) has no line with \"\(marker)\", where the new plugin goes. Restore that marker comment."
        }
    }
}
