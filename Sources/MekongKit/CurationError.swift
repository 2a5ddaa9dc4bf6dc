import Foundation

/// What can go wrong when reading or writing a curation file, or recording, listing or undoing a curation.
///
/// Errors in a file's content carry its path and the 1-based line of the entry, as rule-pack errors do.
public enum CurationError: LocalizedError, Sendable, Equatable {
    /// The file exists but cannot be read.
    case unreadable(path: String, reason: String)
    /// The file cannot be written (a read-only folder, a full disk…).
    case unwritable(path: String, reason: String)
    /// The file is not YAML, or not a list of entries.
    case malformed(path: String, line: Int, reason: String)
    /// An entry has a key its operation does not take.
    case unknownField(path: String, line: Int, field: String, allowed: [String])
    /// An entry lacks a key its operation needs.
    case missingField(path: String, line: Int, field: String)
    /// A key's value cannot be used (an unknown operation, an empty name, a date that is not YYYY-MM-DD…).
    case invalidValue(path: String, line: Int, field: String, reason: String)
    /// A name given on the command line names several entities.
    case ambiguousEntity(String, candidates: [String])
    /// Both names of a merge are one entity.
    case sameEntity(String)
    /// A split-off names the entity's canonical name, or a name the entity does not have.
    case notAnAlias(alias: String, entity: String, canonical: Bool)
    /// A rename to a name another entity of the type already has.
    case nameTaken(name: String, by: String)
    /// `curate undo` with no curation recorded.
    case nothingToUndo(path: String)
    /// `curate undo N` with N outside the list.
    case noSuchEntry(number: Int, count: Int)
    /// `articles delete ID` with an id the store does not hold.
    case unknownArticle(String)
    /// The store lives in memory: there is no folder to keep a curation file in.
    case noFile
    /// A new name or alias given on the command line is empty.
    case emptyName

    /// One line that says what went wrong and what to do about it.
    public var errorDescription: String? {
        switch self {
        case .unreadable(let path, let reason):
            return "Cannot read the curation file \(path): \(reason). Check its permissions, or move it away to start a new one."
        case .unwritable(let path, let reason):
            return "Cannot write the curation file \(path): \(reason). Check that its folder is writable and the disk not full."
        case .malformed(let path, let line, let reason):
            return "\(path):\(line): \(reason). Each entry is one line such as "
                + "`- {date: 2024-01-31, op: delete, type: organization, entity: \"Đại học Luật\"}` (docs/curation.md)."
        case .unknownField(let path, let line, let field, let allowed):
            return "\(path):\(line): unknown key '\(field)'. This entry takes: \(allowed.joined(separator: ", "))."
        case .missingField(let path, let line, let field):
            return "\(path):\(line): the entry has no '\(field)'. Add it, or remove the line (docs/curation.md)."
        case .invalidValue(let path, let line, let field, let reason):
            return "\(path):\(line): '\(field)': \(reason)."
        case .ambiguousEntity(let name, let candidates):
            return "\"\(name)\" names \(candidates.count) entities: \(candidates.joined(separator: "; ")). "
                + "Add --type TYPE, or give the id instead."
        case .sameEntity(let name):
            return "Both names are the entity \(name): there is nothing to merge. Check the names with `mekong show`."
        case .notAnAlias(let alias, let entity, let canonical):
            return canonical
                ? "\"\(alias)\" is the canonical name of \(entity), not an alias: rename the entity first (`mekong curate rename`)."
                : "\(entity) is never named \"\(alias)\". `mekong show` lists its aliases."
        case .nameTaken(let name, let other):
            return "\"\(name)\" is already the name of \(other). To make them one entity, use `mekong curate merge`."
        case .nothingToUndo(let path):
            return "No curation to undo: \(path) lists none."
        case .noSuchEntry(let number, let count):
            return "There is no curation number \(number): there are \(count). `mekong curate list` numbers them."
        case .unknownArticle(let id):
            return "The store holds no article \(id). `mekong articles` lists the ids (`--json`)."
        case .noFile:
            return "A store in memory has no folder for a curation file. Use a store file (--store PATH)."
        case .emptyName:
            return "The new name is empty. Give the name as the articles should read it, in quotes."
        }
    }
}
