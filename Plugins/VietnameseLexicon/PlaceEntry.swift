/// A place of the gazetteer.
public struct PlaceEntry: Sendable, Hashable {
    /// The name without the unit word ("An Giang"), or with it where it belongs to the name.
    public var name: String
    /// `province`, `district` or `country`.
    public var kind: String
    /// The official full name ("Tỉnh An Giang").
    public var fullName: String
    /// For a district, the (former) province it lies in.
    public var province: String?
}
