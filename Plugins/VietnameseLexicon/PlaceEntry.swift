/// A place of the gazetteer.
public struct PlaceEntry: Sendable, Hashable {
    /// The name without the unit word ("An Giang"), or with it where it belongs to the name.
    public var name: String
    /// `province`, `district` or `country` (foreign places smaller than a country are read as countries are; see
    /// ``VietnameseLexicon/foreignPlaceUnits``).
    public var kind: String
    /// The official full name ("Tỉnh An Giang").
    public var fullName: String
    /// For a district, the (former) province it lies in.
    public var province: String?
    /// For a foreign place smaller than a country ("Chicago", "Vân Nam"), the country it lies in.
    public var country: String? = nil
}
