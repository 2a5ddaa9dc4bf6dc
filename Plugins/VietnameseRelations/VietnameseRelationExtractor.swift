import MekongPluginAPI
import VietnameseLexicon

/// Finds the relations of the schema between the mentions earlier extractors found:
/// `part_of` (a sub-body named after its parent, "X (Y)", "X thuộc Y"), `located_in` (a territorial body
/// and its place), `issued` ("D … của O", "O ban hành D", with the date), `implements` ("Thực hiện D1 …
/// ban hành D2"), `concerns` ("D … về … E"), `cooperates_with` ("A phối hợp … với B, C"), `met_with`
/// ("A làm việc với B", "A tiếp B") and `signed_with` ("ký kết … giữa A và B").
public struct VietnameseRelationExtractor: Extractor {
    public let descriptor = ExtractorDescriptor(
        id: "vi.relations", version: "1.0.0",
        summary: "part_of, located_in, issued, implements, concerns, cooperates_with, met_with, signed_with",
        consumes: [.entity(.organization), .entity(.place), .entity(.document), .entity(.person), .entity(.date)],
        produces: [
            .relation(.partOf), .relation(.locatedIn), .relation(.issued), .relation(.implements), .relation(.concerns),
            .relation(.cooperatesWith), .relation(.metWith), .relation(.signedWith),
        ])

    let lexicon: VietnameseLexicon

    /// Uses the shared lexicon unless another is given.
    public init(lexicon: VietnameseLexicon = .shared) { self.lexicon = lexicon }

    /// Words that may stand between a subject and its verb, or between a verb and "với".
    static let adverbs: Set<String> = [
        "đã", "sẽ", "đang", "tiếp", "tục", "cũng", "thường", "xuyên", "chặt", "chẽ", "tích", "cực", "chủ", "trì",
        "động", "vừa", "mới", "cùng", "có", "hiệu", "quả", ",", "rất", "tốt", "nhiều", "năm", "qua", "luôn", "thời",
        "gian", "đến", "về", "cuộc", "buổi", "lần", "các", "những", "nhiệt", "liệt",
        // "nhanh chóng", "khẩn trương", "kịp thời phối hợp với", "trực tiếp làm việc với".
        "nhanh", "chóng", "khẩn", "trương", "kịp", "trực",
        // "A cần (sự) phối hợp với B", "A phải phối hợp với B": a duty to cooperate names the parties as the deed does.
        "cần", "phải", "sự",
        // "ghé thăm trụ sở B": a visit in passing.
        "ghé",
        // "A tiến hành hội đàm với B": the verb that carries out the meeting.
        "tiến", "hành",
    ]
    static let parties: Set<EntityType> = [.organization, .person]

    public func extract(from document: Document) throws -> Extraction {
        let keys = TokenKeys.of(document)
        let layout = MentionLayout(document)
        var rules = RelationRules(document: document, keys: keys, layout: layout, lexicon: lexicon)
        rules.structural()
        rules.issuerCodes()
        for sentence in document.sentences { rules.sentence(sentence) }
        rules.departmentsOfTheMinistry()
        return Extraction(relations: rules.found)
    }
}
