import Foundation

/// A writer of one export format that receives a graph piece by piece, so that a graph of any size is
/// exported in bounded memory (``GraphExportWriter``, ``GraphMLWriter``, ``GEXFWriter``,
/// ``Neo4jCSVWriter``, ``RDFWriter``).
///
/// The caller hands over every article, then every entity, then every relation, each in the export's order
/// (articles by id, entities by id, relations by id), then calls ``finish()`` once. A writer may ignore the
/// pieces its format does not carry. Output goes to the `write` closures given to the writer, in chunks.
public protocol GraphStreamWriter {
    /// Adds an article (its record, without the text).
    mutating func article(_ record: GraphExport.ArticleRecord) throws
    /// Adds an entity.
    mutating func entity(_ entity: Entity) throws
    /// Adds a relation; its `subject` and `object` were handed over as entities before.
    mutating func relation(_ relation: Relation) throws
    /// Closes the output and flushes it.
    mutating func finish() throws
}

extension GraphStreamWriter {
    /// Writes a whole export held in memory (a part of the graph chosen with `--focus` or `--article`):
    /// the same pieces in the same order as a store streams them, then ``finish()``.
    public mutating func write(_ export: GraphExport) throws {
        for article in export.articles { try self.article(article) }
        for entity in export.entities { try self.entity(entity) }
        for relation in export.relations { try self.relation(relation) }
        try finish()
    }
}
