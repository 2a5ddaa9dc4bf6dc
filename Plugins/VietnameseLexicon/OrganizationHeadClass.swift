/// How a head noun shapes the organization name that it begins.
public enum OrganizationHeadClass: String, Sendable {
    /// The top body of a territory; a place follows ("Tỉnh ủy An Giang").
    case territorial
    /// A standing or sub-body of the organization that follows ("Ban Thường vụ Tỉnh ủy An Giang").
    case sub
    /// Any other body; capitalized modifiers follow ("Học viện Chính trị khu vực IV").
    case body
    /// A complete name by itself ("Bộ Chính trị").
    case standalone
}
