import Foundation

/// Why `mekong plugins new` could not scaffold a plugin.
public enum ScaffoldError: LocalizedError, Sendable, Equatable {
    case badName(String)
    case badID(String)
    case notACheckout(root: String)
    case exists(String)
    case missingMarker(file: String, marker: String)
    case nameTaken(String)
    case idTaken(String)

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
