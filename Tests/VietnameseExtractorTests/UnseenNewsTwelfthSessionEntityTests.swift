import MekongPluginAPI
import Testing

/// Entities the development corpus missed (issue 7, twelfth session), one general construction each: documents named
/// by a title right after their type word (charters, agreements, declarations), districts named bare in an
/// article about their province, words of fields that complete a body's name in lower case, bodies named after their
/// tasks, short names given in parentheses, and party committees named with a body's leadership.
@Suite("Documents by title, bare districts and lower-case fields of names")
struct UnseenNewsTwelfthSessionEntityTests {
    @Test("a charter, an agreement or a declaration is named by the lower-case title right after its type word", arguments: [
        ("Sở đã áp dụng Thông tư số 12/2011/TT-BGDĐT về ban hành Điều lệ trường THPT, báo Tuổi Trẻ đưa tin.",
            "Điều lệ trường THPT"),
        ("Hai Bộ trưởng đã ký kết Thỏa thuận hợp tác đào tạo giữa Bộ Quốc phòng hai nước.", "Thỏa thuận hợp tác đào tạo"),
        ("Hai bên nhất trí triển khai Tuyên bố tầm nhìn chung về hợp tác quốc phòng đến năm 2025.",
            "Tuyên bố tầm nhìn chung về hợp tác quốc phòng đến năm 2025"),
    ])
    func titleAfterTypeWord(text: String, document: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.document).last == document, "\(extracted.summary)")
    }

    @Test("a declaration without a title of two words, or an agreement counted by its parties, is no document", arguments: [
        "Sau hội đàm, hai bên ra Tuyên bố chung.",
        "Các bên đã ký Thỏa thuận 3 bên vào năm ngoái.",
    ])
    func typeWordWithoutTitle(text: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.document).isEmpty, "\(extracted.summary)")
    }

    @Test("a district named without its unit word after a lower-case word is a place when the article names its province")
    func bareDistrictOfTheArticlesProvince() throws {
        let extracted = try Extracted("UBND TP Đà Nẵng vừa họp về quy hoạch bán đảo Sơn Trà trong tháng này.")
        #expect(extracted.names(.place).contains("Sơn Trà"), "\(extracted.summary)")
        let elsewhere = try Extracted("Đoàn đã đến thăm bán đảo Sơn Trà trong tháng này.")
        #expect(!elsewhere.names(.place).contains("Sơn Trà"), "\(elsewhere.summary)")
        let person = try Extracted("Tại Hà Nội, phó giám đốc Hoàng Mai cho biết như vậy.")
        #expect(!person.names(.place).contains("Hoàng Mai"), "\(person.summary)")
    }

    @Test("a word of a field in lower case completes a body's name", arguments: [
        ("Thanh tra Chính phủ giao Cục Giải quyết khiếu nại tố cáo phối hợp với UBND TP Hà Nội.",
            "Cục Giải quyết khiếu nại tố cáo"),
        ("Năm 1968, ông Lâm là chuyên viên Vụ Giáo dục, Mặt trận Lào yêu nước, tại tỉnh Hua Phan.", "Mặt trận Lào yêu nước"),
    ])
    func lowercaseFieldOfName(text: String, body: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.hasMention(.organization, containingName: body), "\(extracted.summary)")
    }

    @Test("a body named after its tasks lists them with commas, and \"và\" may close the list", arguments: [
        ("Ông Mai Thanh Dung, Cục trưởng Cục Thẩm định, đánh giá tác động môi trường đã bị cách chức.",
            "Cục Thẩm định, đánh giá tác động môi trường"),
        ("Ông Phùng Xuân Kiên, Phó Cục trưởng Cục Giải quyết khiếu nại, tố cáo và thanh tra khu vực II, công bố quyết định.",
            "Cục Giải quyết khiếu nại, tố cáo và thanh tra khu vực II"),
    ])
    func tasksListedWithCommas(text: String, body: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.organization).contains(body), "\(extracted.summary)")
    }

    @Test("a head or a title after the comma starts an apposition, not another task of the name")
    func appositionAfterTaskName() throws {
        let extracted = try Extracted("UBND tỉnh giao Sở Xây dựng, cơ quan thường trực, tổng hợp báo cáo.")
        #expect(!extracted.names(.organization).contains { $0.contains("cơ quan") }, "\(extracted.summary)")
    }

    @Test("the short name given in parentheses after a body's full name is one of its names", arguments: [
        ("Đoàn do ông Kiên, Phó Cục trưởng Cục Giải quyết khiếu nại, tố cáo và thanh tra khu vực II (gọi tắt là Cục II), làm "
            + "trưởng đoàn.", "Cục Giải quyết khiếu nại, tố cáo và thanh tra khu vực II", "Cục II"),
        ("Có 8 chiếc do công ty TNHH MTV Nam Triệu (Bộ Công an, gọi tắt là công ty Nam Triệu) đóng.", "Công ty TNHH MTV Nam Triệu",
            "công ty Nam Triệu"),
    ])
    func shortNameInParentheses(text: String, body: String, short: String) throws {
        let extracted = try Extracted(text)
        let mention = try #require(extracted.mentions(.organization, named: body).first, "\(extracted.summary)")
        #expect(mention.aliases.contains(short), "\(extracted.summary)")
    }

    @Test("a forest ranger station (\"Hạt\") heads a body, and its head's post is \"Hạt trưởng\"")
    func rangerStation() throws {
        let extracted = try Extracted(
            "Sở đã kỷ luật ông Thái Hữu Nhuận, Phó Hạt trưởng Hạt Kiểm lâm Khu Bảo tồn thiên nhiên Nam Nung, vì dùng bằng giả.")
        let station = "Hạt Kiểm lâm Khu Bảo tồn thiên nhiên Nam Nung"
        #expect(extracted.names(.organization).contains(station), "\(extracted.summary)")
        #expect(extracted.attributes("Thái Hữu Nhuận", .holdsPosition, station).contains { $0["title"] == "Phó Hạt trưởng" },
            "\(extracted.summary)")
    }

    @Test("a unit whose head holds a capitalized word of its own names its owner with \"của\"")
    func unitHeadOwnedWithCua() throws {
        let extracted = try Extracted("Chiều 13-7, Ủy ban Kiểm tra Trung ương đã họp với Ban Cán sự Đảng của Bộ Công Thương.")
        #expect(extracted.names(.organization).contains("Ban Cán sự Đảng của Bộ Công Thương"), "\(extracted.summary)")
        #expect(extracted.pairs(.partOf).contains("Ban Cán sự Đảng của Bộ Công Thương → Bộ Công Thương"), "\(extracted.summary)")
    }

    @Test("a bare party committee named with a body's leadership is that body's committee", arguments: [
        ("Đảng ủy, Lãnh đạo Đài Tiếng nói Việt Nam xin trân trọng cảm ơn.", "Đảng ủy Đài Tiếng nói Việt Nam", "Đài Tiếng nói Việt Nam"),
        ("Bộ trưởng yêu cầu Đảng ủy và lãnh đạo Cục Xúc tiến thương mại tổ chức kiểm điểm.", "Đảng ủy Cục Xúc tiến thương mại",
            "Cục Xúc tiến thương mại"),
    ])
    func partyCommitteeOfLeadership(text: String, committee: String, body: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.organization).contains(committee), "\(extracted.summary)")
        #expect(extracted.pairs(.partOf).contains("\(committee) → \(body)"), "\(extracted.summary)")
    }

    @Test("a party committee and the people of a place are no body's committee")
    func partyCommitteeAndPeople() throws {
        let extracted = try Extracted("Đoàn cảm ơn Đảng ủy, chính quyền và nhân dân xã Tân Hòa.")
        #expect(!extracted.names(.organization).contains { $0.hasPrefix("Đảng ủy ") && $0.contains("nhân dân") },
            "\(extracted.summary)")
    }

    @Test("a law may be named after a body, with the lower-case compounds that complete the body's name", arguments: [
        ("Đảng ủy Công an Trung ương nghiên cứu, đề xuất bổ sung sửa đổi Luật Công an nhân dân đáp ứng yêu cầu, nhiệm vụ.",
            "Luật Công an nhân dân"),
        ("Quốc hội sẽ thảo luận Luật Ngân hàng Nhà nước trong kỳ họp tới.", "Luật Ngân hàng Nhà nước"),
    ])
    func lawNamedAfterBody(text: String, law: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.document).contains(law), "\(extracted.summary)")
    }

    @Test("a province or city that closes a resolution's subject is part of its title")
    func placeClosingTitle() throws {
        let extracted = try Extracted("Quốc hội ban hành Nghị quyết về tổ chức chính quyền đô thị tại TPHCM là có cơ sở.")
        #expect(extracted.names(.document) == ["Nghị quyết về tổ chức chính quyền đô thị tại TPHCM"], "\(extracted.summary)")
        let meeting = try Extracted("Quốc hội đã thông qua Nghị quyết về hoạt động chất vấn tại kỳ họp thứ 5.")
        #expect(meeting.names(.document) == ["Nghị quyết về hoạt động chất vấn"], "\(meeting.summary)")
    }

    @Test("a resolution named with its issuer is the one named without it")
    func resolutionWithIssuer() throws {
        let extracted = try Extracted("Dự thảo Nghị quyết của Quốc hội về tổ chức chính quyền đô thị tại TPHCM đang được thẩm định.")
        let mention = try #require(extracted.mentions(.document, named: "Nghị quyết của Quốc hội về tổ chức chính quyền đô thị tại TPHCM")
            .first, "\(extracted.summary)")
        #expect(mention.aliases.contains("Nghị quyết về tổ chức chính quyền đô thị tại TPHCM"), "\(extracted.summary)")
    }

    @Test("Thừa Thiên Huế, the province's name until 2025, is one place, with or without its dash", arguments: [
        "Ông Nguyễn Tân, Giám đốc Sở Giáo dục và Đào tạo tỉnh Thừa Thiên Huế, phát biểu.",
        "Ngoài Hà Nội, hiện Cần Thơ, Thừa Thiên - Huế, Khánh Hòa đã làm được.",
    ])
    func formerProvinceName(text: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.place).contains("Thừa Thiên Huế"), "\(extracted.summary)")
        #expect(!extracted.names(.place).contains("Huế"), "\(extracted.summary)")
        #expect(!extracted.names(.place).contains("Thừa Thiên - Huế"), "\(extracted.summary)")
    }

    @Test("\"Vụ\" right before a bare province is a case; before a field, even one that starts with a country, a department")
    func caseNamedByPlace() throws {
        let extracted = try Extracted("Theo ông Hùng, Vụ Yên Bái đang được Thanh tra tỉnh thanh tra.")
        #expect(!extracted.names(.organization).contains("Vụ Yên Bái"), "\(extracted.summary)")
        let department = try Extracted("Cục Nghệ thuật biểu diễn đã phối hợp với Vụ Pháp chế soạn thảo văn bản.")
        #expect(department.names(.organization).contains("Vụ Pháp chế"), "\(department.summary)")
    }

    @Test("a unit's head written with \"ban\" in lower case names a body when a territorial or known owner follows")
    func lowercaseBanWithOwner() throws {
        let extracted = try Extracted(
            "Theo đề nghị của Đảng ủy xã Diễn An và ban Tổ chức Huyện ủy, ban Thường vụ Huyện ủy Diễn Châu đã quyết định kỷ luật.")
        #expect(extracted.names(.organization).contains("Ban Tổ chức Huyện ủy Diễn Châu"), "\(extracted.summary)")
        let contest = try Extracted("Theo ban Tổ chức Hội thi, năm nay có 300 thí sinh.")
        #expect(!extracted.names(.organization).isEmpty && contest.names(.organization).isEmpty, "\(contest.summary)")
    }

    @Test("a convention is named after the body that adopted it and what it is about, with the law it is about inside", arguments: [
        ("Hai bên giải quyết tranh chấp phù hợp với Công ước Liên hợp quốc về Luật Biển năm 1982.",
            "Công ước Liên hợp quốc về Luật Biển năm 1982"),
        ("Thủ tướng đề nghị tôn trọng luật pháp quốc tế và Công ước Liên hợp quốc về Luật Biển (UNCLOS) 1982.",
            "Công ước Liên hợp quốc về Luật Biển"),
    ])
    func conventionByItsBody(text: String, convention: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.document) == [convention], "\(extracted.summary)")
    }

    @Test("an agreement is named by the capitalized name after \"Hiệp định\", up to a year or the clause's end", arguments: [
        ("EU sẽ sớm ký chính thức Hiệp định Thương mại tự do Việt Nam-EU (EVFTA) trong năm nay.",
            "Hiệp định Thương mại tự do Việt Nam-EU"),
        ("Việt Nam thực hiện các cam kết của Hiệp định Paris 2015 về chống biến đổi khí hậu.", "Hiệp định Paris 2015"),
    ])
    func agreementByName(text: String, agreement: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.document) == [agreement], "\(extracted.summary)")
    }

    @Test("numbers listed after one type word and number name documents of that type; a count after them does not")
    func numbersSharingTypeWord() throws {
        let extracted = try Extracted("TP.HCM kiến nghị Chính phủ sớm thay thế Quyết định 09, 80, 86 về việc sử dụng đất.")
        #expect(extracted.names(.document) == ["Quyết định 09", "Quyết định 80", "Quyết định 86"], "\(extracted.summary)")
        let counted = try Extracted("Theo Quyết định 09, 30 người đã được hỗ trợ.")
        #expect(counted.names(.document) == ["Quyết định 09"], "\(counted.summary)")
    }
}
