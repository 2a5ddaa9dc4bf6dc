import MekongPluginAPI
import VietnameseLexicon

/// Finds dates ("19/5/2021", "Chiều 23/6", "13 tháng 11 năm 2018") and Party terms ("khóa XIII") as
/// `date` entities with an ISO 8601 `iso` attribute; dates without a year take the article's year.
public struct VietnameseDateExtractor: Extractor {
    public let descriptor = ExtractorDescriptor(
        id: "vi.dates", version: "1.0.0", summary: "Dates (19/5/2021, chiều 23/6) and Party terms (khóa XIII)",
        produces: [.entity(.date)])

    public init() {}

    public func extract(from document: Document) throws -> Extraction {
        let tokens = document.tokens
        let keys = TokenKeys.of(document)
        let anchorYear = VietnameseDate.year(ofISO: document.article.published)
        var mentions: [EntityMention] = []
        var index = 0
        while index < tokens.count {
            if tokens[index].kind == .number, let date = VietnameseDate.parse(document, at: index, anchorYear: anchorYear) {
                // A bare "23/6" is a date only after a time word ("chiều", "sáng", "ngày", "hôm").
                let hasYear = !date.iso.hasPrefix("--")
                let cue = index > 0 && ["ngày", "chiều", "sáng", "tối", "trưa", "hôm", "đêm"].contains(keys[index - 1])
                if hasYear || cue || tokens[index].text.contains("/") && index > 0 && keys[index - 1] == "," {
                    let start = cue ? index - 1 : index
                    let span = TextSpan(start: tokens[start].span.start, end: tokens[date.end - 1].span.end)
                    mentions.append(EntityMention(
                        type: .date, span: span, text: document.text(span), canonicalName: date.iso,
                        attributes: ["iso": date.iso], confidence: hasYear ? 0.95 : 0.7, rule: "date"))
                    index = date.end
                    continue
                }
            }
            if keys[index] == "khóa", index + 1 < tokens.count, !tokens[index + 1].text.isEmpty,
                tokens[index + 1].text.allSatisfy({ "IVXL".contains($0) })
            {
                let span = TextSpan(start: tokens[index].span.start, end: tokens[index + 1].span.end)
                let text = document.text(span)
                mentions.append(EntityMention(
                    type: .date, span: span, text: text, canonicalName: "khóa " + tokens[index + 1].text,
                    attributes: ["term": tokens[index + 1].text], confidence: 0.9, rule: "party-term"))
                index += 2
                continue
            }
            index += 1
        }
        return Extraction(mentions: mentions)
    }
}
