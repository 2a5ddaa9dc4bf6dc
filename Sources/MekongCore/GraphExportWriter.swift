import Foundation

/// Writes the JSON export (``GraphExport``) piece by piece, so that a graph of any size is exported in
/// bounded memory: the bytes are exactly those of `JSONEncoder` with `.prettyPrinted`, `.sortedKeys` and
/// `.withoutEscapingSlashes` on the whole ``GraphExport``.
///
/// Call ``article(_:)`` for every article, then ``entity(_:)`` for every entity and ``relation(_:)`` for
/// every relation, each in the order the export lists them (articles in the graph's order, entities and
/// relations by id), then ``finish()``. Output goes to `write` in chunks of about 64 KiB.
public struct GraphExportWriter: GraphStreamWriter {
    /// The parts of the export, in the order sorted keys put them.
    private enum Section: Int, Comparable {
        case articles, entities, relations, finished
        static func < (lhs: Section, rhs: Section) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    private let write: (Data) throws -> Void
    private let encoder: JSONEncoder
    private var buffer: [UInt8] = []
    private static let indent = [UInt8](repeating: UInt8(ascii: " "), count: 4)
    private var section: Section?
    private var elements = 0

    /// A writer that hands its output to `write`.
    public init(write: @escaping (Data) throws -> Void) {
        self.write = write
        encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    }

    /// Adds an article (its record, without the text).
    public mutating func article(_ record: GraphExport.ArticleRecord) throws {
        try element(record, in: .articles)
    }

    /// Adds an entity.
    public mutating func entity(_ entity: Entity) throws {
        try element(entity, in: .entities)
    }

    /// Adds a relation.
    public mutating func relation(_ relation: Relation) throws {
        try element(relation, in: .relations)
    }

    /// Closes the export (sections with no element are written empty) and flushes it. No newline follows
    /// the closing brace, as with `JSONEncoder`.
    public mutating func finish() throws {
        try open(.finished)
        try flush()
    }

    private mutating func element(_ value: some Encodable, in wanted: Section) throws {
        try open(wanted)
        buffer.append(contentsOf: Array((elements == 0 ? "\n" : ",\n").utf8))
        elements += 1
        // The element as the encoder writes it alone, moved two levels in; an empty container's blank line
        // stays blank, as the encoder writes it.
        let alone = try encoder.encode(value)
        alone.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var lineStart = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "\n") {
                if index > lineStart { buffer.append(contentsOf: Self.indent) }
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[lineStart..<index]))
                if index < bytes.count { buffer.append(UInt8(ascii: "\n")) }
                lineStart = index + 1
            }
        }
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Closes the sections before `wanted` and opens it.
    private mutating func open(_ wanted: Section) throws {
        if let section, section >= wanted {
            precondition(section == wanted, "GraphExportWriter: articles, then entities, then relations")
            return
        }
        if section == nil { buffer.append(contentsOf: Array("{\n".utf8)) }
        var current = section
        while current != wanted {
            if let open = current {
                buffer.append(contentsOf: Array((elements == 0 ? "\n\n  ]" : "\n  ]").utf8))
                if open == .entities { buffer.append(contentsOf: Array(",\n  \"format\" : \"mekong-graph\"".utf8)) }
            }
            let next = current.map { Section(rawValue: $0.rawValue + 1)! } ?? .articles
            switch next {
            case .articles: buffer.append(contentsOf: Array("  \"articles\" : [".utf8))
            case .entities: buffer.append(contentsOf: Array(",\n  \"entities\" : [".utf8))
            case .relations: buffer.append(contentsOf: Array(",\n  \"relations\" : [".utf8))
            case .finished: buffer.append(contentsOf: Array(",\n  \"version\" : \(GraphExport.currentVersion)\n}".utf8))
            }
            current = next
            elements = 0
        }
        section = wanted
    }

    private mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
