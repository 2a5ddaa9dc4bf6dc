// The worked example of a Swift extractor plugin; Plugins/README.md walks through it line by line.
import MekongPluginAPI

/// Finds the acronyms articles introduce for organizations — "Tổng công ty Cảng hàng không Việt Nam
/// (ACV)" — and every later use of them in the same article ("ACV đã khởi công …"), as mentions of the
/// organization, so that "ACV" becomes an alias of the full name.
public struct AcronymExtractor: Extractor {
    /// It reads the organizations earlier extractors found and adds mentions of them.
    public let descriptor = ExtractorDescriptor(
        id: "example.acronyms", version: "1.0.0",
        summary: "Acronyms introduced in parentheses after an organization, and their later uses",
        consumes: [.entity(.organization)], produces: [.entity(.organization)])

    public init() {}

    public func extract(from document: Document) throws -> Extraction {
        let tokens = document.tokens
        // 1. Where each organization mention ends, by token: "… Việt Nam" then "(".
        var organizationEndingAt: [Int: EntityMention] = [:]
        for mention in document.mentions where mention.type == .organization && !mention.hints.isNested {
            organizationEndingAt[document.tokenIndex(atOrAfter: mention.span.end)] = mention
        }
        // 2. "ORGANIZATION ( ACRONYM )": the acronym stands for the organization's canonical name.
        var meaning: [String: String] = [:]
        var mentions: [EntityMention] = []
        for (index, token) in tokens.enumerated() where token.text == "(" && index + 2 < tokens.count {
            let acronym = tokens[index + 1]
            guard tokens[index + 2].text == ")", acronym.kind == .word, acronym.isAllCaps,
                let organization = organizationEndingAt[index]
            else { continue }
            // An acronym defined twice with different meanings is ambiguous: keep neither.
            if let known = meaning[acronym.text], known != organization.canonicalName {
                meaning[acronym.text] = ""
                continue
            }
            meaning[acronym.text] = organization.canonicalName
        }
        // 3. Every use of a defined acronym, the definition included, is a mention of its organization.
        let taken = Set(document.mentions.filter { $0.type == .organization }.map(\.span))
        for token in tokens where token.kind == .word {
            guard let name = meaning[token.text], !name.isEmpty, !taken.contains(token.span) else { continue }
            mentions.append(EntityMention(
                type: .organization, span: token.span, text: token.text, canonicalName: name, aliases: [token.text],
                confidence: 0.8, rule: "parenthesized-acronym"))
        }
        return Extraction(mentions: mentions)
    }
}
