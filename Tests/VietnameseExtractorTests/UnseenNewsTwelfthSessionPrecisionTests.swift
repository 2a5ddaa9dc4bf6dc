import MekongPluginAPI
import Testing

/// False facts that a read of Mekong's output on 45 articles nobody tuned to (eleventh session) found, each a shape
/// of the language rather than one sentence: a bare body given the wrong province, a numbered district cut from its
/// committee's name.
@Suite("Precision on unseen news")
struct UnseenNewsTwelfthSessionPrecisionTests {
    @Test("a bare 'UBND tỉnh' after another province in its sentence is not the article's province's committee")
    func bareBodyAfterAnotherProvince() throws {
        let extracted = try Extracted(
            "Đoàn ĐBQH tỉnh Thanh Hóa có văn bản đề nghị. Chủ tịch UBND tỉnh Lê Văn Ba đã ký quyết định. "
                + "Khi ông Võ Văn Tư còn làm lãnh đạo tại tỉnh Hà Tĩnh, ở vị trí Phó Chủ tịch UBND tỉnh, Chủ tịch UBND tỉnh, "
                + "việc kêu gọi đầu tư là rất khó khăn.",
            title: "Đoàn ĐBQH tỉnh Thanh Hóa đề nghị")
        #expect(extracted.attributes("Võ Văn Tư", .holdsPosition, "Ủy ban nhân dân tỉnh Thanh Hóa").isEmpty, "\(extracted.summary)")
        // Where the sentence names no other province, the bare committee is still the article's province's.
        #expect(!extracted.attributes("Lê Văn Ba", .holdsPosition, "Ủy ban nhân dân tỉnh Thanh Hóa").isEmpty, "\(extracted.summary)")
    }

    @Test("a numbered district keeps its unit word in its committee's name")
    func numberedDistrictCommittee() throws {
        let extracted = try Extracted("Sau thống nhất, ông Võ Văn Ba từng giữ chức vụ Bí thư Quận ủy quận 5.")
        #expect(extracted.names(.organization).contains("Quận ủy quận 5"), "\(extracted.summary)")
        #expect(!extracted.names(.organization).contains("Quận ủy 5"), "\(extracted.summary)")
    }

    @Test("a committee followed by 'các' stands for many territories' committees, not the article's one", arguments: [
        "Chủ tịch UBND thành phố Hà Nội Nguyễn Văn Ba yêu cầu UBND các quận, huyện, thị xã chủ động phối hợp.",
        "Chủ tịch UBND thành phố Hà Nội Nguyễn Văn Ba cho biết hệ thống đã được triển khai đến UBND các huyện, thị xã.",
    ])
    func pluralCommittees(text: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.mentions(.organization, named: "Ủy ban nhân dân thành phố Hà Nội").count == 1, "\(extracted.summary)")
    }

    @Test("after a document's topic in words, a name brought in by 'và' is not what the document is about")
    func aboutStopsAtNextClause() throws {
        let extracted = try Extracted(
            "Hồ sơ chưa đầy đủ theo quy định của Nghị định 42/2014/NĐ-CP về kinh doanh đa cấp và Cục Quản lý cạnh tranh đang "
                + "yêu cầu công ty bổ sung. Bộ Công Thương ban hành Thông tư 10/2015/TT-BCT về Cục Quản lý cạnh tranh.")
        let concerns = extracted.pairs(.concerns)
        #expect(!concerns.contains { $0.hasPrefix("42/2014/NĐ-CP") }, "\(extracted.summary)")
        // A name right after "về" is still what the document is about.
        #expect(concerns.contains { $0.hasPrefix("10/2015/TT-BCT") }, "\(extracted.summary)")
    }

    @Test("'UBMTTQ' and 'BVĐK' are heads of bodies, written out in full")
    func abbreviatedHeads() throws {
        let extracted = try Extracted(
            "Ông Võ Lê Tuấn - nguyên Chủ tịch UBMTTQ Việt Nam tỉnh Long An - cho biết như vậy. "
                + "Bệnh nhân được chuyển từ BVĐK Hòa Bình.")
        #expect(extracted.attributes("Võ Lê Tuấn", .holdsPosition, "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Long An")
            .contains { $0["title"] == "Chủ tịch" }, "\(extracted.summary)")
        #expect(extracted.names(.organization).contains("Bệnh viện Đa khoa Hòa Bình"), "\(extracted.summary)")
    }

    @Test("the committee of a city that bears its province's name lies in the city, not in the province")
    func cityCommitteeInCity() throws {
        let extracted = try Extracted(
            "Khu đất thuộc phường 8, TP. Sóc Trăng, tỉnh Sóc Trăng, đã được UBND TP. Sóc Trăng đưa vào quy hoạch.")
        let located = extracted.pairs(.locatedIn)
        #expect(located.contains("Ủy ban nhân dân thành phố Sóc Trăng → Thành phố Sóc Trăng"), "\(extracted.summary)")
        #expect(!located.contains("Ủy ban nhân dân thành phố Sóc Trăng → Sóc Trăng"), "\(extracted.summary)")
    }

    @Test("a body head followed by 'cấp' names a level of bodies, not the article's one; 'Bộ TT-TT' is written out")
    func levelOfBodies() throws {
        let extracted = try Extracted(
            "Tỉnh ủy Quảng Bình đã họp. Các địa phương đã xử lý 10 trường hợp cán bộ thuộc diện Ban Thường vụ cấp ủy cấp huyện "
                + "quản lý. Chủ tịch UBND tỉnh Quảng Bình yêu cầu UBND cấp xã kiểm tra. Ông Trương Minh Tuấn, Bộ trưởng Bộ TT-TT, phát biểu.")
        #expect(!extracted.names(.organization).contains("Ban Thường vụ Tỉnh ủy Quảng Bình"), "\(extracted.summary)")
        #expect(extracted.mentions(.organization, named: "Ủy ban nhân dân tỉnh Quảng Bình").count == 1, "\(extracted.summary)")
        #expect(!extracted.attributes("Trương Minh Tuấn", .holdsPosition, "Bộ Thông tin và Truyền thông").isEmpty, "\(extracted.summary)")
    }

    @Test("'xã' of 'hợp tác xã' (a cooperative) is no commune's unit word")
    func cooperativeIsNoCommune() throws {
        let extracted = try Extracted("Ông Võ Văn Ba là Chủ tịch Liên minh Hợp tác xã Việt Nam.")
        #expect(!extracted.mentions.contains { $0.type == .place && $0.text.hasPrefix("xã") }, "\(extracted.summary)")
        #expect(extracted.names(.organization).contains("Liên minh Hợp tác xã Việt Nam"), "\(extracted.summary)")
    }

    @Test("a name ends before a glued headline that opens with 'Không thể', but 'Không' may end a given name")
    func nameEndsBeforeGluedKhong() throws {
        let extracted = try Extracted(
            "Tổng Giám đốc TKV Đặng Thanh Hải Không thể bỏ qua các vấn đề xã hội. "
                + "Ông Lê Văn Không, Giám đốc Sở Y tế tỉnh Nghệ An, phát biểu.")
        #expect(extracted.names(.person).contains("Đặng Thanh Hải"), "\(extracted.summary)")
        #expect(extracted.names(.person).contains("Lê Văn Không"), "\(extracted.summary)")
    }

    @Test("'Phó Thủ tướng – Bộ trưởng Ngoại giao' is no Phó Thủ tướng post in the ministry")
    func governmentTitleNotJoined() throws {
        let extracted = try Extracted("Phó Thủ tướng – Bộ trưởng Ngoại giao Phạm Bình Minh phát biểu tại hội nghị.")
        #expect(extracted.attributes("Phạm Bình Minh", .holdsPosition, "Bộ Ngoại giao").map { $0["title"] } == ["Bộ trưởng"],
            "\(extracted.summary)")
    }

    @Test("a known body's head before its acronym ('Tập đoàn TKV') names that body, not a part of it")
    func headBeforeKnownAcronym() throws {
        let extracted = try Extracted(
            "Ông Lê Minh Chuẩn, Chủ tịch Tập đoàn TKV, cho biết Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam có lãi.")
        #expect(!extracted.attributes("Lê Minh Chuẩn", .holdsPosition, "Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam").isEmpty,
            "\(extracted.summary)")
        #expect(extracted.pairs(.partOf).isEmpty, "\(extracted.summary)")
    }

    @Test("'Đoàn' is a family name, not a delegation, after a pronoun, a title or another name, and inside a name")
    func doanAsFamilyName() throws {
        let extracted = try Extracted(
            "Ông Đoàn Ngọc Hải - Phó Chủ tịch UBND quận 1, TPHCM cho biết như vậy. Giám đốc Công an thành phố Hà Nội Đoàn Duy "
                + "Khương chỉ đạo. Phó Chủ tịch LĐLĐ TPHCM Trần Đoàn Trung phát biểu. Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh "
                + "Nghệ An và Thành Đoàn Hà Nội tổ chức hội nghị.")
        #expect(extracted.attributes("Đoàn Ngọc Hải", .holdsPosition, "Ủy ban nhân dân quận 1").map { $0["title"] } == ["Phó Chủ tịch"],
            "\(extracted.summary)")
        #expect(!extracted.attributes("Đoàn Duy Khương", .holdsPosition, "Công an thành phố Hà Nội").isEmpty, "\(extracted.summary)")
        #expect(extracted.names(.person).contains("Trần Đoàn Trung"), "\(extracted.summary)")
        #expect(extracted.names(.organization).contains("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Nghệ An"), "\(extracted.summary)")
        #expect(!extracted.names(.organization).contains { $0.hasPrefix("Đoàn Ngọc") || $0.hasPrefix("Đoàn Duy") || $0 == "Đoàn Trung" },
            "\(extracted.summary)")
    }

    @Test("'QH' is the Quốc hội and 'CATP' a city's police")
    func moreAbbreviatedHeads() throws {
        let extracted = try Extracted("Tới dự có Chủ tịch QH Campuchia Heng Samrin. Giám đốc CATP Hà Nội Đoàn Duy Khương chỉ đạo.")
        #expect(!extracted.attributes("Heng Samrin", .holdsPosition, "Quốc hội Campuchia").isEmpty, "\(extracted.summary)")
        #expect(!extracted.attributes("Đoàn Duy Khương", .holdsPosition, "Công an thành phố Hà Nội").isEmpty, "\(extracted.summary)")
    }

    @Test("a bare Thành ủy in a chain of posts takes Hồ Chí Minh City from its neighbour 'HĐND TP.HCM'")
    func chainPlaceHoChiMinhCity() throws {
        // Two cities in one article: no city is in focus, so only the chain can say which Thành ủy is meant.
        let extracted = try Extracted(
            "Bà Nguyễn Thị Ba, Phó Bí thư Thành ủy, Chủ tịch HĐND TP.HCM phát biểu. "
                + "Ông Lê Văn Tư, Phó Bí thư Thành ủy, Chủ tịch UBND TP Hà Nội, cho biết.")
        #expect(extracted.attributes("Nguyễn Thị Ba", .holdsPosition, "Thành ủy Thành phố Hồ Chí Minh").map { $0["title"] } == ["Phó Bí thư"],
            "\(extracted.summary)")
        #expect(extracted.attributes("Nguyễn Thị Ba", .holdsPosition, "Thành ủy Hà Nội").isEmpty, "\(extracted.summary)")
        #expect(!extracted.attributes("Lê Văn Tư", .holdsPosition, "Thành ủy Hà Nội").isEmpty, "\(extracted.summary)")
    }

    @Test("a body of a bare 'UBND thành phố' of Hồ Chí Minh City does not repeat the city's unit word")
    func noRepeatedUnitWord() throws {
        let extracted = try Extracted(
            "Chủ tịch UBND TP.HCM Nguyễn Thành Phong đã ký. Văn phòng UBND thành phố cho biết, UBND thành phố đã chỉ đạo các sở.")
        #expect(extracted.names(.organization).contains("Văn phòng Ủy ban nhân dân Thành phố Hồ Chí Minh"), "\(extracted.summary)")
        #expect(!extracted.names(.organization).contains { $0.contains("thành phố Thành phố") }, "\(extracted.summary)")
    }

    @Test("'lực lượng Công an', 'bộ máy Công an', 'ngành Công an' are the force in general, not the district's police")
    func genericSector() throws {
        let extracted = try Extracted(
            "Trưởng Công an quận 2 Lê Văn Ba cho biết. Lực lượng Công an đã vào cuộc, bộ máy Công an được kiện toàn và ngành "
                + "Công an cũng vậy.")
        #expect(extracted.mentions(.organization, named: "Công an quận 2").count == 1, "\(extracted.summary)")
    }

    @Test("bodies after 'các' or before 'các cấp' are kinds of bodies; 'UBTƯ' is the Ủy ban Trung ương")
    func genericBodiesAndUBTU() throws {
        let extracted = try Extracted(
            "Ủy ban MTTQ Việt Nam các cấp đã tổ chức hội nghị. Các Ban HĐND thành phố Hà Nội đã giám sát. "
                + "Phó Chủ tịch UBTƯ MTTQ Việt Nam Lê Bá Trình phát biểu.")
        let organizations = extracted.names(.organization)
        #expect(!organizations.contains("Ủy ban Mặt trận Tổ quốc Việt Nam"), "\(extracted.summary)")
        #expect(!organizations.contains("Ban Hội đồng nhân dân thành phố Hà Nội"), "\(extracted.summary)")
        #expect(!extracted.attributes("Lê Bá Trình", .holdsPosition, "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam").isEmpty,
            "\(extracted.summary)")
    }

    @Test("a law's field listed after a comma stops at 'ông'/'bà' and the person they open")
    func lawFieldStopsAtPerson() throws {
        let extracted = try Extracted("Quốc hội thông qua Luật bảo vệ môi trường, ông Lê Văn Ba cho biết.")
        #expect(extracted.names(.document).contains("Luật bảo vệ môi trường"), "\(extracted.summary)")
        #expect(extracted.pairs(.concerns).isEmpty, "\(extracted.summary)")
    }

    @Test("posts a verb gives to an earlier name are not the apposition of a name after a bare title")
    func postsGivenByVerbStayWithTheirSubject() throws {
        let extracted = try Extracted(
            "Chủ tịch Nguyễn Thiện Nhân được cử làm Bí thư Thành ủy TP.HCM, Phó chủ tịch Lê Bá Trình nghỉ hưu.")
        #expect(extracted.attributes("Lê Bá Trình", .holdsPosition, "Thành ủy Thành phố Hồ Chí Minh").isEmpty, "\(extracted.summary)")
        #expect(!extracted.attributes("Nguyễn Thiện Nhân", .holdsPosition, "Thành ủy Thành phố Hồ Chí Minh").isEmpty,
            "\(extracted.summary)")
    }

    @Test("a post right after one person's name and a comma is that person's, not the next person's set off by commas")
    func appositionBelongsToEarlierName() throws {
        let extracted = try Extracted(
            "Từ trái qua: Ông Lê Thanh Hải, Cựu Bí thư Thành ủy TP.HCM, bà Huỳnh Thị Thơ , phu nhân của ông Võ Trần Chí. "
                + "Giám đốc Trung tâm Y tế huyện, ông Bùi Quang Hưng, cùng đoàn đến thăm.")
        #expect(extracted.attributes("Huỳnh Thị Thơ", .holdsPosition, "Thành ủy Thành phố Hồ Chí Minh").isEmpty, "\(extracted.summary)")
        #expect(!extracted.attributes("Lê Thanh Hải", .holdsPosition, "Thành ủy Thành phố Hồ Chí Minh").isEmpty, "\(extracted.summary)")
        #expect(!extracted.attributes("Bùi Quang Hưng", .holdsPosition, "Trung tâm Y tế huyện").isEmpty, "\(extracted.summary)")
    }

    @Test("a verbal compound between a capitalized name and a capitalized word is the verb, not more of the name")
    func verbalCompoundAfterName() throws {
        let extracted = try Extracted(
            "Ông Nguyễn Văn Đực, Phó Giám đốc Công ty Địa ốc Đất Lành đánh giá Bình Dương có một chính sách xuyên suốt. "
                + "Cục Thẩm định, đánh giá tác động môi trường đã họp.")
        let organizations = extracted.names(.organization)
        #expect(organizations.contains("Công ty Địa ốc Đất Lành"), "\(extracted.summary)")
        #expect(organizations.contains("Cục Thẩm định, đánh giá tác động môi trường"), "\(extracted.summary)")
    }

    @Test("a bare national body right before a Vietnamese holder is Việt Nam's, though the article names a foreign one")
    func bareNationalBodyWithVietnameseHolder() throws {
        let extracted = try Extracted(
            "Tới dự có Chủ tịch QH Campuchia Heng Samrin. Chủ tịch Quốc hội Nguyễn Thị Kim Ngân phát biểu.")
        #expect(!extracted.attributes("Nguyễn Thị Kim Ngân", .holdsPosition, "Quốc hội").isEmpty, "\(extracted.summary)")
        #expect(extracted.attributes("Nguyễn Thị Kim Ngân", .holdsPosition, "Quốc hội Campuchia").isEmpty, "\(extracted.summary)")
        #expect(!extracted.attributes("Heng Samrin", .holdsPosition, "Quốc hội Campuchia").isEmpty, "\(extracted.summary)")
    }

    @Test("a rank ends a body's name and bridges the post to the name; a company's name follows its legal form")
    func ranksAndCompanyForms() throws {
        let extracted = try Extracted(
            "Bộ trưởng Bộ Công an Thượng tướng Tô Lâm phát biểu. Ông Lê Văn Ba, Giám đốc Công ty TNHH Thái Hoàng, cho biết. "
                + "Bộ yêu cầu mỗi Sở GD&ĐT kiểm tra.")
        #expect(extracted.attributes("Tô Lâm", .holdsPosition, "Bộ Công an").map { $0["title"] } == ["Bộ trưởng"], "\(extracted.summary)")
        #expect(!extracted.attributes("Lê Văn Ba", .holdsPosition, "Công ty TNHH Thái Hoàng").isEmpty, "\(extracted.summary)")
        #expect(!extracted.names(.person).contains("Thái Hoàng"), "\(extracted.summary)")
        #expect(!extracted.names(.organization).contains { $0.hasPrefix("Sở Giáo dục") }, "\(extracted.summary)")
    }

    @Test("a name after a house number that opens a parenthesis is a street")
    func houseNumberInParenthesis() throws {
        let extracted = try Extracted("Phóng viên liên hệ với trường đại học Lao động – Xã hội (43 Trần Duy Hưng, Hà Nội) để xác minh.")
        #expect(!extracted.names(.person).contains("Trần Duy Hưng"), "\(extracted.summary)")
    }

    @Test("a bare national body the headline names is Việt Nam's, though a foreign body of that name is mentioned")
    func headlineBodyIsVietnams() throws {
        let extracted = try Extracted(
            "Các đại biểu thảo luận về quyết toán ngân sách. Quốc hội đã biểu quyết thông qua. Cũng trong buổi sáng, "
                + "Chủ tịch Quốc hội Cuba Estenban Lazo Hernandez đã thăm Hà Nội.",
            title: "Quốc hội thảo luận về quyết toán ngân sách nhà nước")
        #expect(extracted.names(.organization).contains("Quốc hội"), "\(extracted.summary)")
        #expect(extracted.names(.organization).contains("Quốc hội Cuba"), "\(extracted.summary)")
    }

    @Test("one title over two bodies joined by 'và' needs the same whole head or territory, not the same first word")
    func sharedTitleNeedsWholeHead() throws {
        let extracted = try Extracted("Ông Lê Văn Ba là Chủ tịch Hội đồng Nhà nước và Hội Nhà báo.")
        #expect(extracted.attributes("Lê Văn Ba", .holdsPosition, "Hội Nhà báo").isEmpty, "\(extracted.summary)")
        #expect(!extracted.attributes("Lê Văn Ba", .holdsPosition, "Hội đồng Nhà nước").isEmpty, "\(extracted.summary)")
    }
}
