import Foundation
import MekongCore
import Yams

/// The curation file of a store: `curation.yaml` in the store's folder, one curation a line, oldest first.
///
/// Each line is a YAML flow mapping, so the file is plain YAML that reads and diffs line by line:
///
/// ```yaml
/// - {date: 2024-01-31, op: merge, type: document, into: "Luật Sĩ quan Quân đội nhân dân Việt Nam", from: "Luật Sĩ quan"}
/// - {date: 2024-01-31, op: delete, type: organization, entity: "Đại học Luật"}
/// ```
///
/// Entities are named by type and name, never by id (ids differ between stores). `docs/curation.md` lists
/// every operation and its keys. Entries written by hand in block style are read too; ``write(_:to:)``
/// writes them back one a line.
public enum CurationFile {
    /// The file name, in the folder of the store it curates.
    public static let fileName = "curation.yaml"

    /// The curation file of the store at `storePath`, or nil for a store in memory.
    public static func path(forStore storePath: String) -> String? {
        guard storePath != ":memory:", !storePath.hasPrefix("file:") else { return nil }
        return URL(fileURLWithPath: storePath).deletingLastPathComponent().appendingPathComponent(fileName).path
    }

    /// The entries of the file at `path`; none when it does not exist.
    public static func read(at path: String) throws(CurationError) -> [CurationEntry] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        return try parse(text, path: path)
    }

    /// The entries of a curation file's text; `path` names it in errors.
    public static func parse(_ text: String, path: String) throws(CurationError) -> [CurationEntry] {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else { return [] }
            root = node
        } catch {
            throw malformed(error, path: path)
        }
        guard case .sequence(let items) = root else {
            throw .malformed(path: path, line: root.mark?.line ?? 1, reason: "the file is not a list of curations")
        }
        return try items.map { node throws(CurationError) in try entry(node, path: path) }
    }

    /// The text of a file holding `entries`, one a line, with a heading comment.
    public static func format(_ entries: [CurationEntry]) -> String {
        var text = """
            # Curations of the Mekong store in this folder, oldest first: applied after extraction on every ingest.
            # One a line; `mekong curate list` numbers them, `mekong curate undo [N]` removes one (docs/curation.md).

            """
        for entry in entries { text += line(entry) + "\n" }
        return text
    }

    /// Writes `entries` to `path`, replacing the file whole (a crash leaves the old file or the new one).
    public static func write(_ entries: [CurationEntry], to path: String) throws(CurationError) {
        do {
            try Data(format(entries).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .unwritable(path: path, reason: error.localizedDescription)
        }
    }

    /// The keys of an entry, in the order they are written.
    public static func fields(of entry: CurationEntry) -> [(key: String, value: String)] {
        var fields: [(key: String, value: String)] = [("date", entry.date), ("op", entry.curation.operation)]
        switch entry.curation {
        case .merge(let into, let from):
            fields += [("type", into.type.rawValue), ("into", into.name)]
            if from.type != into.type { fields.append(("from_type", from.type.rawValue)) }
            fields.append(("from", from.name))
        case .alias(let entity, let alias), .splitOff(let entity, let alias):
            fields += [("type", entity.type.rawValue), ("entity", entity.name), ("alias", alias)]
        case .rename(let entity, let name):
            fields += [("type", entity.type.rawValue), ("entity", entity.name), ("to", name)]
        case .delete(let entity):
            fields += [("type", entity.type.rawValue), ("entity", entity.name)]
        case .deleteArticle(let id, let sha256, let path):
            fields += [("article", id), ("sha256", sha256), ("path", path)]
        }
        return fields
    }

    /// One entry as its line of the file.
    static func line(_ entry: CurationEntry) -> String {
        let pairs = fields(of: entry).map { field in
            // Names are always quoted (a name may hold ':' or '#'); the date, operation, type and ids never need it.
            let plain = ["date", "op", "type", "from_type", "article", "sha256"].contains(field.key)
                && field.value.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0) }
            return "\(field.key): \(plain ? field.value : QuotedString.quoted(field.value))"
        }
        return "- {\(pairs.joined(separator: ", "))}"
    }

    // MARK: Reading

    static let operationFields: [String: [String]] = [
        "merge": ["type", "into", "from_type", "from"],
        "alias": ["type", "entity", "alias"],
        "rename": ["type", "entity", "to"],
        "delete": ["type", "entity"],
        "split-off": ["type", "entity", "alias"],
        "delete-article": ["article", "sha256", "path"],
    ]

    private static func entry(_ node: Node, path: String) throws(CurationError) -> CurationEntry {
        let line = node.mark?.line ?? 1
        guard case .mapping(let mapping) = node else {
            throw .malformed(path: path, line: line, reason: "a curation is a mapping such as {date: …, op: …}")
        }
        var values: [String: String] = [:]
        var lines: [String: Int] = [:]
        for (keyNode, valueNode) in mapping {
            guard case .scalar(let key) = keyNode, case .scalar(let value) = valueNode else {
                throw .malformed(path: path, line: keyNode.mark?.line ?? line, reason: "every key and value is a plain string")
            }
            values[key.string] = value.string.precomposedStringWithCanonicalMapping
            lines[key.string] = valueNode.mark?.line ?? line
        }
        func required(_ field: String) throws(CurationError) -> String {
            guard let value = values[field] else { throw .missingField(path: path, line: line, field: field) }
            guard !value.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw .invalidValue(path: path, line: lines[field] ?? line, field: field, reason: "it is empty")
            }
            return value
        }
        let operation = try required("op")
        guard let allowed = operationFields[operation] else {
            throw .invalidValue(
                path: path, line: lines["op"] ?? line, field: "op",
                reason: "'\(operation)' is not an operation; write one of \(operationFields.keys.sorted().joined(separator: ", "))")
        }
        let date = try required("date")
        guard date.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil else {
            throw .invalidValue(path: path, line: lines["date"] ?? line, field: "date", reason: "'\(date)' is not a day written YYYY-MM-DD")
        }
        for key in values.keys.sorted() where !(["date", "op"] + allowed).contains(key) {
            throw .unknownField(path: path, line: lines[key] ?? line, field: key, allowed: ["date", "op"] + allowed)
        }
        func entity(_ field: String, typeField: String = "type") throws(CurationError) -> CuratedEntity {
            CuratedEntity(type: EntityType(try required(typeField)), name: try required(field))
        }
        let curation: Curation
        switch operation {
        case "merge":
            let into = try entity("into")
            let from = values["from_type"] == nil ? CuratedEntity(type: into.type, name: try required("from")) : try entity("from", typeField: "from_type")
            curation = .merge(into: into, from: from)
        case "alias": curation = .alias(try entity("entity"), alias: try required("alias"))
        case "rename": curation = .rename(try entity("entity"), to: try required("to"))
        case "delete": curation = .delete(try entity("entity"))
        case "split-off": curation = .splitOff(try entity("entity"), alias: try required("alias"))
        default: curation = .deleteArticle(id: try required("article"), sha256: try required("sha256"), path: try required("path"))
        }
        return CurationEntry(date: date, curation: curation)
    }

    private static func malformed(_ error: any Error, path: String) -> CurationError {
        guard let error = error as? YamlError else { return .malformed(path: path, line: 1, reason: "\(error)") }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let reason = context.map { "\($0.text) that starts on line \($0.mark.line): \(problem)" } ?? problem
            return .malformed(path: path, line: mark.line, reason: reason)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .malformed(
                path: path, line: context.mark.line,
                reason: "a key appears twice in one entry: \(duplicates.sorted().joined(separator: ", "))")
        default:
            return .malformed(path: path, line: 1, reason: "\(error)")
        }
    }
}
