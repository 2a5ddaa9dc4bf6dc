import MekongPluginAPI

/// A paragraph's text and role before the stored text is assembled and offsets are known.
struct DraftParagraph: Equatable {
    var text: String
    var role: Paragraph.Role
}
