import MekongPluginAPI
import Testing

/// Relation shapes that fired no rule on the development corpus although both ends were found (issue 7, twelfth
/// session), each on a sentence written for the test: the delegation that accompanies the subject of a meeting
/// verb, verbs of reception, a body that sends its staff, a visit fronted before its subject, the place a territory's
/// body names before a parenthesized address, a company or fund before a dash and the higher body after it, a
/// ministry's departments beside a general department, a unit of a body named by its bare head, one title over two
/// bodies joined by "và", a biography's line of posts, the body of a signer named with the post after "do".
@Suite("Relations of general grammar, twelfth session")
struct UnseenNewsTwelfthSessionRelationTests {
    // MARK: met_with

    @Test("'A và đoàn đại biểu … (country) đến chào xã giao B, C': the described delegation does not hide A")
    func subjectWithDescribedDelegation() throws {
        let extracted = try Extracted(
            "Chiều cùng ngày, Thượng tướng Lê Văn Hai và đoàn đại biểu quân sự cấp cao Trung Quốc đến chào xã giao "
                + "Chủ tịch nước Trần Văn Năm, Thủ tướng Nguyễn Văn Sáu.")
        #expect(extracted.pairs(.metWith).isSuperset(of: [
            pair("Lê Văn Hai", "Trần Văn Năm", symmetric: true), pair("Lê Văn Hai", "Nguyễn Văn Sáu", symmetric: true),
        ]), "\(extracted.summary)")
    }

    @Test("verbs of reception are verbs of meeting: 'chào đón', 'tiếp đón', 'đón tiếp'", arguments: [
        "Chủ tịch Ủy ban nhân dân tỉnh Bến Tre Lê Văn Tám chào đón Chủ tịch Quốc hội Cu Ba Esteban Lazo.",
        "Chủ tịch Ủy ban nhân dân tỉnh Bến Tre Lê Văn Tám đã tiếp đón Chủ tịch Quốc hội Cu Ba Esteban Lazo.",
        "Chủ tịch Ủy ban nhân dân tỉnh Bến Tre Lê Văn Tám đã đón tiếp Chủ tịch Quốc hội Cu Ba Esteban Lazo.",
    ])
    func receptionVerbs(text: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.pairs(.metWith).contains(pair("Lê Văn Tám", "Esteban Lazo", symmetric: true)), "\(extracted.summary)")
    }

    @Test("'Tới thăm B, Phó Title Body A …': a visit fronted at the sentence's start is the subject's, deputies included",
        arguments: [
            "Tới thăm Bộ Ngoại giao Nhật Bản, Phó Chủ tịch Quốc hội Lê Văn Tám đã biểu dương những đóng góp quan trọng.",
            "Trước khi làm việc với Bộ Ngoại giao Nhật Bản, Phó Chủ tịch Quốc hội Lê Văn Tám đã thăm hỏi cán bộ.",
        ])
    func frontedVisit(text: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.pairs(.metWith).contains(pair("Lê Văn Tám", "Bộ Ngoại giao Nhật Bản", symmetric: true)),
            "\(extracted.summary)")
    }

    @Test("'A và Phó Title (country) B hội đàm': the second party's title may carry its rank")
    func deputyInCoordinatedSubject() throws {
        let extracted = try Extracted("Chủ tịch nước Lê Văn Hai và Phó Tổng thống Hoa Kỳ Joe Biden đã hội đàm tại Hà Nội.")
        #expect(extracted.pairs(.metWith).contains(pair("Lê Văn Hai", "Joe Biden", symmetric: true)), "\(extracted.summary)")
    }

    @Test("'Thay mặt Body, Phó Title A chào mừng B': a deputy speaks for the body he represents")
    func deputyRepresents() throws {
        let represented = try Extracted(
            "Thay mặt Quốc hội Việt Nam, Phó Chủ tịch Quốc hội Lê Văn Tám nhiệt liệt chào mừng Đoàn đại biểu Thượng viện Pháp.")
        #expect(represented.pairs(.metWith).contains(pair("Quốc hội", "Thượng viện Pháp", symmetric: true)),
            "\(represented.summary)")
    }

    @Test("'A đã trực tiếp làm việc với B': 'trực tiếp' stands between a subject and its verb as other adverbs do")
    func directlyMet() throws {
        let extracted = try Extracted("Cục Quản lý Khám, chữa bệnh đã trực tiếp làm việc với Sở Y tế tỉnh Hòa Bình.")
        #expect(extracted.pairs(.metWith).contains(pair("Cục Quản lý Khám, chữa bệnh", "Sở Y tế tỉnh Hòa Bình", symmetric: true)),
            "\(extracted.summary)")
    }

    @Test("'A (Owner) đã cử cán bộ xuống làm việc với B': the body that sends its staff meets B", arguments: [
        "Cục Di sản văn hóa (Bộ Văn hóa, Thể thao và Du lịch) đã cử cán bộ xuống làm việc với Ban Quản lý di tích Thành cổ "
            + "Sơn Tây.",
        "Cục Di sản văn hóa đã cử đoàn công tác đến làm việc với Ban Quản lý di tích Thành cổ Sơn Tây.",
    ])
    func sendsStaffToMeet(text: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.pairs(.metWith).contains(
            pair("Cục Di sản văn hóa", "Ban Quản lý di tích Thành cổ Sơn Tây", symmetric: true)), "\(extracted.summary)")
    }

    // MARK: located_in

    @Test("'Công an xã A (huyện B, tỉnh C)': the place that ends a territory's body lies in the first place inside")
    func territoryBodyBeforeAddress() throws {
        let extracted = try Extracted("Trưởng Công an xã Gia Xuyên (huyện Gia Lộc, tỉnh Hải Dương) Tăng Văn Méc cho biết như vậy.")
        #expect(extracted.pairs(.locatedIn).contains("Gia Xuyên → Gia Lộc"), "\(extracted.summary)")
    }

    // MARK: part_of

    @Test(
        "'Công ty A – Bộ B', 'Quỹ A - Đài Truyền hình Việt Nam': a company or a fund before a dash belongs to the body after it",
        arguments: [
            ("Ông Lê Văn Ba là kỹ sư của Công ty cổ phần Xây dựng Sông Mã – Bộ Xây dựng.", "Công ty cổ phần Xây dựng Sông Mã",
                "Bộ Xây dựng"),
            ("Tối 4-6, Quỹ Tấm lòng Việt - Đài Truyền hình Việt Nam tổ chức chương trình từ thiện.", "Quỹ Tấm lòng Việt",
                "Đài Truyền hình Việt Nam"),
        ])
    func enterpriseBeforeDash(text: String, unit: String, parent: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.pairs(.partOf).contains("\(unit) → \(parent)"), "\(extracted.summary)")
    }

    // MARK: holds_position

    @Test("one title over two bodies joined by 'và', of one head or one territory, is a post in each", arguments: [
        ("Ông Nguyễn Văn Hai, Phó Chủ tịch Hội đồng nhân dân và Ủy ban nhân dân tỉnh Bến Tre, đã phát biểu.", "Nguyễn Văn Hai",
            "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Bến Tre"),
        ("Ông Lê Văn Ba, Chủ tịch Hội đồng Nhà nước và Hội đồng Bộ trưởng Cuba đã tiếp đoàn.", "Lê Văn Ba", "Chủ tịch",
            "Hội đồng Bộ trưởng Cuba"),
    ])
    func titleOverCoordinatedBodies(text: String, person: String, title: String, body: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.attributes(person, .holdsPosition, body).map { $0["title"] } == [title], "\(extracted.summary)")
    }

    @Test("a biography's line that is nothing but posts carries the person the biography names")
    func biographyLineOfPosts() throws {
        let extracted = try Extracted(
            "Đồng chí Lê Văn Ba, sinh ngày 12-8-1962, tại tỉnh Hậu Giang. Dân tộc: Kinh. Trình độ học vấn: Tiến sĩ Kinh tế. "
                + "Đại biểu Quốc hội khóa XIII; XIV.")
        #expect(extracted.attributes("Lê Văn Ba", .holdsPosition, "Quốc hội").map { $0["title"] } == ["Đại biểu"],
            "\(extracted.summary)")
    }

    @Test("a sentence that opens with a post and goes on with a verb is no line of posts")
    func postWithVerbIsNoBiographyLine() throws {
        let extracted = try Extracted("Ông Lê Văn Ba dự họp. Chủ tịch Ủy ban nhân dân tỉnh An Giang phát biểu tại hội nghị.")
        #expect(extracted.attributes("Lê Văn Ba", .holdsPosition, "Ủy ban nhân dân tỉnh An Giang").isEmpty,
            "\(extracted.summary)")
    }

    @Test("the second body of 'Title A và B' followed by a name is that name's post, not the first holder's")
    func coordinatedBodyBeforeName() throws {
        let extracted = try Extracted("Ông Lê Văn Ba, Giám đốc Sở Y tế và Sở Tài chính tỉnh An Giang Trần Văn Tư đã họp.")
        #expect(extracted.attributes("Lê Văn Ba", .holdsPosition, "Sở Tài chính tỉnh An Giang").isEmpty, "\(extracted.summary)")
    }

    @Test("a 'Vụ' the text gives a general department as owner is not also the ministry's")
    func departmentOwnedByGeneralDepartment() throws {
        let extracted = try Extracted(
            "Ông Vũ Xuân Hùng, Vụ trưởng Vụ Đào tạo chính quy, Tổng cục Giáo dục nghề nghiệp phát biểu. Bộ Lao động - Thương "
                + "binh và Xã hội cho biết Vụ Đào tạo chính quy đã làm tốt.")
        #expect(!extracted.pairs(.partOf).contains("Vụ Đào tạo chính quy → Bộ Lao động - Thương binh và Xã hội"),
            "\(extracted.summary)")
    }

    @Test("'Khoa A của Bệnh viện': a unit of the article's one body named by the bare head after 'của'")
    func unitOfBareHead() throws {
        let extracted = try Extracted(
            "Đoàn làm việc tại Bệnh viện Đa khoa tỉnh Hòa Bình. Ông Lê Văn Ba đề xuất khôi phục lại Khoa Thận nhân tạo của "
                + "Bệnh viện để giảm tải.")
        #expect(extracted.pairs(.partOf).contains("Khoa Thận nhân tạo → Bệnh viện Đa khoa tỉnh Hòa Bình"), "\(extracted.summary)")
    }

    @Test("with two bodies of the bare head's kind, 'của Bệnh viện' names neither")
    func bareHeadOfTwoBodies() throws {
        let extracted = try Extracted(
            "Bệnh nhân được chuyển từ Bệnh viện Bạch Mai về Bệnh viện Đa khoa tỉnh Hòa Bình. Ông Lê Văn Ba đề xuất khôi phục "
                + "lại Khoa Thận nhân tạo của Bệnh viện để giảm tải.")
        #expect(!extracted.pairs(.partOf).contains { $0.hasPrefix("Khoa Thận nhân tạo →") }, "\(extracted.summary)")
    }

    // MARK: issued

    @Test("'văn bản số D (ngày …) do Title Body Person ký': the body of the signer's post issued the document")
    func signerWithPostIssues() throws {
        let extracted = try Extracted(
            "Báo Lao Động đã nhận được văn bản số 253/SVHTT-QLDT ngày 25.1.2017 do Phó Giám đốc Sở Văn hóa và Thể thao "
                + "Hà Nội Trương Minh Tiến ký.")
        #expect(extracted.pairs(.issued).contains("Sở Văn hóa và Thể thao Hà Nội → 253/SVHTT-QLDT"), "\(extracted.summary)")
    }
}
