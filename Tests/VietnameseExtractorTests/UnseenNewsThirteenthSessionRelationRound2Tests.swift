import MekongPluginAPI
import Testing

/// Relation shapes that unseen news states and no rule read (issue 7, thirteenth session, second round: misses listed
/// by reviewers on articles no gold set holds), each on a sentence written for the test: the leader of a delegation
/// received or sent, a visit made to work at a body, a delegation received ("đón đoàn"), a partner of "phối hợp" named
/// without "với", a body in the place in parentheses after it, places chained by commas that the chain missed, the
/// bodies listed after a count of bodies ("N cơ quan X: A, B"), a post left after "thôi" or taken after "chức danh", a
/// judge's post, the head of a court's division ("Chánh tòa Hình sự"), the issuer of a document named in parentheses or
/// as the passive agent of "cấp".
@Suite("Relations of general grammar, thirteenth session, second round")
struct UnseenNewsThirteenthSessionRelationRound2Tests {
    @Test("'A tiếp đoàn … do ông B, Title, dẫn đầu': the leader of the delegation received is met")
    func leaderOfTheDelegationReceived() throws {
        let extracted = try Extracted(
            "Chiều 3/7, Phó Chủ tịch Quốc hội Đỗ Văn Tư đã tiếp đoàn đại biểu cấp cao Lào do ông Bounmy Sengdao, Chủ tịch "
                + "Quốc hội Lào, dẫn đầu.")
        #expect(extracted.pairs(.metWith).contains(pair("Đỗ Văn Tư", "Bounmy Sengdao", symmetric: true)), "\(extracted.summary)")
    }

    @Test("'đoàn công tác của X (ABBR) do ông A, Title làm trưởng đoàn đã làm việc với Y': X and A meet Y")
    func delegationLedAsItsHead() throws {
        let extracted = try Extracted(
            "Sáng 8/7, đoàn công tác của Bộ Xây dựng (BXD) do ông Lê Quang Hùng, Thứ trưởng Bộ Xây dựng làm trưởng đoàn "
                + "đã làm việc với UBND tỉnh Quảng Trị.")
        for party in ["Bộ Xây dựng", "Lê Quang Hùng"] {
            #expect(extracted.pairs(.metWith).contains(pair(party, "Ủy ban nhân dân tỉnh Quảng Trị", symmetric: true)),
                "\(party): \(extracted.summary)")
        }
    }

    @Test("'X đã đến Y làm việc': a body that goes to another to work there meets it")
    func visitToWork() throws {
        let extracted = try Extracted("Hôm qua, Thanh tra Bộ Tài chính đã đến Sở Công Thương tỉnh Hà Giang làm việc.")
        #expect(extracted.pairs(.metWith).contains(pair("Thanh tra Bộ Tài chính", "Sở Công Thương tỉnh Hà Giang", symmetric: true)),
            "\(extracted.summary)")
    }

    @Test("'ông A được điều động đến Sở B làm việc' is a posting, not a meeting")
    func postingIsNoVisit() throws {
        let extracted = try Extracted("Ông Trần Văn Nam được điều động đến Sở Công Thương tỉnh Hà Giang làm việc từ năm 2010.")
        #expect(extracted.pairs(.metWith).isEmpty, "\(extracted.summary)")
    }

    @Test("'A ghé thăm trụ sở B': the seat stands for the body visited")
    func visitToTheSeat() throws {
        let extracted = try Extracted("Bí thư Tỉnh ủy Nghệ An Hồ Văn Sáu đã ghé thăm trụ sở Công an tỉnh Nghệ An.")
        #expect(extracted.pairs(.metWith).contains(pair("Hồ Văn Sáu", "Công an tỉnh Nghệ An", symmetric: true)), "\(extracted.summary)")
    }

    @Test("'A và B sẽ đón đoàn của C sang thăm': both bodies receive C's delegation")
    func delegationReceived() throws {
        let extracted = try Extracted(
            "Hội Nông dân tỉnh Long An và Hội Cựu chiến binh tỉnh Long An sẽ đón đoàn của Hội Nông dân tỉnh Tây Ninh sang thăm "
                + "và làm việc.")
        for host in ["Hội Nông dân tỉnh Long An", "Hội Cựu chiến binh tỉnh Long An"] {
            #expect(extracted.pairs(.metWith).contains(pair(host, "Hội Nông dân tỉnh Tây Ninh", symmetric: true)),
                "\(host): \(extracted.summary)")
        }
    }

    @Test("'ông A cùng Đoàn B có buổi làm việc với C': the person who comes with the body meets C too")
    func personWithTheBody() throws {
        let extracted = try Extracted(
            "Sáng 12-5, ông Lê Văn Tám cùng Đoàn đại biểu Quốc hội tỉnh Sóc Trăng có buổi làm việc với Công ty Điện lực Sóc Trăng.")
        #expect(extracted.pairs(.metWith).contains(pair("Lê Văn Tám", "Công ty Điện lực Sóc Trăng", symmetric: true)),
            "\(extracted.summary)")
    }

    @Test("'A phối hợp B <verb>': the body right after 'phối hợp' is the partner, without 'với'", arguments: [
        ("Sở Xây dựng tỉnh Nghệ An đã phối hợp Sở Giao thông vận tải tỉnh Nghệ An kiểm tra các bãi đỗ xe.",
            "Sở Xây dựng tỉnh Nghệ An", ["Sở Giao thông vận tải tỉnh Nghệ An"]),
        ("Sở Y tế tỉnh Nghệ An chủ trì, phối hợp Sở Tài chính tỉnh Nghệ An và Sở Nội vụ tỉnh Nghệ An thực hiện.",
            "Sở Y tế tỉnh Nghệ An", ["Sở Tài chính tỉnh Nghệ An", "Sở Nội vụ tỉnh Nghệ An"]),
    ])
    func partnerWithoutWith(text: String, subject: String, partners: [String]) throws {
        let extracted = try Extracted(text)
        for partner in partners {
            #expect(extracted.pairs(.cooperatesWith).contains(pair(subject, partner, symmetric: true)), "\(partner): \(extracted.summary)")
        }
    }

    @Test("'sự phối hợp của A, B' names the bodies that cooperate, not a partner of A")
    func cooperationOfAList() throws {
        let extracted = try Extracted("Bộ trưởng đánh giá cao sự phối hợp của Tỉnh ủy Hà Giang, UBND tỉnh Hà Giang và các ngành.")
        #expect(!extracted.pairs(.cooperatesWith).contains(pair("Tỉnh ủy Hà Giang", "Ủy ban nhân dân tỉnh Hà Giang", symmetric: true)),
            "\(extracted.summary)")
    }

    @Test("a body lies in the place in parentheses after it: a town written 'TX', a ward, an industrial park", arguments: [
        ("Người dân nghi ngờ Cty TNHH Minh Phát (TX Sông Cầu) xả thải ra môi trường.", "Công ty TNHH Minh Phát", "Sông Cầu"),
        ("Đoàn kiểm tra Công ty TNHH Hòa Lợi (phường Tân Chánh Hiệp, quận 12) đã phát hiện vi phạm.", "Công ty TNHH Hòa Lợi",
            "Tân Chánh Hiệp"),
        ("Bà Lê Thị Mai, Công ty TNHH Điện tử Sao Mai (Khu công nghiệp Bắc Thăng Long) phát biểu.", "Công ty TNHH Điện tử Sao Mai",
            "Khu công nghiệp Bắc Thăng Long"),
        ("Bệnh nhân đã tử vong tại Phòng khám đa khoa Hồng Ân (tỉnh Bình Phước) hôm qua.", "Phòng khám đa khoa Hồng Ân", "Bình Phước"),
    ])
    func placeInParentheses(text: String, body: String, place: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.pairs(.locatedIn).contains("\(body) → \(place)"), "\(extracted.summary)")
    }

    @Test("'TX' before a town the gazetteer knows is its unit word: the town is a place, in chains too")
    func townWrittenTX() throws {
        let extracted = try Extracted("Việc khai thác cát diễn ra tại xã Xuân Lâm và phường Xuân Thành, TX Sông Cầu.")
        for commune in ["Xuân Lâm", "Xuân Thành"] {
            #expect(extracted.pairs(.locatedIn).contains("\(commune) → Sông Cầu"), "\(commune): \(extracted.summary)")
        }
    }

    @Test("the territory's own body keeps lying in its territory, not in a ward in parentheses after it")
    func territorialBodyBeforeAWard() throws {
        let extracted = try Extracted("Chủ tịch UBND quận 12 (phường Tân Chánh Hiệp) đã ký quyết định.")
        #expect(!extracted.pairs(.locatedIn).contains("Ủy ban nhân dân quận 12 → Tân Chánh Hiệp"), "\(extracted.summary)")
    }

    @Test("comma-chained places the chain missed: a foreign city and its country, an island district, a numbered ward, 'H.'",
        arguments: [
            ("Hội nghị thượng đỉnh diễn ra tại Tokyo, Nhật Bản, hôm 14/5.", "Tokyo", "Nhật Bản"),
            ("Ngư dân gặp nạn gần huyện đảo Hòn Mây, tỉnh Khánh Hòa hôm 10-6.", "Hòn Mây", "Khánh Hòa"),
            ("Khu nhà nằm ở phường Dịch Vọng 2, quận Cầu Giấy.", "Dịch Vọng 2", "Cầu Giấy"),
            ("Nhà văn hóa xã Hòa Tiến, H. Hòa Vang (Đà Nẵng) bị xuống cấp.", "Hòa Tiến", "Hòa Vang"),
        ])
    func commaChainedPlaces(text: String, inner: String, outer: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.pairs(.locatedIn).contains("\(inner) → \(outer)"), "\(extracted.summary)")
    }

    @Test("a number after a ward's name and before a word counts something else: 'xã Tân Lập 2 ngày'")
    func numberAfterACommuneCountsDays() throws {
        let extracted = try Extracted("Đoàn công tác làm việc tại xã Tân Lập 2 ngày.")
        #expect(extracted.names(.place).contains("Tân Lập"), "\(extracted.summary)")
    }

    @Test("'N cơ quan X: ABC, DEF và GHI': the acronyms listed after a count of bodies are bodies, units of X")
    func acronymsListedAfterACountOfBodies() throws {
        let extracted = try Extracted(
            "Hiệp định được ký giữa Chính phủ Lào và 4 cơ quan Liên minh châu Âu: EIB, ECHO, OLAF và EDA Connect.")
        for unit in ["EIB", "ECHO", "OLAF", "EDA Connect"] {
            #expect(extracted.names(.organization).contains(unit), "\(unit): \(extracted.summary)")
            #expect(extracted.pairs(.partOf).contains("\(unit) → Liên minh châu Âu"), "\(unit): \(extracted.summary)")
        }
    }

    @Test("'N đơn vị của X: A, B và C': the bodies listed after a count of units are units of X")
    func bodiesListedAfterACountOfUnits() throws {
        let extracted = try Extracted(
            "Hội nghị có 3 đơn vị thuộc Đại học Quốc gia Hà Nội: Trường Đại học Khoa học Tự nhiên, Trường Đại học Ngoại ngữ "
                + "và Trường Đại học Kinh tế.")
        for unit in ["Trường Đại học Khoa học Tự nhiên", "Trường Đại học Ngoại ngữ", "Trường Đại học Kinh tế"] {
            #expect(extracted.pairs(.partOf).contains("\(unit) → Đại học Quốc gia Hà Nội"), "\(unit): \(extracted.summary)")
        }
    }

    @Test("an acronym after a colon that closes no count of bodies stays no body")
    func acronymAfterAQuotationColon() throws {
        let extracted = try Extracted("Ông Nguyễn Văn Bảy, Chủ tịch Liên minh châu Âu, cho biết: EIB sẽ cân nhắc thêm.")
        #expect(!extracted.names(.organization).contains("EIB"), "\(extracted.summary)")
        #expect(extracted.pairs(.partOf).isEmpty, "\(extracted.summary)")
    }

    @Test("'ông X thôi Title Org', 'thôi chức Title Org': the post the person leaves, held before", arguments: [
        ("Hội nghị đồng ý để ông Trần Văn Sáu thôi Ủy viên Ban Thường vụ Tỉnh ủy Lào Cai.", "Ban Thường vụ Tỉnh ủy Lào Cai", "Ủy viên"),
        ("Tỉnh ủy quyết định cho ông Trần Văn Sáu thôi chức Giám đốc Sở Y tế tỉnh Lào Cai.", "Sở Y tế tỉnh Lào Cai", "Giám đốc"),
    ])
    func postLeft(text: String, body: String, title: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.attributes("Trần Văn Sáu", .holdsPosition, body).contains { $0["title"] == title && $0["status"] == "former" },
            "\(extracted.summary)")
    }

    @Test("'Thẩm phán' is a title: 'ông X, Thẩm phán Tòa án nhân dân tỉnh Y'")
    func judge() throws {
        let extracted = try Extracted("Ông Lê Văn Năm, Thẩm phán Tòa án nhân dân tỉnh Lào Cai, cho biết như vậy.")
        #expect(extracted.attributes("Lê Văn Năm", .holdsPosition, "Tòa án nhân dân tỉnh Lào Cai").contains { $0["title"] == "Thẩm phán" },
            "\(extracted.summary)")
    }

    @Test("the issuer of a document: 'chỉ đạo của X (tại Công văn số D)', 'giấy phép số D ngày … do X (nay là Y) cấp'", arguments: [
        ("Sở Tài chính phải thực hiện chỉ đạo của UBND tỉnh Lào Cai (tại Công văn số 2211/UBND-KT ngày 3/6/2016).",
            "Ủy ban nhân dân tỉnh Lào Cai", "2211/UBND-KT"),
        ("Giấy phép số 582/GP-BCT ngày 22/12/2001 do Bộ Công Thương cấp cho công ty đã hết hạn.", "Bộ Công Thương", "582/GP-BCT"),
        ("Giấy phép số 123/GP-BTM ngày 2/3/1995 do Bộ Thương mại (nay là Bộ Công Thương) cấp cho công ty.", "Bộ Thương mại",
            "123/GP-BTM"),
    ])
    func issuerOfADocument(text: String, issuer: String, document: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.pairs(.issued).contains("\(issuer) → \(document)"), "\(extracted.summary)")
    }

    @Test("'bổ nhiệm ông X vào chức danh Title Org': the post the person takes")
    func appointedToAPost() throws {
        let extracted = try Extracted("Chủ tịch nước đã bổ nhiệm ông Lê Văn Năm vào chức danh Thẩm phán Tòa án nhân dân tối cao.")
        #expect(extracted.attributes("Lê Văn Năm", .holdsPosition, "Tòa án nhân dân tối cao").contains { $0["title"] == "Thẩm phán" },
            "\(extracted.summary)")
    }

    @Test("'Chánh tòa Hình sự TAND X': the court's division is a unit, the holder's post is in it, and it is part of the court")
    func headOfACourtDivision() throws {
        let extracted = try Extracted("Ông Đỗ Văn Hai, nguyên Chánh Tòa Kinh tế Tòa án nhân dân tỉnh Lào Cai, khẳng định như vậy.")
        let unit = "Tòa Kinh tế Tòa án nhân dân tỉnh Lào Cai"
        #expect(extracted.attributes("Đỗ Văn Hai", .holdsPosition, unit).contains { $0["title"] == "Chánh Tòa" }, "\(extracted.summary)")
        #expect(extracted.pairs(.partOf).contains("\(unit) → Tòa án nhân dân tỉnh Lào Cai"), "\(extracted.summary)")
    }

    @Test("'Tòa' alone, the court of the trial, names no body")
    func bareCourt() throws {
        let extracted = try Extracted("Sau hai ngày xét xử, Tòa tuyên phạt bị cáo Nguyễn Văn Hai 5 năm tù.")
        #expect(extracted.names(.organization).isEmpty, "\(extracted.summary)")
    }
}
