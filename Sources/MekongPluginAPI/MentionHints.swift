/// What an extractor tells the extractors after it about a mention, beyond its name: typed, and never stored.
///
/// The built-in Vietnamese extractors pass these among themselves (a body nested in a longer name, a short form
/// still to be completed, the place a territorial body belongs to …). They reach the graph only through the
/// relations the later extractors derive from them. External and dynamic plugins see them as the attributes
/// `nested`, `short_form`, `elliptical`, `place` and `parent` of the earlier mentions (wire protocol v1).
public struct MentionHints: Hashable, Sendable {
    /// The mention is a body named inside a longer name ("Tỉnh ủy An Giang" in "Ban Thường vụ Tỉnh ủy An Giang").
    public var isNested: Bool
    /// A bare head that only a full name of the article can complete ("Tỉnh ủy", "Ban Thường vụ Tỉnh ủy").
    public var isShortForm: Bool
    /// A body named in full only by a coordination ("HĐND" in "Tỉnh ủy, HĐND, UBND tỉnh X"): its surface text is
    /// not one of its names.
    public var isElliptical: Bool
    /// The place a body belongs to or lies in, as the place extractor names it ("An Giang").
    public var place: String?
    /// The canonical name of the body this one is part of, when its name implies it.
    public var parent: String?

    /// Hints; all absent by default.
    public init(
        isNested: Bool = false, isShortForm: Bool = false, isElliptical: Bool = false, place: String? = nil,
        parent: String? = nil
    ) {
        self.isNested = isNested
        self.isShortForm = isShortForm
        self.isElliptical = isElliptical
        self.place = place
        self.parent = parent
    }

    /// The hints as the wire protocol's attributes of an earlier mention.
    public var wireAttributes: [String: String] {
        var attributes: [String: String] = [:]
        if isNested { attributes["nested"] = "true" }
        if isShortForm { attributes["short_form"] = "true" }
        if isElliptical { attributes["elliptical"] = "true" }
        if let place { attributes["place"] = place }
        if let parent { attributes["parent"] = parent }
        return attributes
    }
}
