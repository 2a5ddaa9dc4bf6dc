import MekongPluginAPI
import Testing

@Suite("Relations between mentions")
struct RelationExtractionTests {
    static let implementsSentence = "Thực hiện Quy định số 11-QĐ/TW, ngày 19/5/2021 của Ban Bí thư (khóa XIII) về trường chính trị chuẩn, "
        + "Ban Thường vụ Tỉnh ủy An Giang ban hành Đề án 04-ĐA/TU, ngày 22/12/2021 về xây dựng và phát triển "
        + "Trường Chính trị Tôn Đức Thắng đạt các tiêu chí trường chính trị chuẩn."

    struct Issued: CustomTestStringConvertible, Sendable {
        var sentence: String
        var issuer: String
        var document: String
        var date: String?
        var testDescription: String { sentence }
    }

    static let issued: [Issued] = [
        // "D, ngày …, của O".
        Issued(sentence: "Quy định số 11-QĐ/TW, ngày 19/5/2021 của Ban Bí thư về trường chính trị chuẩn được triển khai.",
               issuer: "Ban Bí thư", document: "11-QĐ/TW", date: "2021-05-19"),
        Issued(sentence: "Triển khai Quy định số 11-QĐ/TW, ngày 19/5/2021 của Ban Bí thư về trường chính trị chuẩn.",
               issuer: "Ban Bí thư", document: "11-QĐ/TW", date: "2021-05-19"),
        Issued(sentence: "Chỉ thị số 05-CT/TW của Bộ Chính trị được quán triệt.",
               issuer: "Bộ Chính trị", document: "05-CT/TW", date: nil),
        // "O ban hành D".
        Issued(sentence: "Ban Bí thư ban hành Quy định số 11-QĐ/TW, ngày 19/5/2021 về trường chính trị chuẩn.",
               issuer: "Ban Bí thư", document: "11-QĐ/TW", date: "2021-05-19"),
        Issued(sentence: "Ban Thường vụ Tỉnh ủy An Giang ban hành Đề án 04-ĐA/TU, ngày 22/12/2021 về đào tạo.",
               issuer: "Ban Thường vụ Tỉnh ủy An Giang", document: "04-ĐA/TU", date: "2021-12-22"),
        Issued(sentence: "Ban Thường vụ Tỉnh ủy An Giang đã ban hành Kế hoạch số 12-KH/TU.",
               issuer: "Ban Thường vụ Tỉnh ủy An Giang", document: "12-KH/TU", date: nil),
        Issued(sentence: "Chính phủ ban hành Nghị định số 100/2019/NĐ-CP về xử phạt.",
               issuer: "Chính phủ", document: "100/2019/NĐ-CP", date: nil),
    ]

    @Test("issued: the body that issues a document, with the document's date", arguments: issued)
    func issuedBy(_ example: Issued) throws {
        let extracted = try Extracted(example.sentence)
        let expected = example.date.map { ["date": $0] } ?? [:]
        #expect(extracted.attributes(example.issuer, .issued, example.document) == [expected], "\(extracted.summary)")
        #expect(extracted.pairs(.issued) == [pair(example.issuer, example.document)])
    }

    @Test("implements, issued and concerns in the An Giang sentence")
    func implementsSentence() throws {
        let extracted = try Extracted(Self.implementsSentence)
        #expect(extracted.pairs(.implements) == [pair("04-ĐA/TU", "11-QĐ/TW")], "\(extracted.summary)")
        #expect(extracted.attributes("Ban Bí thư", .issued, "11-QĐ/TW") == [["date": "2021-05-19"]])
        #expect(extracted.attributes("Ban Thường vụ Tỉnh ủy An Giang", .issued, "04-ĐA/TU") == [["date": "2021-12-22"]])
        #expect(extracted.pairs(.issued).count == 2)
        #expect(extracted.pairs(.concerns) == [pair("04-ĐA/TU", "Trường Chính trị Tôn Đức Thắng")])
        #expect(extracted.pairs(.partOf) == [pair("Ban Thường vụ Tỉnh ủy An Giang", "Tỉnh ủy An Giang")])
        #expect(extracted.names(.person).isEmpty)
    }

    @Test("concerns: a document about an entity")
    func concerns() throws {
        let extracted = try Extracted("Đề án 04-ĐA/TU về xây dựng Trường Chính trị Tôn Đức Thắng được triển khai.")
        #expect(extracted.pairs(.concerns) == [pair("04-ĐA/TU", "Trường Chính trị Tôn Đức Thắng")], "\(extracted.summary)")
    }

    @Test("cooperates_with: one subject and a list of partners")
    func cooperatesWithThree() throws {
        let extracted = try Extracted(
            "Thời gian qua, Ban Thường vụ Tỉnh ủy An Giang phối hợp chặt chẽ, có hiệu quả với Học viện Chính trị Quốc gia Hồ Chí Minh, "
                + "Học viện Chính trị khu vực II, Học viện Chính trị khu vực IV trong công tác đào tạo.")
        let subject = "Ban Thường vụ Tỉnh ủy An Giang"
        #expect(extracted.pairs(.cooperatesWith) == [
            pair(subject, "Học viện Chính trị quốc gia Hồ Chí Minh", symmetric: true),
            pair(subject, "Học viện Chính trị khu vực II", symmetric: true),
            pair(subject, "Học viện Chính trị khu vực IV", symmetric: true),
        ], "\(extracted.summary)")
        // The parent inside the subject's name is not a party.
        #expect(!extracted.pairs(.cooperatesWith).contains { $0.contains("→ Tỉnh ủy An Giang") || $0.hasPrefix("Tỉnh ủy An Giang →") })
    }

    @Test("cooperates_with: the cue words", arguments: [
        ("Học viện Chính trị quốc gia Hồ Chí Minh sẽ tiếp tục phối hợp chặt chẽ với Ban Thường vụ Tỉnh ủy An Giang.",
         ["Học viện Chính trị quốc gia Hồ Chí Minh", "Ban Thường vụ Tỉnh ủy An Giang"]),
        ("Tỉnh ủy An Giang hợp tác với Học viện Chính trị khu vực IV.", ["Tỉnh ủy An Giang", "Học viện Chính trị khu vực IV"]),
        ("Trường Chính trị Tôn Đức Thắng liên kết với Học viện Chính trị khu vực IV và Học viện Chính trị khu vực II.",
         ["Trường Chính trị Tôn Đức Thắng", "Học viện Chính trị khu vực IV", "Học viện Chính trị khu vực II"]),
        ("UBND tỉnh Yên Bái phối hợp với UBND tỉnh Lào Cai.", ["Ủy ban nhân dân tỉnh Yên Bái", "Ủy ban nhân dân tỉnh Lào Cai"]),
    ])
    func cooperatesWith(text: String, parties: [String]) throws {
        let extracted = try Extracted(text)
        let expected = Set(parties.dropFirst().map { pair(parties[0], $0, symmetric: true) })
        #expect(extracted.pairs(.cooperatesWith) == expected, "\(extracted.summary)")
    }

    @Test("met_with: working sessions, talks and receptions", arguments: [
        ("Chiều 23/6, đoàn công tác của Học viện Chính trị quốc gia Hồ Chí Minh đã làm việc với Thường trực Tỉnh ủy An Giang.",
         ["Học viện Chính trị quốc gia Hồ Chí Minh", "Thường trực Tỉnh ủy An Giang"]),
        ("Học viện Chính trị quốc gia Hồ Chí Minh làm việc với Tỉnh ủy An Giang, Tỉnh ủy Đồng Tháp và Tỉnh ủy Cà Mau.",
         ["Học viện Chính trị quốc gia Hồ Chí Minh", "Tỉnh ủy An Giang", "Tỉnh ủy Đồng Tháp", "Tỉnh ủy Cà Mau"]),
        ("Ông Đỗ Đức Duy hội đàm với Tỉnh ủy Lào Cai.", ["Đỗ Đức Duy", "Tỉnh ủy Lào Cai"]),
        ("Ban Thường vụ Tỉnh ủy An Giang tiếp Học viện Chính trị khu vực IV.",
         ["Ban Thường vụ Tỉnh ủy An Giang", "Học viện Chính trị khu vực IV"]),
        ("Ông Đỗ Đức Duy tiếp Nguyễn Văn Hùng tại trụ sở.", ["Đỗ Đức Duy", "Nguyễn Văn Hùng"]),
        ("Phó Thủ tướng Trương Hòa Bình đến thăm và làm việc tại Bộ đội Biên phòng tỉnh An Giang.",
         ["Trương Hòa Bình", "Bộ đội Biên phòng tỉnh An Giang"]),
    ])
    func metWith(text: String, parties: [String]) throws {
        let extracted = try Extracted(text)
        let expected = Set(parties.dropFirst().map { pair(parties[0], $0, symmetric: true) })
        #expect(extracted.pairs(.metWith) == expected, "\(extracted.summary)")
    }

    @Test("met_with carries the date the sentence opens with")
    func metWithDate() throws {
        let extracted = try Extracted("Ngày 5/3/2024, ông Đỗ Đức Duy hội đàm với Tỉnh ủy Lào Cai.")
        #expect(extracted.attributes("Đỗ Đức Duy", .metWith, "Tỉnh ủy Lào Cai") == [["date": "2024-03-05"]], "\(extracted.summary)")
    }

    @Test("'tiếp tục' is not a reception")
    func continueIsNotMeeting() throws {
        let extracted = try Extracted("Học viện Chính trị quốc gia Hồ Chí Minh tiếp tục hỗ trợ Trường Chính trị Tôn Đức Thắng.")
        #expect(extracted.pairs(.metWith).isEmpty, "\(extracted.summary)")
    }

    @Test("signed_with: the parties between 'giữa' and 'và'")
    func signedWith() throws {
        let extracted = try Extracted(
            "Học viện ký kết Chương trình hợp tác giữa Học viện Chính trị quốc gia Hồ Chí Minh và Ủy ban Dân tộc.")
        #expect(extracted.pairs(.signedWith) == [pair("Học viện Chính trị quốc gia Hồ Chí Minh", "Ủy ban Dân tộc", symmetric: true)],
                "\(extracted.summary)")
    }

    @Test("signed_with: 'A ký kết … với B'")
    func signedWithPartner() throws {
        let extracted = try Extracted(
            "Học viện Chính trị quốc gia Hồ Chí Minh đã ký kết Chương trình hợp tác giai đoạn 2021-2025 với Ủy ban Dân tộc.")
        #expect(extracted.pairs(.signedWith) == [pair("Học viện Chính trị quốc gia Hồ Chí Minh", "Ủy ban Dân tộc", symmetric: true)],
                "\(extracted.summary)")
    }

    @Test("part_of: a sub-body named after its parent, 'trực thuộc' and a parenthesis", arguments: [
        ("Ban Thường vụ Tỉnh ủy An Giang họp phiên thường kỳ.", "Ban Thường vụ Tỉnh ủy An Giang", "Tỉnh ủy An Giang"),
        ("Làm việc với Thường trực Tỉnh ủy An Giang.", "Thường trực Tỉnh ủy An Giang", "Tỉnh ủy An Giang"),
        ("Ban Tổ chức Tỉnh ủy Hải Dương bị kỷ luật.", "Ban Tổ chức Tỉnh ủy Hải Dương", "Tỉnh ủy Hải Dương"),
        ("Học viện Chính trị khu vực II trực thuộc Học viện Chính trị quốc gia Hồ Chí Minh.",
         "Học viện Chính trị khu vực II", "Học viện Chính trị quốc gia Hồ Chí Minh"),
        ("Học viện Chính trị khu vực 2 (Học viện Chính trị quốc gia Hồ Chí Minh) tổ chức hội thi.",
         "Học viện Chính trị khu vực II", "Học viện Chính trị quốc gia Hồ Chí Minh"),
    ])
    func partOf(text: String, child: String, parent: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.pairs(.partOf) == [pair(child, parent)], "\(extracted.summary)")
    }

    @Test("located_in: a territorial body and its place, named on its own or only in the body's name", arguments: [
        ("Tỉnh ủy An Giang chỉ đạo. Tỉnh An Giang có nhiều trường.", ["Tỉnh ủy An Giang → An Giang"]),
        ("Năm 2021, tỉnh An Giang cử cán bộ đi học theo chỉ đạo của Tỉnh ủy An Giang.", ["Tỉnh ủy An Giang → An Giang"]),
        ("UBND tỉnh Yên Bái phối hợp với các sở. Tỉnh Yên Bái có nhiều tiềm năng.", ["Ủy ban nhân dân tỉnh Yên Bái → Yên Bái"]),
        ("Thành ủy Đà Nẵng quyết định điều động cán bộ. Thành phố Đà Nẵng phát triển.", ["Thành ủy Đà Nẵng → Đà Nẵng"]),
        ("UBND Thành phố Hồ Chí Minh họp. TP.HCM phát triển.",
         ["Ủy ban nhân dân Thành phố Hồ Chí Minh → Thành phố Hồ Chí Minh"]),
        ("Tỉnh ủy An Giang chỉ đạo các cấp ủy.", ["Tỉnh ủy An Giang → An Giang"]),
        ("Ban Thường vụ Tỉnh ủy An Giang làm việc với Học viện Chính trị khu vực IV.", ["Tỉnh ủy An Giang → An Giang"]),
        ("Đảng Cộng sản Việt Nam lãnh đạo toàn diện.", []),
    ])
    func locatedIn(text: String, expected: [String]) throws {
        let extracted = try Extracted(text)
        #expect(extracted.pairs(.locatedIn) == Set(expected), "\(extracted.summary)")
    }

    @Test("every relation's evidence is the whole sentence that states it, and names the extractor")
    func evidence() throws {
        let sentences = [
            "Năm 2021, tỉnh An Giang đã cử 510 cán bộ đi học.",
            Self.implementsSentence,
            "Học viện Chính trị quốc gia Hồ Chí Minh làm việc với Tỉnh ủy An Giang.",
        ]
        let extracted = try Extracted(sentences.joined(separator: " "))
        let documentSentences = Set(extracted.document.sentences.map { extracted.document.text($0.span) })
        #expect(extracted.result.relations.count >= 6)
        for relation in extracted.result.relations {
            let quoted = extracted.document.text(relation.evidence)
            #expect(documentSentences.contains(quoted), "evidence \"\(quoted)\" is not a sentence")
            #expect(["vi.relations", "vi.officials"].contains(relation.extractor))
            guard case .existing(let s) = relation.subject, case .existing(let o) = relation.object else {
                Issue.record("unresolved reference in \(relation)")
                continue
            }
            // Both ends lie inside the evidence sentence, except located_in, which joins mentions across sentences.
            if relation.predicate != .locatedIn {
                #expect(relation.evidence.contains(extracted.mentions[s].span))
                #expect(relation.evidence.contains(extracted.mentions[o].span))
            }
        }
    }
}
