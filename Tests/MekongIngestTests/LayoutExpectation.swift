import MekongIngest
import Testing

/// What one fixture's metadata and text must be.
struct LayoutExpectation: Sendable, CustomTestStringConvertible {
    var file: String
    var layout: ArticleLayout
    var title: String
    var url: String?
    var source: String?
    var author: String?
    var published: String?
    var hasTitleParagraph: Bool
    var textStart: String
    var textEnd: String
    var absent: [String] = []

    var testDescription: String { file }
}
