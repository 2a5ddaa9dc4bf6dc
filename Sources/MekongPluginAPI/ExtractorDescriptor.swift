/// Who an extractor is and what it needs and gives, as `mekong plugins` lists it.
public struct ExtractorDescriptor: Hashable, Sendable {
    /// How an extractor came into Mekong.
    public enum Kind: String, Sendable, CaseIterable {
        /// Compiled into `mekong` from `Plugins/`.
        case builtIn = "built-in"
        /// A declarative YAML rule pack.
        case rulePack = "rule pack"
        /// An external process speaking JSON Lines.
        case external
        /// A dynamic library loaded at run time.
        case dynamic
    }

    /// Unique id, dotted and lower case (`vi.organizations`).
    public var id: String
    /// The extractor's own version; it is recorded with what it produces.
    public var version: String
    /// How the extractor came into Mekong (built in, rule pack, external process, dynamic library).
    public var kind: Kind
    /// One line on what it finds.
    public var summary: String
    /// What must have been produced before it runs.
    public var consumes: Set<Capability>
    /// What it produces.
    public var produces: Set<Capability>

    /// A descriptor; `consumes` may be empty, `produces` should name everything the extractor returns.
    public init(
        id: String, version: String, kind: Kind = .builtIn, summary: String, consumes: Set<Capability> = [],
        produces: Set<Capability>
    ) {
        self.id = id
        self.version = version
        self.kind = kind
        self.summary = summary
        self.consumes = consumes
        self.produces = produces
    }
}
