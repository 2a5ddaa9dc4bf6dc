import MekongCore

/// Graphs the rendering tests draw, built in code (the test target has no resources).
enum RenderFixtures {
    static let academy = Entity(
        id: StableID.entity(type: .organization, name: "Học viện Chính trị quốc gia Hồ Chí Minh"), type: .organization,
        name: "Học viện Chính trị quốc gia Hồ Chí Minh", aliases: ["Học viện"])
    static let provincialCommittee = Entity(
        id: StableID.entity(type: .organization, name: "Tỉnh ủy An Giang"), type: .organization, name: "Tỉnh ủy An Giang")
    static let standingCommittee = Entity(
        id: StableID.entity(type: .organization, name: "Ban Thường vụ Tỉnh ủy An Giang"), type: .organization,
        name: "Ban Thường vụ Tỉnh ủy An Giang")
    static let deputySecretary = Entity(
        id: StableID.entity(type: .person, name: "Lê Văn Nưng"), type: .person, name: "Lê Văn Nưng",
        aliases: ["đồng chí Lê Văn Nưng", "ông Nưng"])
    static let province = Entity(id: StableID.entity(type: .place, name: "An Giang"), type: .place, name: "An Giang")
    static let regulation = Entity(id: StableID.entity(type: .document, name: "11-QĐ/TW"), type: .document, name: "11-QĐ/TW")
    static let secretariat = Entity(
        id: StableID.entity(type: .organization, name: "Ban Bí thư"), type: .organization, name: "Ban Bí thư")
    static let conference = Entity(
        id: StableID.entity(type: .event, name: "Hội nghị sơ kết"), type: .event, name: "Hội nghị sơ kết")

    static let cooperationSentence =
        "Học viện Chính trị quốc gia Hồ Chí Minh và Tỉnh ủy An Giang phối hợp chặt chẽ trong công tác đào tạo, "
        + "bồi dưỡng cán bộ."
    static let positionSentence = "Phó Bí thư Thường trực Tỉnh ủy An Giang Lê Văn Nưng phát biểu tại buổi làm việc."

    static func relation(
        _ subject: Entity, _ predicate: Predicate, _ object: Entity, attributes: [String: String] = [:],
        sentences: [String] = []
    ) -> Relation {
        Relation(
            id: StableID.relation(subject: subject.id, predicate: predicate, object: object.id, attributes: attributes),
            subject: subject.id, predicate: predicate, object: object.id, attributes: attributes,
            evidence: sentences.enumerated().map { index, text in
                Evidence(
                    article: "a\(index)", start: 0, end: text.unicodeScalars.count, text: text, extractor: "test",
                    confidence: 0.9)
            })
    }

    /// Organizations, a person, a place, a document and an event, with one relation of most predicates.
    static let anGiang = KnowledgeGraph(
        entities: [academy, provincialCommittee, standingCommittee, deputySecretary, province, regulation, secretariat, conference],
        relations: [
            relation(
                deputySecretary, .holdsPosition, provincialCommittee, attributes: ["title": "Phó Bí thư Thường trực"],
                sentences: [positionSentence]),
            relation(standingCommittee, .partOf, provincialCommittee),
            relation(provincialCommittee, .locatedIn, province),
            relation(secretariat, .issued, regulation, attributes: ["date": "2021-05-19"]),
            relation(academy, .cooperatesWith, provincialCommittee, sentences: [cooperationSentence, "Câu thứ hai."]),
        ])

    /// A name with everything that needs escaping in DOT, escStrings, HTML entities and XML.
    static let trickyName = #"Ban "Đặc biệt" C:\dir\n <b>đậm</b> & Co &amp; \N"#

    static let tricky = Entity(id: "org:tricky", type: .organization, name: trickyName, aliases: [#"alias "quoted""#])

    /// Two entities, one with the tricky name, and a relation between them.
    static let trickyGraph = KnowledgeGraph(
        entities: [tricky, deputySecretary],
        relations: [relation(deputySecretary, .holdsPosition, tricky, attributes: ["title": "Giám đốc"])])

    /// Every entity and relation above: what the golden DOT file shows.
    static let golden = KnowledgeGraph(
        entities: anGiang.entities + trickyGraph.entities.filter { $0.id == tricky.id },
        relations: anGiang.relations + trickyGraph.relations)
}

extension RenderFixtures {
    /// A hub with `leaves` bodies that are part of it: a graph too large for `dot` or for edge labels.
    static func star(leaves: Int) -> KnowledgeGraph {
        let bodies = (1...leaves).map { index in
            Entity(id: "org:ban-\(index)", type: .organization, name: "Ban số \(index) Tỉnh ủy An Giang")
        }
        return KnowledgeGraph(
            entities: [provincialCommittee] + bodies,
            relations: bodies.map { relation($0, .partOf, provincialCommittee) })
    }

    /// Provincial party committees that cooperate two by two along a chain: the shape of the synthetic stores'
    /// whole-graph summary, where every edge carries the same label and the nodes are wide.
    static func chain(_ count: Int) -> KnowledgeGraph {
        let provinces = ["An Giang", "Bạc Liêu", "Hải Phòng", "Ninh Bình", "Hòa Bình", "Long An", "Bắc Kạn", "Hà Giang"]
        let committees = (0..<count).map { index in
            Entity(id: "org:tinh-uy-\(index)", type: .organization, name: "Tỉnh ủy " + provinces[index % provinces.count])
        }
        return KnowledgeGraph(
            entities: committees,
            relations: zip(committees, committees.dropFirst()).map { relation($0, .cooperatesWith, $1) })
    }

    /// Meetings on dates with and without a year, a date entity, and a post without a title.
    static let meetings: KnowledgeGraph = {
        let day = Entity(id: "date:--06-23", type: .date, name: "--06-23")
        return KnowledgeGraph(
            entities: [academy, standingCommittee, provincialCommittee, deputySecretary, day],
            relations: [
                relation(academy, .metWith, standingCommittee, attributes: ["date": "--06-23"]),
                relation(academy, .signedWith, provincialCommittee, attributes: ["date": "2021-06"]),
                relation(deputySecretary, .holdsPosition, provincialCommittee),
            ])
    }()
}
