import Foundation

/// Reads rule packs: YAML files that declare gazetteers and patterns, with no code and no rebuild.
///
/// A pack (every field but `id` and one of `gazetteers`/`patterns` is optional):
///
/// ```yaml
/// id: acme.cooperation          # extractor id: lower case, digits, '.', '_', '-'; unique among extractors
/// version: 1.0.0                # default 1.0.0
/// summary: Cooperation between organizations   # default "Rule pack <file name>"
/// consumes: [entity:person]     # extra capabilities to wait for (entity:TYPE, relation:PREDICATE)
/// gazetteers:
///   - type: organization        # a known type or a namespaced one (acme.product)
///     case_sensitive: false     # default false: names match in any case
///     confidence: 0.9           # default 0.9
///     skip_inside: [organization]  # not inside earlier mentions of these types
///     entries:
///       - name: Học viện Chính trị quốc gia Hồ Chí Minh   # the canonical name
///         aliases: [HVCTQG]     # other names that match (a single string is a one-name list)
///         attributes: {kind: academy}
///       - Ban Bí thư            # a plain string is an entry with a name only
/// patterns:
///   - id: phoi-hop              # rule id, recorded with what the pattern produces; unique in the pack
///     tokens: "{organization:a} phối hợp … với {organization:b}"   # or regex:, not both
///     gap: 6                    # tokens only: the most tokens a bare … skips (1…50), default 6
///     case_sensitive: false     # tokens only: literal words match in any case by default
///     confidence: 0.8           # default 0.8
///     relation: {predicate: cooperates_with, subject: a, object: b, attributes: {}}
///   - id: chuc-danh
///     regex: "Giám đốc (?<org>Sở [A-ZĐ][\\p{L} ]+)"   # over the sentence text (NSRegularExpression)
///     entity: {type: organization, capture: org, canonical: "$org", attributes: {title: "Giám đốc"}}
/// ```
///
/// Token patterns (`tokens`) match one sentence's tokens, element by element:
/// - `{TYPE}` or `{TYPE:name}`: a mention of that type starting at the current token, found by an earlier
///   extractor, by the pack's gazetteers or by a pattern above; `name` captures it.
/// - a literal word or phrase (`với`, `phối hợp`, `,`): tokens compared case-insensitively unless the
///   pattern is `case_sensitive`.
/// - `[a|b c]`: one of the alternatives (the longest that lets the rest match first); an empty alternative
///   (`[đã|]`) makes it optional; `[…]:name` captures the tokens matched.
/// - `…` or `...`: up to `gap` tokens of the same sentence, as few as possible; `…3` sets the limit for this
///   gap (1…50); `…:name` / `…3:name` captures the skipped tokens. A pattern cannot start or end with a gap.
///
/// Regex patterns (`regex`) run over each sentence's text; `(?<name>…)` groups are captures (ICU names:
/// an ASCII letter, then letters and digits). A captured span is trimmed of white space.
///
/// Templates (`canonical` and attribute values) take a capture's text with `$name` or `${name}`; `$$` is a
/// dollar sign; an attribute that comes out empty is left out. An entity output without `capture` is the
/// whole match; its canonical name defaults to the captured text (or the captured mention's canonical
/// name). A relation's `subject` and `object` name a `{TYPE:name}` capture, the entity output's capture, or
/// (in a regex) a group whose text is exactly a mention's. Everything is put in NFC, as article text is.
///
/// The descriptor's `produces` are `entity:TYPE` for gazetteer and entity-output types and
/// `relation:PREDICATE`; its `consumes` are the declared `consumes`, plus `entity:TYPE` for each `{TYPE}`
/// and `skip_inside` type the pack does not produce itself.
///
/// Validation stops at the first problem and reports it as a ``RulePackError`` with the file, the line and
/// the field.
public enum RulePackLoader {
    /// The file extensions of rule packs.
    public static let fileExtensions = ["yaml", "yml"]

    /// Reads, validates and compiles the pack at `path`.
    /// - Throws: ``RulePackError`` naming the file, the line and the field of the first problem.
    public static func load(path: String) throws(RulePackError) -> RulePackExtractor {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = FileManager.default.fileExists(atPath: path) ? error.localizedDescription : "no such file"
            throw .unreadable(path: path, reason: reason)
        }
        guard let yaml = String(data: data, encoding: .utf8) else {
            throw .unreadable(path: path, reason: "the file is not UTF-8 text")
        }
        return try parse(yaml: yaml, path: path)
    }

    /// Validates and compiles a pack given as text; `path` names it in errors.
    /// - Throws: ``RulePackError`` naming `path`, the line and the field of the first problem.
    public static func parse(yaml: String, path: String) throws(RulePackError) -> RulePackExtractor {
        RulePackExtractor(pack: try RulePackParser(path: path).parse(yaml))
    }

    /// Loads every `*.yaml` and `*.yml` file directly in `directory` (not in subdirectories; hidden files
    /// skipped), in the order of their paths.
    /// - Throws: ``RulePackError/unreadable(path:reason:)`` when `directory` is not a readable directory, the
    ///   first pack's error, or ``RulePackError/duplicatePackID(id:paths:)`` when two packs share an id.
    public static func loadDirectory(_ directory: String) throws(RulePackError) -> [RulePackExtractor] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw .unreadable(path: directory, reason: "no such directory")
        }
        guard isDirectory.boolValue else { throw .unreadable(path: directory, reason: "not a directory") }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw .unreadable(path: directory, reason: error.localizedDescription)
        }
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        let paths = names.filter { name in
            !name.hasPrefix(".") && fileExtensions.contains((name as NSString).pathExtension.lowercased())
        }.map { base + "/" + $0 }.sorted()
        var extractors: [RulePackExtractor] = []
        var pathByID: [String: String] = [:]
        for path in paths {
            let extractor = try load(path: path)
            if let other = pathByID[extractor.pack.id] {
                throw .duplicatePackID(id: extractor.pack.id, paths: [other, path])
            }
            pathByID[extractor.pack.id] = path
            extractors.append(extractor)
        }
        return extractors
    }
}
