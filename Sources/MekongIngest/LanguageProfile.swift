/// What ingest knows about the language and press of the articles it reads: the knowledge that is not generic
/// text handling. The generic ingest (decoding, whitespace, quotes, layouts, paragraphs, sentences) consults the
/// profile and holds no word of any language itself.
///
/// ``vietnamese`` is the default: Vietnamese orthography (tone marks placed in the new style), Vietnamese bylines
/// and credit lines, mastheads of Vietnamese sites and the abbreviations of the Vietnamese press. ``generic``
/// changes nothing a language profile would: no respelling, no bylines, only a few abbreviations any Latin-script
/// text uses — for articles in other languages, whose names ("Chloé", "Zoé") must stay as written.
public struct LanguageProfile: Sendable, Hashable {
    /// The profile's name, as `--language` takes it.
    public var name: String
    /// Whether tone marks of syllables ending in `oa`, `oe`, `uy` move to the new-style position (`hoà` → `hòa`).
    public var respellsToneMarks: Bool
    /// Whether bylines, credit lines and closing signatures ("Thanh Sang (TTXVN)") are taken out of the body as
    /// author and source.
    public var readsBylines: Bool
    /// Words written with a period that does not end a sentence, matched exactly; single upper-case letters
    /// (name initials) always count.
    public var abbreviations: Set<String>
    /// Lower-case prefixes of a credit line that name the author (and agency): "tin, ảnh:", "bài:".
    public var creditPrefixes: [String]
    /// Lower-case prefixes of a line that names only the source: "nguồn:".
    public var sourcePrefixes: [String]
    /// Lower-case prefixes of a line that cites the outlet the article comes from: "theo ".
    public var citationPrefixes: [String]
    /// Lower-case words that may open the outlet's name after a citation prefix and are not part of it ("báo ").
    public var outletWords: [String]
    /// What reporters sign as when they give no name ("PV"): removed, and not an author.
    public var anonymousSignatures: Set<String>
    /// Lower-case lines that mark the next line as a picture caption ("chú thích ảnh").
    public var captionMarkers: Set<String>
    /// Lower-case site chrome that crawlers keep at the start of the content.
    public var mastheads: [String]
    /// Lower-case starts of a line that is site chrome: tags, "read more", related articles, copyright notices.
    public var boilerplatePrefixes: [String]
    /// Lower-case starts of a short line (30 characters at most) that is a share button.
    public var shareButtons: [String]
    /// Pairs of lower-case words that, both in one line, make it a site menu.
    public var boilerplateWordPairs: [WordPair]

    /// Two words that make a line site chrome when both are in it.
    public struct WordPair: Sendable, Hashable {
        /// One lower-case word or phrase of the pair.
        public var first: String
        /// The other.
        public var second: String
        /// A pair of lower-case words.
        public init(_ first: String, _ second: String) {
            self.first = first
            self.second = second
        }
    }

    /// A profile; every list is matched as written.
    public init(
        name: String, respellsToneMarks: Bool, readsBylines: Bool, abbreviations: Set<String>, creditPrefixes: [String] = [],
        sourcePrefixes: [String] = [], citationPrefixes: [String] = [], outletWords: [String] = [],
        anonymousSignatures: Set<String> = [],
        captionMarkers: Set<String> = [], mastheads: [String] = [], boilerplatePrefixes: [String] = [],
        shareButtons: [String] = [], boilerplateWordPairs: [WordPair] = []
    ) {
        self.name = name
        self.respellsToneMarks = respellsToneMarks
        self.readsBylines = readsBylines
        self.abbreviations = abbreviations
        self.creditPrefixes = creditPrefixes
        self.sourcePrefixes = sourcePrefixes
        self.citationPrefixes = citationPrefixes
        self.outletWords = outletWords
        self.anonymousSignatures = anonymousSignatures
        self.captionMarkers = captionMarkers
        self.mastheads = mastheads
        self.boilerplatePrefixes = boilerplatePrefixes
        self.shareButtons = shareButtons
        self.boilerplateWordPairs = boilerplateWordPairs
    }

    /// No language's knowledge: text is only normalized and split.
    public static let generic = LanguageProfile(
        name: "generic", respellsToneMarks: false, readsBylines: false,
        abbreviations: ["Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "No", "vs", "etc"],
        boilerplatePrefixes: ["tags:"])

    /// The profiles `--language` accepts, by name.
    public static let all: [LanguageProfile] = [.vietnamese, .generic]

    /// The profile called `name` ("vi", "generic"), or nil.
    public static func named(_ name: String) -> LanguageProfile? {
        all.first { $0.name == name.lowercased() }
    }
}
