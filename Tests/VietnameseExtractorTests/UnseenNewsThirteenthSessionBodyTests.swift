import MekongPluginAPI
import Testing

/// Bodies that unseen news names and no rule read (issue 7, thirteenth session: misses listed by reviewers on
/// articles no gold set holds), each on a sentence written for the test: the bodies of each province of a list that a
/// clause qualifies before "gồm" ("UBND, Sở Y tế 3 tỉnh có … gồm A, B, C"); a bare "UBND tỉnh" of the one province an
/// article names as "tỉnh TT-Huế" under a headline that calls it "Huế"; a bare department ("Sở Y tế", "Sở NN-PTNT")
/// of the one province in focus; bodies whose names abbreviate the country ("UBTƯ MTTQ VN", "Ủy ban MTTQ VN TPHCM");
/// a Party committee written in lower case after a title ("Bí thư huyện ủy X"); a city abbreviated in a committee's
/// name ("Thành ủy HN"); a unit and its owner after "của" ("của Cục A, Bộ B"); a ministry abbreviated with dashes
/// ("Bộ LĐ-TB-XH").
@Suite("Bodies of general grammar, thirteenth session")
struct UnseenNewsThirteenthSessionBodyTests {
    @Test("'UBND, Sở X N tỉnh <clause> gồm A, B, C': each head of each listed province, the UBND located in it")
    func bodiesOfProvincesListedAfterClause() throws {
        let extracted = try Extracted(
            "Buổi tập huấn có đại diện lãnh đạo UBND, Sở Tài nguyên và Môi trường 3 tỉnh có bờ biển dài tham dự gồm "
                + "Phú Yên, Ninh Thuận và Sóc Trăng.")
        let organizations = extracted.names(.organization)
        for province in ["Phú Yên", "Ninh Thuận", "Sóc Trăng"] {
            #expect(organizations.contains("Ủy ban nhân dân tỉnh \(province)"), "\(province): \(extracted.summary)")
            #expect(organizations.contains("Sở Tài nguyên và Môi trường tỉnh \(province)"), "\(province): \(extracted.summary)")
            #expect(extracted.pairs(.locatedIn).contains("Ủy ban nhân dân tỉnh \(province) → \(province)"),
                "\(province): \(extracted.summary)")
        }
    }

    @Test("a count the list after the clause does not fill: the list names other places, no body is spread over it")
    func countNotFilledByTheList() throws {
        let extracted = try Extracted(
            "Lãnh đạo UBND, Sở Tài nguyên và Môi trường 2 tỉnh đã khảo sát vùng ven biển gồm Phú Yên, Ninh Thuận và Sóc Trăng.")
        #expect(!extracted.names(.organization).contains("Ủy ban nhân dân tỉnh Sóc Trăng"), "\(extracted.summary)")
    }

    @Test("a list after a clause that names units of its own lists those units, not the provinces")
    func listOfOtherUnitsAfterClause() throws {
        let extracted = try Extracted(
            "Lãnh đạo UBND, Sở Y tế 2 tỉnh đã đến thăm 2 huyện gồm Gia Lâm, Sóc Sơn để học hỏi kinh nghiệm.")
        #expect(!extracted.names(.organization).contains("Ủy ban nhân dân tỉnh Gia Lâm"), "\(extracted.summary)")
    }

    @Test("'tỉnh TT-Huế' under a headline saying 'Huế': one province in focus, whose bare 'UBND tỉnh' and 'Tỉnh ủy' are")
    func provinceAbbreviatedUnderShortHeadline() throws {
        let extracted = try Extracted(
            "Tại huyện Phú Lộc (tỉnh TT-Huế), nhiều người thân của lãnh đạo huyện được bổ nhiệm. UBND huyện Phú Lộc đã có "
                + "tờ trình gửi UBND tỉnh, Tỉnh ủy đề nghị xem xét.", title: "Chuyện bổ nhiệm người nhà ở Huế")
        #expect(extracted.names(.place).contains("Thừa Thiên Huế"), "\(extracted.summary)")
        #expect(extracted.names(.organization).contains("Ủy ban nhân dân tỉnh Thừa Thiên Huế"), "\(extracted.summary)")
        #expect(extracted.names(.organization).contains("Tỉnh ủy Thừa Thiên Huế"), "\(extracted.summary)")
    }

    @Test("a bare department named after its ministry, in an article about one province, is that province's", arguments: [
        ("Tại tỉnh Kon Tum, nhiều cơ sở chưa có giấy phép. Sở Tư pháp vẫn cho phép hoạt động.", "Sở Tư pháp tỉnh Kon Tum"),
        ("Tại tỉnh Kon Tum, cá chết hàng loạt. Theo Sở NN-PTNT, chưa rõ nguyên nhân.",
            "Sở Nông nghiệp và Phát triển nông thôn tỉnh Kon Tum"),
    ])
    func bareDepartmentOfTheProvinceInFocus(text: String, department: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.organization).contains(department), "\(extracted.summary)")
    }

    @Test("a bare department in an article about two provinces, no headline saying which, stays bare")
    func bareDepartmentWithoutFocus() throws {
        let extracted = try Extracted("Tỉnh Kon Tum và tỉnh Gia Lai cùng báo cáo. Sở Tư pháp vẫn cho phép hoạt động.")
        #expect(extracted.names(.organization).contains("Sở Tư pháp"), "\(extracted.summary)")
    }

    @Test("'UBTƯ MTTQ VN', 'MTTQ VN': a known body written with several abbreviations, the country's among them")
    func knownBodyWithSeveralAbbreviations() throws {
        let extracted = try Extracted("Dự buổi lễ có Phó Chủ tịch UBTƯ MTTQ VN Lê Văn Chín và Chủ tịch MTTQ VN Trần Văn Bảy.")
        let posts = extracted.pairs(.holdsPosition)
        #expect(posts.contains("Lê Văn Chín → Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"), "\(extracted.summary)")
        #expect(posts.contains("Trần Văn Bảy → Mặt trận Tổ quốc Việt Nam"), "\(extracted.summary)")
    }

    @Test("'Ủy ban MTTQ VN TPHCM', 'Ủy ban MTTQ VN tỉnh X': the national body's branch in the territory that follows")
    func branchAfterAbbreviatedCountry() throws {
        let extracted = try Extracted(
            "Bà Lê Thị Năm, Phó Chủ tịch Ủy ban MTTQ VN TPHCM, và ông Trần Văn Sáu, Chủ tịch Ủy ban MTTQ VN tỉnh Kon Tum, cùng dự.")
        let places = extracted.pairs(.locatedIn)
        #expect(places.contains("Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh → Thành phố Hồ Chí Minh"),
            "\(extracted.summary)")
        #expect(places.contains("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Kon Tum → Kon Tum"), "\(extracted.summary)")
    }

    @Test("'Bí thư huyện ủy X', 'Bí thư tỉnh ủy Y': a Party committee the press writes in lower case after a title")
    func lowercaseCommitteeAfterTitle() throws {
        let extracted = try Extracted("Dự họp có Bí thư tỉnh ủy Kon Tum Lê Văn Chín và Bí thư huyện ủy Gia Lâm Trần Văn Mười.")
        let posts = extracted.pairs(.holdsPosition)
        #expect(posts.contains("Lê Văn Chín → Tỉnh ủy Kon Tum"), "\(extracted.summary)")
        #expect(extracted.names(.organization).contains("Huyện ủy Gia Lâm"), "\(extracted.summary)")
    }

    @Test("a lower-case 'tỉnh ủy' with no title before it names no body")
    func lowercaseCommitteeWithoutTitle() throws {
        let extracted = try Extracted("Hồ sơ được chuyển về tỉnh ủy Kon Tum để xem xét.")
        #expect(!extracted.names(.organization).contains("Tỉnh ủy Kon Tum"), "\(extracted.summary)")
    }

    @Test("'Bí thư thành ủy HN': a province named by the lexicon's abbreviation of its name closes a committee's name")
    func provinceAbbreviatedInCommitteeName() throws {
        let extracted = try Extracted("Ông Lê Văn Chín, Phó Bí thư Thành ủy HN, phát biểu tại Hà Nội.")
        #expect(extracted.pairs(.holdsPosition).contains("Lê Văn Chín → Thành ủy Hà Nội"), "\(extracted.summary)")
        #expect(extracted.pairs(.locatedIn).contains("Thành ủy Hà Nội → Hà Nội"), "\(extracted.summary)")
    }

    @Test("'của Cục A, Bộ B <verb>': the unit, a comma, and the body that stands higher, after 'của'")
    func unitCommaOwnerAfterOf() throws {
        let extracted = try Extracted(
            "Theo kết quả kiểm tra của Cục Đường sắt Việt Nam, Bộ Giao thông vận tải cho thấy tàu chạy đúng giờ.")
        #expect(extracted.pairs(.partOf).contains(pair("Cục Đường sắt Việt Nam", "Bộ Giao thông vận tải")),
            "\(extracted.summary)")
    }

    @Test("'của Cục A, Bộ B và Bộ C': a list of bodies after 'của' is no hierarchy")
    func listAfterOf() throws {
        let extracted = try Extracted("Ý kiến của Cục Quản lý cạnh tranh, Bộ Công Thương và Bộ Tài chính đều thống nhất.")
        #expect(extracted.pairs(.partOf).isEmpty, "\(extracted.summary)")
    }

    @Test("'Bộ LĐ-TB-XH': the ministry abbreviated with dashes, which closes the name of a council it owns")
    func ministryAbbreviatedWithDashes() throws {
        let extracted = try Extracted("Chiều qua, Hội đồng thi đua khen thưởng Bộ LĐ-TB-XH đã họp xét danh hiệu cho 20 tập thể.")
        #expect(extracted.pairs(.partOf).contains(pair(
            "Hội đồng thi đua khen thưởng Bộ Lao động - Thương binh và Xã hội", "Bộ Lao động - Thương binh và Xã hội")),
            "\(extracted.summary)")
    }
}
