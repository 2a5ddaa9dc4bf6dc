import MekongCore
import MekongPluginAPI
import VietnameseLexicon

/// Finds the names of bodies and places the grammar of the other extractors misses, with a statistical tagger
/// (``NameTaggerModel``, a CRF trained on the gold files): bodies whose names run on in lower case or with numbers
/// ("Ban Quản lý dự án thủy điện 1", "Trường tiểu học đô thị Sài Đồng"), long company names, places named without a
/// unit word ("Nhà Bè", "Văn Quán").
///
/// The tagger proposes; the grammar vets (``NameVetting``). A name is kept only when the tagger gives every token of it
/// a probability of at least ``minimumConfidence``, no earlier mention covers it or is cut by it, and it has the shape
/// of its type. The tagger also labels persons and documents, so that their words are not read as bodies, but leaves
/// them to vi.officials and vi.documents.
public struct VietnameseNameExtractor: Extractor {
    public let descriptor = ExtractorDescriptor(
        id: "vi.names", version: "1.0.0",
        summary: "Bodies and places the grammar misses: a CRF name tagger trained on the gold files, vetted by the grammar",
        consumes: [.entity(.organization), .entity(.place), .entity(.document)],
        produces: [.entity(.organization), .entity(.place)])

    /// The lowest probability of a token's label for a name to be kept.
    public static let minimumConfidence = 0.8

    let lexicon: VietnameseLexicon
    /// The model given at creation; nil for the bundled one, read on the first article (so that a run with vi.names
    /// disabled never reads it).
    let givenModel: NameTaggerModel?
    let features: NameFeatures
    let vetting: NameVetting

    /// Tags with `model` (the bundled one unless another is given) and vets with `lexicon`.
    public init(lexicon: VietnameseLexicon = .shared, model: NameTaggerModel? = nil) {
        self.lexicon = lexicon
        givenModel = model
        features = NameFeatures(lexicon: lexicon)
        vetting = NameVetting(lexicon: lexicon)
    }

    public func extract(from document: Document) throws -> Extraction {
        let keys = TokenKeys.of(document)
        let tokens = document.tokens
        var mentions: [EntityMention] = []
        let model = givenModel ?? .bundled
        // The earlier mentions by type and the key of each of their names, built at the first name kept: the index of
        // the first mention to give that name.
        var earlierNames: [UTF8Key: Int]?
        for sentence in document.sentences where !sentence.tokens.isEmpty {
            let range = sentence.tokens
            let numbers = range.map { model.number(of: keys[$0]) }
            let classes = features.classes(of: document, range: range)
            // The probabilities are worked out only for a sentence that holds a body or a place, the names kept.
            let tagged = model.tag(count: range.count, features: { position, add in
                NameFeatures.forEach(
                    at: position, count: range.count, word: { numbers[$0] }, classes: { classes[$0] }
                ) { template, first, second, third in
                    add(NameTaggerModel.key(template, first, second, third))
                }
            }, wanted: { labels in labels.contains { $0.entityType == .organization || $0.entityType == .place } })
            guard let tagged else { continue }
            for name in TaggedName.runs(of: tagged, start: range.lowerBound) where vetting.keeps(name, in: document) {
                let span = TextSpan(start: tokens[name.tokens.lowerBound].span.start, end: tokens[name.tokens.upperBound - 1].span.end)
                let text = document.text(span)
                // "UBND tỉnh Hòa Bình" is named "Ủy ban nhân dân tỉnh Hòa Bình", as the grammar names it; and a name an
                // earlier extractor gave, in any case or as an alias, names that extractor's entity.
                let expanded = lexicon.expandingAbbreviations(tokens[name.tokens])
                let index = earlierNames ?? Self.nameIndex(of: document.mentions)
                earlierNames = index
                let known = [text, expanded].compactMap { index[Self.nameKey(name.type, $0)] }.min().map { document.mentions[$0] }
                mentions.append(EntityMention(
                    type: name.type, span: span, text: text, canonicalName: known?.canonicalName ?? expanded,
                    aliases: known?.aliases ?? (expanded == text ? [] : [text]),
                    attributes: name.type == .place ? known?.attributes ?? placeAttributes(name.tokens, keys: keys, in: document) : [:],
                    confidence: name.confidence,
                    rule: "tagger"))
            }
        }
        return Extraction(mentions: mentions)
    }

    /// A place the gazetteer knows, named by the tagger without its unit word ("Đông Anh", "Liên Chiểu"), carries the
    /// unit and province vi.places gives the places it finds, so that the relation rules can tell which lies in which
    /// ("ở Tiên Dương, Đông Anh"; a district in its province). A name the gazetteer gives to districts of several
    /// provinces ("Tân Phú") carries the one of them the article names, or none. (A name an earlier mention gave takes
    /// that mention's attributes.)
    func placeAttributes(_ tokens: Range<Int>, keys: [String], in document: Document) -> [String: String] {
        guard let match = lexicon.places.longestMatch(in: keys, at: tokens.lowerBound), match.length == tokens.count else { return [:] }
        var attributes = ["unit": lexicon.unit(of: match.payload)]
        if let province = lexicon.province(of: match.payload, in: document.text) { attributes["province"] = province }
        return attributes
    }

    /// Each name (canonical, text, alias) of `mentions` by ``nameKey(_:_:)``, with the index of the first mention giving it.
    static func nameIndex(of mentions: [EntityMention]) -> [UTF8Key: Int] {
        var index: [UTF8Key: Int] = [:]
        for (position, mention) in mentions.enumerated() {
            for name in [mention.canonicalName, mention.text] + mention.aliases {
                let key = nameKey(mention.type, name)
                if index[key] == nil { index[key] = position }
            }
        }
        return index
    }

    /// A name's key within its type: the same name in any case or tone-mark placement. Compared by bytes: a key's
    /// tone marks are combining characters, which `String` would normalize at every look-up.
    static func nameKey(_ type: EntityType, _ name: String) -> UTF8Key {
        UTF8Key(type.rawValue + "\u{1F}" + NameNormalizer.key(name))
    }
}
