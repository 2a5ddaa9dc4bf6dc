import MekongPluginAPI
import Testing

/// Relation shapes that fired no rule on the development corpus although both ends were found (issue 7), each on a
/// sentence written for the test: chains of posts around a title with no body, posts framed before their holder, lists
/// of names and titles, posts said of coordinated subjects; places "trên địa bàn" another, addresses, territory bodies;
/// documents a body "has" out or signs; delegations, their leaders and the bodies a speaker represents; and the false
/// positives the same reading showed (posts of the next name, of what a person says or signs, lists of one-holder posts).
@Suite("Relations of general grammar, eleventh session")
struct UnseenNewsEleventhSessionRelationTests {
    // MARK: holds_position

    @Test("a title with no body right before the name does not end the chain of posts before it")
    func bareTitleBeforeName() throws {
        let extracted = try Extracted("Ủy viên Bộ Chính trị, Phó Thủ tướng Lê Văn Hùng đã chủ trì hội nghị.")
        #expect(extracted.attributes("Lê Văn Hùng", .holdsPosition, "Bộ Chính trị").map { $0["title"] } == ["Ủy viên"],
            "\(extracted.summary)")
    }

    @Test("after a preposition, the post before a bare title is another person's")
    func bareTitleAfterPreposition() throws {
        let extracted = try Extracted("Các ý kiến được trình bày trước Thủ tướng Chính phủ, Bộ trưởng Trần Văn Sáu nhấn mạnh.")
        #expect(extracted.attributes("Trần Văn Sáu", .holdsPosition, "Chính phủ").isEmpty, "\(extracted.summary)")
    }

    @Test("a comma after a title with no body leads on to the next post of the chain")
    func bareTitleInChain() throws {
        let extracted = try Extracted("Ông Trần Văn Bốn, nguyên Bí thư, Chủ tịch Ủy ban nhân dân huyện Krông Nô, đã nghỉ hưu.")
        #expect(extracted.attributes("Trần Văn Bốn", .holdsPosition, "Ủy ban nhân dân huyện Krông Nô").map { $0["title"] }
            == ["Chủ tịch"], "\(extracted.summary)")
    }

    @Test("a post framed before the name makes the name the subject: the posts after 'các chức vụ' are the name's")
    func framedPostThenCareer() throws {
        let extracted = try Extracted(
            "Trước khi giữ chức Phó Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi, ông Lê Văn Sáu từng đảm nhiệm các chức vụ "
                + "Giám đốc Sở Xây dựng, Bí thư Huyện ủy Sơn Tịnh.")
        #expect(extracted.pairs(.holdsPosition).isSuperset(of: [
            "Lê Văn Sáu → Ủy ban nhân dân tỉnh Quảng Ngãi", "Lê Văn Sáu → Sở Xây dựng", "Lê Văn Sáu → Huyện ủy Sơn Tịnh",
        ]), "\(extracted.summary)")
    }

    @Test("a post framed before its holder reaches the holder across 'cho' and 'thay'", arguments: [
        ("Bộ trưởng đã trao quyết định bổ nhiệm chức vụ Vụ trưởng Vụ Pháp chế cho bà Nguyễn Thị Bảy.", "Nguyễn Thị Bảy",
            "Vụ trưởng", "Vụ Pháp chế"),
        ("Ông Lê Văn Một được điều động giữ chức Trưởng Ban Tuyên giáo Tỉnh ủy Nghệ An thay ông Hoàng Văn Tám.", "Hoàng Văn Tám",
            "Trưởng Ban", "Ban Tuyên giáo Tỉnh ủy Nghệ An"),
    ])
    func framedPostAcrossBridge(text: String, person: String, title: String, body: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.attributes(person, .holdsPosition, body).map { $0["title"] } == [title], "\(extracted.summary)")
    }

    @Test("the body closing a list of names with their posts is the body of each post in the list")
    func listOwner() throws {
        let extracted = try Extracted(
            "Bị can gồm các ông Phạm Văn Chín, nguyên Giám đốc và Lê Văn Mười, nguyên Phó Giám đốc Công ty cổ phần Xây dựng "
                + "Sông Hồng.")
        #expect(extracted.attributes("Phạm Văn Chín", .holdsPosition, "Công ty cổ phần Xây dựng Sông Hồng")
            .contains { $0["title"] == "Giám đốc" && $0["status"] == "former" }, "\(extracted.summary)")
    }

    @Test("a deputy's post and then the head's of the same rank share the body named after both")
    func deputyThenHead() throws {
        let extracted = try Extracted("Sau đó, ông Nguyễn Văn Hai lần lượt giữ chức Phó Giám đốc, Giám đốc Sở Tài chính tỉnh Nam Định.")
        #expect(Set(extracted.attributes("Nguyễn Văn Hai", .holdsPosition, "Sở Tài chính tỉnh Nam Định").compactMap { $0["title"] })
            == ["Phó Giám đốc", "Giám đốc"], "\(extracted.summary)")
    }

    @Test("a term set off by commas inside a chain of posts does not end the chain")
    func termAfterComma() throws {
        let extracted = try Extracted(
            "Ông Lê Văn Bảy, Ủy viên Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, nhiệm kỳ 2014-2019, Ủy viên Ban Thường vụ "
                + "Tỉnh ủy Quảng Trị, phát biểu.")
        #expect(extracted.attributes("Lê Văn Bảy", .holdsPosition, "Ban Thường vụ Tỉnh ủy Quảng Trị").map { $0["title"] } == ["Ủy viên"],
            "\(extracted.summary)")
    }

    @Test("'vị trí' before a title names a post of the sentence's subject")
    func positionWord() throws {
        let extracted = try Extracted("Ông Trần Văn Năm vừa từ nhiệm vị trí Tổng Giám đốc Tổng công ty Điện lực miền Bắc.")
        #expect(extracted.attributes("Trần Văn Năm", .holdsPosition, "Tổng công ty Điện lực miền Bắc").map { $0["title"] }
            == ["Tổng Giám đốc"], "\(extracted.summary)")
    }

    @Test("'Chi cục trưởng' and 'Hiệu phó' are titles", arguments: [
        ("Ông Lê Văn Tư, Chi cục trưởng Chi cục Kiểm lâm tỉnh Lâm Đồng, cho biết.", "Lê Văn Tư", "Chi cục trưởng",
            "Chi cục Kiểm lâm tỉnh Lâm Đồng"),
        ("Bà Trần Thị Năm, Hiệu phó Trường THPT Chu Văn An, cho biết.", "Trần Thị Năm", "Hiệu phó", "Trường THPT Chu Văn An"),
    ])
    func newTitles(text: String, person: String, title: String, body: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.attributes(person, .holdsPosition, body).map { $0["title"] } == [title], "\(extracted.summary)")
    }

    @Test("the head of a police force is 'Trưởng', not 'Trưởng Công'")
    func policeHead() throws {
        let extracted = try Extracted("Thượng tá Lê Văn Ba, Trưởng Công an huyện Mỹ Hào, cho biết.")
        #expect(extracted.attributes("Lê Văn Ba", .holdsPosition, "Công an huyện Mỹ Hào").map { $0["title"] } == ["Trưởng"],
            "\(extracted.summary)")
    }

    @Test("'chuyên trách' after a title belongs to it")
    func fullTimeQualifier() throws {
        let extracted = try Extracted(
            "Phó Trưởng đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh Nghệ An Trần Văn Mười cho biết.")
        #expect(extracted.attributes("Trần Văn Mười", .holdsPosition, "Đoàn đại biểu Quốc hội tỉnh Nghệ An").map { $0["title"] }
            == ["Phó Trưởng đoàn chuyên trách"], "\(extracted.summary)")
    }

    @Test("'hiệu phó' before a name holds the post in the one school the sentence named before it")
    func viceHeadOfSchoolNamedBefore() throws {
        let extracted = try Extracted(
            "Bà Lê Thị Hoa - Hiệu trưởng Trường THPT chuyên Lam Sơn và hiệu phó Nguyễn Văn Tám đã bị tố cáo.")
        #expect(extracted.attributes("Nguyễn Văn Tám", .holdsPosition, "Trường THPT chuyên Lam Sơn").map { $0["title"] } == ["hiệu phó"],
            "\(extracted.summary)")
    }

    @Test("'Body do A làm Chủ tịch': A heads the body named before 'do', but not the owner of a led delegation")
    func bodyLedBy() throws {
        let extracted = try Extracted(
            "Thủ tướng Nguyễn Văn Ba ký quyết định thành lập Hội đồng Thi đua - Khen thưởng Trung ương do ông làm Chủ tịch. "
                + "Đoàn công tác của Đài Tiếng nói Việt Nam do Tổng Giám đốc Lê Văn Năm làm trưởng đoàn đến thăm tỉnh.")
        #expect(extracted.attributes("Nguyễn Văn Ba", .holdsPosition, "Hội đồng Thi đua - Khen thưởng Trung ương").map { $0["title"] }
            == ["Chủ tịch"], "\(extracted.summary)")
        #expect(!extracted.attributes("Lê Văn Năm", .holdsPosition, "Đài Tiếng nói Việt Nam").contains { $0["title"] == "trưởng đoàn" },
            "\(extracted.summary)")
    }

    @Test("'Đảng ủy viên Đảng ủy X' is the post 'Ủy viên' in that committee")
    func partyCommitteeMember() throws {
        let extracted = try Extracted(
            "Ông Trần Văn Hai, Phó Giám đốc Sở Tài chính tỉnh Bình Định; nguyên Đảng ủy viên Đảng ủy Sở Tài chính nhiệm kỳ "
                + "2015-2020, bị khiển trách.")
        #expect(extracted.attributes("Trần Văn Hai", .holdsPosition, "Đảng ủy Sở Tài chính").map { $0["title"] } == ["Ủy viên"],
            "\(extracted.summary)")
    }

    @Test("names listed right before as many titles hold them respectively; one title with its body is every name's")
    func namesThenTitles() throws {
        let extracted = try Extracted(
            "Bị can gồm Lê Thị Hồng, Trần Văn Bảy nguyên Giám đốc, Phó Giám đốc Công ty cổ phần Chứng khoán Sông Hồng. Các ông "
                + "Lê Văn Ba và Nguyễn Văn Chín nguyên Phó Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh được khen thưởng.")
        let body = "Công ty cổ phần Chứng khoán Sông Hồng"
        #expect(extracted.attributes("Lê Thị Hồng", .holdsPosition, body).map { $0["title"] } == ["Giám đốc"], "\(extracted.summary)")
        #expect(extracted.attributes("Trần Văn Bảy", .holdsPosition, body).map { $0["title"] } == ["Phó Giám đốc"], "\(extracted.summary)")
        #expect(extracted.attributes("Lê Văn Ba", .holdsPosition, "Ủy ban nhân dân tỉnh Hà Tĩnh").map { $0["title"] } == ["Phó Chủ tịch"],
            "\(extracted.summary)")
    }

    @Test("a chain of posts after a name that ends at another name is the other name's")
    func chainEndingAtNextName() throws {
        let extracted = try Extracted(
            "Đài trân trọng cảm ơn Thủ tướng Chính phủ Trần Văn Một; Thường trực Ban Bí thư Lê Văn Hai; Chủ tịch Ủy ban Trung "
                + "ương Mặt trận Tổ quốc Việt Nam, Bí thư Thành ủy Hải Phòng Nguyễn Văn Ba.")
        let body = "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
        #expect(extracted.attributes("Lê Văn Hai", .holdsPosition, body).isEmpty, "\(extracted.summary)")
        #expect(extracted.attributes("Nguyễn Văn Ba", .holdsPosition, body).map { $0["title"] } == ["Chủ tịch"], "\(extracted.summary)")
    }

    @Test("a title right after 'A và' names another person, not a post of A")
    func titleAfterCoordinatedName() throws {
        let extracted = try Extracted(
            "Sau lễ đón, Chủ tịch Quốc hội Lê Văn Hai và Chủ tịch Thượng viện Cộng hòa Chile đã tiến hành hội đàm.")
        #expect(extracted.attributes("Lê Văn Hai", .holdsPosition, "Thượng viện Cộng hòa Chile").isEmpty, "\(extracted.summary)")
        #expect(extracted.attributes("Lê Văn Hai", .holdsPosition, "Quốc hội").map { $0["title"] } == ["Chủ tịch"], "\(extracted.summary)")
    }

    @Test("posts after 'cho biết' or in an appointment the name signs are someone else's; one it receives is the name's")
    func appointmentsAndSpeech() throws {
        let extracted = try Extracted(
            "Ông Lê Văn Một (Giám đốc Bệnh viện Đa khoa tỉnh Nam Định) đã ký quyết định bổ nhiệm giữ chức Trưởng khoa Nội tổng "
                + "hợp. Ông Trần Văn Hai, Phó Chủ tịch Ủy ban nhân dân tỉnh Nam Định cho biết sẽ tạm dừng việc bổ nhiệm lại chức "
                + "Giám đốc Sở Y tế tỉnh Nam Định. Ông Lê Văn Sáu thôi giữ chức Bí thư Huyện ủy Hải Hậu, điều động và bổ nhiệm "
                + "giữ chức Giám đốc Sở Xây dựng tỉnh Nam Định.")
        #expect(extracted.attributes("Lê Văn Một", .holdsPosition, "Khoa Nội tổng hợp").isEmpty, "\(extracted.summary)")
        #expect(extracted.attributes("Trần Văn Hai", .holdsPosition, "Sở Y tế tỉnh Nam Định").isEmpty, "\(extracted.summary)")
        #expect(extracted.attributes("Lê Văn Sáu", .holdsPosition, "Sở Xây dựng tỉnh Nam Định").map { $0["title"] } == ["Giám đốc"],
            "\(extracted.summary)")
    }

    @Test("a head's post passes down a list of names only after a colon or as a former post, never to a name with its own post")
    func postsSharedOverLists() throws {
        let extracted = try Extracted(
            "Tổ đại biểu gồm Bí thư Thành ủy Cần Thơ Lê Văn Hai, bà Trần Thị Ba, ông Nguyễn Văn Bốn. Dự buổi lễ có Chủ tịch Ủy "
                + "ban nhân dân tỉnh An Giang Lê Văn Năm; ông Trần Văn Sáu - Phó Bí thư Tỉnh ủy An Giang. Các nguyên Chủ tịch "
                + "Quốc hội: Nguyễn Văn Bảy, Trần Văn Tám đã dự.")
        #expect(extracted.attributes("Trần Thị Ba", .holdsPosition, "Thành ủy Cần Thơ").isEmpty, "\(extracted.summary)")
        #expect(extracted.attributes("Trần Văn Sáu", .holdsPosition, "Ủy ban nhân dân tỉnh An Giang").isEmpty, "\(extracted.summary)")
        #expect(extracted.attributes("Trần Văn Tám", .holdsPosition, "Quốc hội").map { $0["title"] } == ["Chủ tịch"],
            "\(extracted.summary)")
    }

    @Test("a post set off by commas before 'ông/bà' and the name ('Giám đốc X, ông A, …') is the name's")
    func postBeforeHonorificApposition() throws {
        let extracted = try Extracted(
            "Cục Xúc tiến thương mại xác nhận có việc Giám đốc Trung tâm Hỗ trợ Xuất khẩu, ông Trần Văn Bình, cùng một số viên "
                + "chức đi lễ trong giờ làm việc.")
        #expect(extracted.attributes("Trần Văn Bình", .holdsPosition, "Trung tâm Hỗ trợ Xuất khẩu").map { $0["title"] } == ["Giám đốc"],
            "\(extracted.summary)")
    }

    @Test("'Title A và Title B của Body bị cách chức T O': the post said of the coordinated subject is both names'")
    func coordinatedSubjectsShareCuedPost() throws {
        let extracted = try Extracted(
            "Thứ trưởng Lê Văn Hai và Thứ trưởng Trần Văn Ba của Bộ Xây dựng bị kỷ luật cách chức Ủy viên Ban cán sự đảng Bộ "
                + "Xây dựng nhiệm kỳ 2011 – 2016.")
        for name in ["Lê Văn Hai", "Trần Văn Ba"] {
            #expect(extracted.attributes(name, .holdsPosition, "Ban cán sự đảng Bộ Xây dựng").map { $0["title"] } == ["Ủy viên"],
                "\(extracted.summary)")
        }
    }

    @Test("posts framed before the name with their time spans ('giữ chức vụ A (từ …), sau đó là B từ … đến nay, ông X')")
    func framedCareerBeforeName() throws {
        let extracted = try Extracted(
            "Trong thời gian giữ chức vụ Phó Chủ tịch Ủy ban nhân dân huyện Krông Pắc (từ 7/2014 - 10/2017), sau đó là Chủ tịch "
                + "Ủy ban nhân dân huyện Krông Pắc từ năm 2017 đến nay, ông Lê Văn Tư đã ký nhiều quyết định sai.")
        #expect(Set(extracted.attributes("Lê Văn Tư", .holdsPosition, "Ủy ban nhân dân huyện Krông Pắc").compactMap { $0["title"] })
            == ["Phó Chủ tịch", "Chủ tịch"], "\(extracted.summary)")
    }

    // MARK: located_in, issued, met_with, part_of

    @Test("the places listed before 'trên địa bàn' lie in the place after it, and so does a body seated there")
    func onTerritory() throws {
        let extracted = try Extracted(
            "Các xã Tân Phú, Tân Lập và Đồng Tâm trên địa bàn huyện Mỹ Đức đã hoàn thành kế hoạch. Trung tâm Ngoại ngữ Sao Mai "
                + "đóng trên địa bàn thị trấn Như Quỳnh đã bị xử phạt.")
        #expect(extracted.pairs(.locatedIn).isSuperset(of: [
            "Tân Phú → Mỹ Đức", "Tân Lập → Mỹ Đức", "Đồng Tâm → Mỹ Đức", "Trung tâm Ngoại ngữ Sao Mai → Như Quỳnh",
        ]), "\(extracted.summary)")
    }

    @Test("a body that 'có văn bản số' a numbered document issued it")
    func bodyHasDocument() throws {
        let extracted = try Extracted("Sở Y tế tỉnh Nam Định đã có văn bản số 456/SYT-NV gửi các bệnh viện.")
        #expect(extracted.pairs(.issued).contains("Sở Y tế tỉnh Nam Định → 456/SYT-NV"), "\(extracted.summary)")
    }

    @Test("a short form in parentheses after a party does not end the list of parties")
    func acronymInPartyList() throws {
        let extracted = try Extracted(
            "Phó Thủ tướng Lê Văn Hai chủ trì cuộc họp để nghe Bộ Tài nguyên và Môi trường (TN&MT) và Ủy ban nhân dân tỉnh "
                + "Quảng Nam báo cáo.")
        #expect(extracted.pairs(.metWith).contains(pair("Lê Văn Hai", "Ủy ban nhân dân tỉnh Quảng Nam", symmetric: true)),
            "\(extracted.summary)")
    }

    @Test("the office and the inspectorate of the Government stand above the departments they own")
    func officesOfTheGovernment() throws {
        let extracted = try Extracted(
            "Ông Trần Văn Một, Phó Cục trưởng Cục Quản trị, Văn phòng Chính phủ, cho biết. Ông Lê Văn Hai, Cục trưởng Cục "
                + "Chống tham nhũng - Thanh tra Chính phủ, cho biết.")
        #expect(extracted.pairs(.partOf).isSuperset(of: [
            "Cục Quản trị → Văn phòng Chính phủ", "Cục Chống tham nhũng → Thanh tra Chính phủ",
        ]), "\(extracted.summary)")
    }

    @Test("'phối hợp cùng' names the partner as 'phối hợp với' does; with no party after it, the coordinated subject cooperates")
    func partnerAfterCung() throws {
        let extracted = try Extracted(
            "Ủy ban nhân dân tỉnh Quảng Ngãi phối hợp cùng Bộ Công Thương tổ chức hội nghị. Tập đoàn Điện lực Việt Nam và "
                + "Tổng công ty Viễn thông MobiFone sẽ phối hợp chặt chẽ cùng các đơn vị khác.")
        #expect(extracted.pairs(.cooperatesWith).isSuperset(of: [
            pair("Ủy ban nhân dân tỉnh Quảng Ngãi", "Bộ Công Thương", symmetric: true),
            pair("Tập đoàn Điện lực Việt Nam", "Tổng công ty Viễn thông MobiFone", symmetric: true),
        ]), "\(extracted.summary)")
    }

    @Test("a delegation led by a body's head ('Đoàn do Chủ tịch Ủy ban X … làm Trưởng đoàn') stands for the body")
    func delegationLedByHead() throws {
        let extracted = try Extracted(
            "Thượng tướng Lê Văn Hải, Ủy viên Trung ương Đảng, Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam đã tiếp "
                + "Đoàn do Chủ tịch Ủy ban Đối ngoại Thượng viện Australia John Smith làm Trưởng đoàn.")
        let met = extracted.pairs(.metWith)
        #expect(met.contains(pair("Lê Văn Hải", "Ủy ban Đối ngoại Thượng viện Australia", symmetric: true)), "\(extracted.summary)")
        // The host is the person whose posts end before the verb, not the last body among them.
        #expect(!met.contains(pair("Quân đội nhân dân Việt Nam", "Ủy ban Đối ngoại Thượng viện Australia", symmetric: true)),
            "\(extracted.summary)")
    }

    @Test("the leader of a delegation ('A dẫn đầu đoàn …', 'Đoàn … do A dẫn đầu') is a party of the delegation's meeting")
    func delegationLeader() throws {
        let extracted = try Extracted(
            "Ông Trần Văn Hòa, Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ dẫn đầu đoàn công tác của Ban Bí thư đã đến làm "
                + "việc với Ban Thường vụ Tỉnh ủy Bình Phước. Đoàn đại biểu Quốc hội Lào do Phó Chủ tịch Quốc hội Lào Sengnouan "
                + "Xayalath dẫn đầu đã tới thăm, làm việc tại Tập đoàn Bưu chính Viễn thông Việt Nam.")
        #expect(extracted.pairs(.metWith).isSuperset(of: [
            pair("Trần Văn Hòa", "Ban Thường vụ Tỉnh ủy Bình Phước", symmetric: true),
            pair("Ban Bí thư", "Ban Thường vụ Tỉnh ủy Bình Phước", symmetric: true),
            pair("Sengnouan Xayalath", "Tập đoàn Bưu chính Viễn thông Việt Nam", symmetric: true),
        ]), "\(extracted.summary)")
    }

    @Test("documents of one type listed before 'của' share the issuer after it")
    func documentListOfIssuer() throws {
        let extracted = try Extracted(
            "Việc này được quy định tại các Quyết định số 15/QĐ-SYT, 16/QĐ-SYT của Sở Y tế tỉnh Nam Định.")
        #expect(extracted.pairs(.issued).isSuperset(of: [
            "Sở Y tế tỉnh Nam Định → 15/QĐ-SYT", "Sở Y tế tỉnh Nam Định → 16/QĐ-SYT",
        ]), "\(extracted.summary)")
    }

    @Test("'buổi làm việc của A với B': with no subject before the verb, the party after 'của' is the subject")
    func meetingOfParty() throws {
        let extracted = try Extracted(
            "Tại buổi làm việc của đoàn kiểm tra Bộ Chính trị với Ban Thường vụ Tỉnh ủy Thái Bình, các ý kiến đã được nêu.")
        #expect(extracted.pairs(.metWith).contains(pair("Bộ Chính trị", "Ban Thường vụ Tỉnh ủy Thái Bình", symmetric: true)),
            "\(extracted.summary)")
    }

    @Test("a host's posts may end with a title that takes in its body's head ('Trưởng Ban Kinh tế Trung ương')")
    func hostWithTitleTakingHead() throws {
        let extracted = try Extracted(
            "Ông Lê Văn Hai, Ủy viên Bộ Chính trị, Trưởng Ban Kinh tế Trung ương tiếp Bộ trưởng Ngoại giao Lào Saleumxay Kommasith.")
        let met = extracted.pairs(.metWith)
        #expect(met.contains(pair("Lê Văn Hai", "Saleumxay Kommasith", symmetric: true)), "\(extracted.summary)")
        #expect(!met.contains(pair("Ban Kinh tế Trung ương", "Saleumxay Kommasith", symmetric: true)), "\(extracted.summary)")
    }

    @Test("'Đoàn đại biểu cấp cao Đảng X' received is the party X")
    func highLevelDelegation() throws {
        let extracted = try Extracted("Bộ trưởng Bộ Ngoại giao Phạm Văn Năm tiếp Đoàn đại biểu cấp cao Đảng Nhân dân Campuchia.")
        #expect(extracted.pairs(.metWith).contains(pair("Phạm Văn Năm", "Đảng Nhân dân Campuchia", symmetric: true)),
            "\(extracted.summary)")
    }

    @Test("a place that ends a body's name lies in the larger place after the comma")
    func placeInNameBeforeComma() throws {
        let extracted = try Extracted("Nguồn tin cho biết tại Hội đồng nhân dân huyện Phong Điền, Cần Thơ vẫn khuyết nhân sự.")
        #expect(extracted.pairs(.locatedIn).contains("Phong Điền → Cần Thơ"), "\(extracted.summary)")
    }

    @Test("a letter's first code after its number is its issuer's ('19/DSVH-DT' by Cục Di sản văn hóa)")
    func letterIssuerCode() throws {
        let extracted = try Extracted(
            "Cục Di sản văn hóa đã cử cán bộ xuống làm việc và có văn bản số 19/DSVH-DT ngày 11.1.2017 nêu ý kiến.")
        #expect(extracted.pairs(.issued).contains("Cục Di sản văn hóa → 19/DSVH-DT"), "\(extracted.summary)")
    }

    @Test("a coordinated subject of 'ký kết' names the two parties, but not of 'ký hợp đồng'")
    func coordinatedSigners() throws {
        let extracted = try Extracted(
            "Phòng Giáo dục và Đào tạo thành phố Vinh và Trường Cao đẳng Kỹ thuật Vinh đã ký kết biên bản ghi nhớ hợp tác. "
                + "Tổng công ty Bia Hà Nội và Tổng công ty Bia Sài Gòn đã ký hợp đồng tư vấn thoái vốn.")
        let signed = extracted.pairs(.signedWith)
        #expect(signed.contains(pair("Phòng Giáo dục và Đào tạo thành phố Vinh", "Trường Cao đẳng Kỹ thuật Vinh", symmetric: true)),
            "\(extracted.summary)")
        #expect(!signed.contains(pair("Tổng công ty Bia Hà Nội", "Tổng công ty Bia Sài Gòn", symmetric: true)), "\(extracted.summary)")
    }

    @Test("'A ký hợp đồng … cho B': the contract's other party follows 'cho'")
    func contractFor() throws {
        let extracted = try Extracted(
            "Theo hồ sơ, Công ty cổ phần Xây dựng Hòa Bình ký hợp đồng cung cấp cát cho Công ty cổ phần Lắp máy Sông Đà để san "
                + "lấp mặt bằng.")
        #expect(extracted.pairs(.signedWith).contains(
            pair("Công ty cổ phần Xây dựng Hòa Bình", "Công ty cổ phần Lắp máy Sông Đà", symmetric: true)), "\(extracted.summary)")
    }

    @Test("'nhanh chóng', 'khẩn trương' may stand between a party and 'phối hợp'")
    func mannerBeforeVerb() throws {
        let extracted = try Extracted(
            "Được tin báo, Công an huyện Đông Anh nhanh chóng phối hợp với Công an tỉnh Bắc Ninh truy bắt đối tượng.")
        #expect(extracted.pairs(.cooperatesWith).contains(pair("Công an huyện Đông Anh", "Công an tỉnh Bắc Ninh", symmetric: true)),
            "\(extracted.summary)")
    }

    @Test("a department whose name starts with 'Công' ('Cục Công nghệ thông tin') is the one ministry's like any other")
    func departmentNamedCong() throws {
        let extracted = try Extracted("Bộ Tài chính chỉ đạo các đơn vị rà soát. Cục Công nghệ thông tin cũng được giao nhiệm vụ.")
        #expect(extracted.pairs(.partOf).contains("Cục Công nghệ thông tin → Bộ Tài chính"), "\(extracted.summary)")
    }

    @Test("an address in parentheses after a body places it in each district and province of the address")
    func addressInParenthesis() throws {
        let extracted = try Extracted(
            "Công ty TNHH Minh Phát (ở số 12, thị trấn Phố Lu, huyện Bảo Thắng, tỉnh Lào Cai) đã bị xử phạt.")
        #expect(extracted.pairs(.locatedIn).isSuperset(of: ["Công ty TNHH Minh Phát → Bảo Thắng", "Công ty TNHH Minh Phát → Lào Cai"]),
            "\(extracted.summary)")
    }

    @Test("the staff of a body ('cán bộ, chiến sĩ X') stand for it as a party")
    func staffOfBody() throws {
        let extracted = try Extracted("Phó Thủ tướng Lê Văn Ba đến thăm cán bộ, chiến sĩ Bộ Chỉ huy Quân sự tỉnh An Giang.")
        #expect(extracted.pairs(.metWith).contains(pair("Lê Văn Ba", "Bộ Chỉ huy Quân sự tỉnh An Giang", symmetric: true)),
            "\(extracted.summary)")
    }

    @Test("'A cùng đoàn công tác (đã đến) làm việc với B': the delegation accompanying A does not hide A")
    func subjectWithDelegation() throws {
        let extracted = try Extracted("Bộ trưởng Trần Văn Tư cùng đoàn công tác đã đến làm việc với Ủy ban nhân dân tỉnh Cà Mau.")
        #expect(extracted.pairs(.metWith).contains(pair("Trần Văn Tư", "Ủy ban nhân dân tỉnh Cà Mau", symmetric: true)),
            "\(extracted.summary)")
    }

    @Test("'Thay mặt Body, Title A tiếp …': the body A speaks for meets the bodies A meets, not the persons")
    func representedBody() throws {
        let extracted = try Extracted(
            "Thay mặt Tỉnh ủy Cà Mau, Bí thư Tỉnh ủy Lê Văn Sáu tiếp Đoàn đại biểu cấp cao Đảng Nhân dân Campuchia. "
                + "Thay mặt Tỉnh ủy Cà Mau, Bí thư Tỉnh ủy Lê Văn Sáu tiếp Đại sứ Campuchia Chea Kimtha.")
        let met = extracted.pairs(.metWith)
        #expect(met.contains(pair("Tỉnh ủy Cà Mau", "Đảng Nhân dân Campuchia", symmetric: true)), "\(extracted.summary)")
        #expect(!met.contains(pair("Tỉnh ủy Cà Mau", "Chea Kimtha", symmetric: true)), "\(extracted.summary)")
    }

    @Test("'VN' and 'TQ' standing alone are the countries: 'tỉnh Lào Cai (VN)' lies in Việt Nam")
    func countryShortForms() throws {
        let extracted = try Extracted("Các hoạt động giao lưu được tổ chức tại tỉnh Lào Cai (VN) và tỉnh Vân Nam (TQ).")
        #expect(extracted.pairs(.locatedIn).isSuperset(of: ["Lào Cai → Việt Nam", "Vân Nam → Trung Quốc"]), "\(extracted.summary)")
        // Inside a body's name the short form stays part of the name, and in a web address it is no place.
        let named = try Extracted("Tập đoàn Hóa chất VN cho biết như vậy. PV/VOV.VN")
        // The name expands the country's abbreviation, as it does the others of the lexicon.
        #expect(named.names(.organization) == ["Tập đoàn Hóa chất Việt Nam"], "\(named.summary)")
        #expect(named.hasMention(.organization, containingName: "Tập đoàn Hóa chất VN"), "\(named.summary)")
        #expect(named.names(.place).isEmpty, "\(named.summary)")
    }

    @Test("a place after a comma holds no central body and no body of an equal or larger territory")
    func commaChainLimits() throws {
        let extracted = try Extracted(
            "Thực hiện theo kết luận của Chính phủ, Hà Nội đã chỉ đạo thanh tra. Lãnh đạo Ủy ban nhân dân tỉnh Bình Dương, "
                + "thành phố Dĩ An đã dự lễ. Bệnh viện Đa khoa huyện Gia Viễn, Ninh Bình đã khắc phục sự cố.")
        let located = extracted.pairs(.locatedIn)
        #expect(!located.contains("Chính phủ → Hà Nội"), "\(extracted.summary)")
        #expect(!located.contains("Ủy ban nhân dân tỉnh Bình Dương → Dĩ An"), "\(extracted.summary)")
        #expect(located.contains("Bệnh viện Đa khoa huyện Gia Viễn → Ninh Bình"), "\(extracted.summary)")
    }

    @Test("a document 'về (tổ chức) thực hiện' another implements it rather than concerns it")
    func documentCarryingOut() throws {
        let extracted = try Extracted(
            "Ngày 6-2, UBND TP Hải Phòng ban hành Kế hoạch số 45/KH-UBND về tổ chức thực hiện Chỉ thị số 12-CT/TU của Thành ủy.")
        #expect(extracted.pairs(.implements).contains("45/KH-UBND → 12-CT/TU"), "\(extracted.summary)")
        #expect(!extracted.pairs(.concerns).contains("45/KH-UBND → 12-CT/TU"), "\(extracted.summary)")
    }

    @Test("a territory's body whose name ends with a place the article names lies there, a whole place name only")
    func territorialBodyByName() throws {
        let extracted = try Extracted(
            "Theo Chủ tịch UBND quận 3 Lê Văn Bốn, quận đã xử lý 200 vụ. Quận 3 là trung tâm. Thanh tra Quảng Bình cho biết đã "
                + "kiểm tra. Tỉnh Quảng Bình có nhiều dự án. Sở Giáo dục và Đào tạo tỉnh Thừa Thiên Huế cho biết. Thành phố Huế "
                + "có nhiều trường.")
        let located = extracted.pairs(.locatedIn)
        #expect(located.isSuperset(of: ["Ủy ban nhân dân quận 3 → Quận 3", "Thanh tra Quảng Bình → Quảng Bình"]), "\(extracted.summary)")
        #expect(!located.contains("Sở Giáo dục và Đào tạo tỉnh Thừa Thiên Huế → Huế"), "\(extracted.summary)")
    }

    @Test("'thông qua Điều …, Điều … và toàn văn Luật X': the law voted on in full was passed by the body")
    func lawPassedInFull() throws {
        let extracted = try Extracted(
            "Sau đó, Quốc hội đã biểu quyết thông qua Điều 3 - Phạm vi điều chỉnh (với tỉ lệ 85%), Điều 9 - Chính sách ưu đãi "
                + "(với tỉ lệ 80%) và toàn văn Luật Thủy lợi (với tỉ lệ 88%).")
        #expect(extracted.pairs(.issued).contains("Quốc hội → Luật Thủy lợi"), "\(extracted.summary)")
    }

    @Test("a head named with the post who signs a document signs it for the body")
    func headSignsForBody() throws {
        let extracted = try Extracted(
            "Chiều 15/6, Chủ tịch Ủy ban nhân dân tỉnh Nghệ An Lê Văn Hai đã ký công văn số 2915/UBND-NC gửi Công an tỉnh.")
        #expect(extracted.pairs(.issued).contains("Ủy ban nhân dân tỉnh Nghệ An → 2915/UBND-NC"), "\(extracted.summary)")
    }

    @Test("a unit written before a dash and its parent ('Quỹ X - Đài Y') is the party that acts")
    func unitBeforeDashActs() throws {
        let extracted = try Extracted(
            "Tối 4-6, Quỹ Bảo trợ trẻ em Việt Nam - Đài Truyền hình Việt Nam và Tổng công ty Viễn thông MobiFone phối hợp tổ "
                + "chức chương trình. Quỹ Tấm lòng Vàng - Báo Lao Động phối hợp với Tổng công ty Viễn thông MobiFone tổ chức chương trình.")
        let cooperating = extracted.pairs(.cooperatesWith)
        #expect(cooperating.isSuperset(of: [
            pair("Quỹ Bảo trợ trẻ em Việt Nam", "Tổng công ty Viễn thông MobiFone", symmetric: true),
            pair("Quỹ Tấm lòng Vàng", "Tổng công ty Viễn thông MobiFone", symmetric: true),
        ]), "\(extracted.summary)")
        #expect(!cooperating.contains(pair("Báo Lao Động", "Tổng công ty Viễn thông MobiFone", symmetric: true)), "\(extracted.summary)")
    }

    @Test("a holder named after a body's short form ('Tổng Giám đốc Tổ chức X (WTO) A') is the next party of a list")
    func holderAfterShortForm() throws {
        let extracted = try Extracted(
            "Ngày 8/7, Thủ tướng Lê Văn Hai đã có các cuộc gặp với Chủ tịch Ủy ban châu Âu Jean-Claude Juncker và Tổng Giám đốc "
                + "Tổ chức Thương mại Thế giới (WTO) Roberto Azevêdo.")
        #expect(extracted.pairs(.metWith).contains(pair("Lê Văn Hai", "Roberto Azevêdo", symmetric: true)), "\(extracted.summary)")
    }

    @Test("a verb of meeting joined by 'và' to an earlier one shares its subject")
    func sharedSubjectAcrossVa() throws {
        let extracted = try Extracted(
            "Tại Viện Nghiên cứu Chiến lược, Phó Chủ tịch Quốc hội Lê Văn Hai đã gặp Viện trưởng Trần Văn Ba và có buổi trao đổi "
                + "học thuật với giáo sư Kenji Tanaka.")
        #expect(extracted.pairs(.metWith).contains(pair("Lê Văn Hai", "Kenji Tanaka", symmetric: true)), "\(extracted.summary)")
    }
}
