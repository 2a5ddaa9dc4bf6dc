extension Relation {
    /// The relation as a store keeps it once its ends are the stored entities `subject` and `object`: what the
    /// article says of time on its evidence (``reportAttributesOnEvidence()``), the ends of a symmetric predicate in
    /// sorted order, and its id made anew from them (``StableID/relation(subject:predicate:object:attributes:)``).
    /// Both stores write relations this way, so that they give a relation the same id.
    public func stored(subject: String, object: String) -> Relation {
        var relation = reportAttributesOnEvidence()
        var ends = (subject, object)
        if relation.predicate.isSymmetric && object < subject { ends = (object, subject) }
        relation.subject = ends.0
        relation.object = ends.1
        relation.id = StableID.relation(
            subject: ends.0, predicate: relation.predicate, object: ends.1, attributes: relation.attributes)
        return relation
    }
}
