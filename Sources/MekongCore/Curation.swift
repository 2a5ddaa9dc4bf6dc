/// One correction a curator makes to the extracted graph; applied after extraction on every ingest.
///
/// Every case is idempotent: applied to a graph it has already changed, it changes nothing. A case whose
/// entities the graph does not hold (yet) changes nothing either, so a curation file can be applied to any
/// store. `docs/curation.md` describes what each case does and how it is written in `curation.yaml`.
public enum Curation: Hashable, Sendable {
    /// `from` becomes part of `into`: its names become aliases of `into`, its mentions and evidence move to it,
    /// and its relations are rewritten to `into` (a relation it then shares with `into` gains the evidence).
    /// `into` keeps its canonical name.
    case merge(into: CuratedEntity, from: CuratedEntity)
    /// `alias` is another name of `entity`: added to its names, and an entity of the same type whose canonical
    /// name is `alias` is merged into it (so that articles naming it that way resolve to it).
    case alias(CuratedEntity, alias: String)
    /// `entity`'s canonical name becomes `name`; its old name stays an alias.
    case rename(CuratedEntity, to: String)
    /// `entity`, its mentions and every relation it takes part in are removed.
    case delete(CuratedEntity)
    /// The mentions of `entity` written `alias` become an entity of their own (same type, named `alias`), with
    /// the evidence of the sentences that name it that way and not by another of `entity`'s names.
    case splitOff(CuratedEntity, alias: String)
    /// The article is removed with everything it contributed, and ingest no longer stores it: it is known by
    /// its id (from its path) and by the SHA-256 of its text, so a copy elsewhere stays out too.
    case deleteArticle(id: String, sha256: String, path: String)

    /// The operation's name as `curation.yaml` writes it (`merge`, `split-off`, `delete-article` …).
    public var operation: String {
        switch self {
        case .merge: "merge"
        case .alias: "alias"
        case .rename: "rename"
        case .delete: "delete"
        case .splitOff: "split-off"
        case .deleteArticle: "delete-article"
        }
    }

    /// One line for people: `merge document "Luật Sĩ quan" into document "Luật Sĩ quan …"`.
    public var summary: String {
        switch self {
        case .merge(let into, let from): "merge \(from) into \(into)"
        case .alias(let entity, let alias): "alias \"\(alias)\" of \(entity)"
        case .rename(let entity, let name): "rename \(entity) to \"\(name)\""
        case .delete(let entity): "delete \(entity)"
        case .splitOff(let entity, let alias): "split \"\(alias)\" off \(entity)"
        case .deleteArticle(let id, _, let path): "delete article \(id) (\(path))"
        }
    }
}
