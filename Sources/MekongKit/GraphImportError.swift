import Foundation

/// A file `mekong import` cannot read back into a store.
public enum GraphImportError: LocalizedError, Sendable, Equatable {
    /// The file is not JSON, or not a Mekong JSON export (`format` is not `mekong-graph`).
    case notAnExport(detail: String)
    /// The export's version is one this Mekong does not read.
    case unsupportedVersion(Int)
    /// The export is inconsistent: a relation, mention or piece of evidence names something the file lacks,
    /// or an id appears twice.
    case inconsistent(detail: String)

    /// The message shown to the user: what went wrong and what to do.
    public var errorDescription: String? {
        switch self {
        case .notAnExport(let detail):
            "The file is not a Mekong JSON export (\(detail)). Give a file written by `mekong export --format json`."
        case .unsupportedVersion(let version):
            "The export has version \(version); this Mekong reads versions "
                + "\(GraphImport.readableVersions.lowerBound) to \(GraphImport.readableVersions.upperBound)"
                + ". Import it with the Mekong that wrote it, or upgrade Mekong."
        case .inconsistent(let detail):
            "The export is inconsistent: \(detail). Export the store again with `mekong export --format json`."
        }
    }
}
