import MekongPluginAPI
import Testing

/// Shapes that unseen news writes and the grammar misread (issue 7, sixteenth session: three draws of unread articles,
/// two of Dân trí 2020–21 and one of baomoi 2017), each on a sentence written for the test: names read over a head's
/// acronym in parentheses, over fields listed with commas and "và", over the epidemic a steering committee fights;
/// where names end (academic titles, "Hà Nội" or a one-syllable place before other words, clause verbs, a university's
/// namesake, words whose first syllable is a head); bodies spread over provinces or implied by a school's head; careers,
/// posts after a dash and "ông", a principal's post, duties after a semicolon; letters' symbols.
@Suite("Names of general grammar, sixteenth session")
struct UnseenNewsSixteenthSessionTests {
    @Test("'Châu Thành, Tiền Giang': a district name ten provinces share lies in the province written after it")
    func sharedDistrictNameWithItsProvince() throws {
        let extracted = try Extracted("Mưa lớn gây ngập tại Châu Thành, Tiền Giang vào chiều qua.")
        #expect(extracted.mentions(.place, named: "Châu Thành").map { $0.attributes["province"] } == ["Tiền Giang"],
                "\(extracted.summary)")
        #expect(extracted.pairs(.locatedIn).contains("Châu Thành → Tiền Giang"), "\(extracted.summary)")
    }

    @Test("'huyện Châu Thành': a shared district name takes the one of its provinces the article names, else none")
    func sharedDistrictNameInFocus() throws {
        let named = try Extracted("Chủ tịch UBND tỉnh Bến Tre đã về thăm huyện Châu Thành.")
        #expect(named.mentions(.place, named: "Châu Thành").map { $0.attributes["province"] } == ["Bến Tre"], "\(named.summary)")
        // Two of its provinces named: which one is not said, so none is given (the gazetteer's first is Tây Ninh).
        let two = try Extracted("Đoàn công tác đến huyện Châu Thành kiểm tra. Sau đó đoàn về Tây Ninh và Long An.")
        #expect(two.mentions(.place, named: "Châu Thành").map { $0.attributes["province"] } == [nil], "\(two.summary)")
        #expect(!two.pairs(.locatedIn).contains("Châu Thành → Tây Ninh"), "\(two.summary)")
    }

    @Test("'trải qua nhiều vị trí như T1 O1, T2 O2', 'T1 O1 rồi T2 O2': every post of a career list is the person's")
    func careerListedAfterPostsInGeneral() throws {
        let extracted = try Extracted(
            "Ông Trần Tuấn Dương trải qua nhiều vị trí quan trọng như Phó Giám đốc Công ty TNHH Nội thất Hòa Phát, Giám đốc "
                + "Công ty TNHH Thiết bị Phụ tùng Hòa Phát.")
        #expect(extracted.attributes("Trần Tuấn Dương", .holdsPosition, "Công ty TNHH Nội thất Hòa Phát") == [["title": "Phó Giám đốc"]],
                "\(extracted.summary)")
        #expect(extracted.attributes("Trần Tuấn Dương", .holdsPosition, "Công ty TNHH Thiết bị Phụ tùng Hòa Phát") == [["title": "Giám đốc"]],
                "\(extracted.summary)")
        let then = try Extracted("Ông Lê Văn Hòa từng là Phó Giám đốc Sở Y tế tỉnh Nghệ An rồi Giám đốc Sở Tài chính tỉnh Nghệ An.")
        #expect(then.attributes("Lê Văn Hòa", .holdsPosition, "Sở Tài chính tỉnh Nghệ An") == [["title": "Giám đốc"]], "\(then.summary)")
    }

    @Test("'Phó Giám đốc ĐHQG Hà Nội Phạm Bảo Sơn': ĐHQG is Đại học Quốc gia, whose name the place completes")
    func nationalUniversityAbbreviated() throws {
        let extracted = try Extracted("Cùng dự có Phó Giám đốc ĐHQG Hà Nội Phạm Bảo Sơn.")
        #expect(extracted.attributes("Phạm Bảo Sơn", .holdsPosition, "Đại học Quốc gia Hà Nội") == [["title": "Phó Giám đốc"]],
                "\(extracted.summary)")
    }

    @Test("'ông A, Bộ Trưởng Bộ Khoa học và Công nghệ': a head's title written in capitals is a post, not a body")
    func headsTitleInCapitals() throws {
        let extracted = try Extracted("Đoàn công tác do ông Huỳnh Thành Đạt, Bộ Trưởng Bộ Khoa học và Công nghệ làm trưởng đoàn.")
        #expect(extracted.names(.organization) == ["Bộ Khoa học và Công nghệ"], "\(extracted.summary)")
        #expect(extracted.attributes("Huỳnh Thành Đạt", .holdsPosition, "Bộ Khoa học và Công nghệ") == [["title": "Bộ Trưởng"]],
                "\(extracted.summary)")
    }

    @Test("'Hiệu trưởng Trường ĐH Mở Hà Nội PGS.TS Nguyễn Mai Hương': the academic title ends the body and opens the holder's name")
    func academicTitleBetweenBodyAndHolder() throws {
        let extracted = try Extracted("Hiệu trưởng Trường ĐH Mở Hà Nội PGS.TS Nguyễn Mai Hương cho biết trường sẽ tự chủ.")
        #expect(extracted.names(.person) == ["Nguyễn Mai Hương"], "\(extracted.summary)")
        #expect(extracted.attributes("Nguyễn Mai Hương", .holdsPosition, "Trường Đại học Mở Hà Nội") == [["title": "Hiệu trưởng"]],
                "\(extracted.summary)")
    }

    @Test("'Giám đốc Sở Y tế Hà Nội Trần Văn B': 'Hà Nội' closes the body's name before the holder's, though 'Hà' is a family name")
    func hanoiBeforeTheHoldersName() throws {
        let extracted = try Extracted("Giám đốc Sở Y tế Hà Nội Trần Văn Bình cho hay thành phố đã tiêm 1 triệu liều.")
        #expect(extracted.names(.person) == ["Trần Văn Bình"], "\(extracted.summary)")
        #expect(extracted.attributes("Trần Văn Bình", .holdsPosition, "Sở Y tế Hà Nội") == [["title": "Giám đốc"]], "\(extracted.summary)")
    }

    @Test("'Ủy ban nhân dân (UBND) tỉnh X', 'Hội đồng quản trị (HĐQT) Tập đoàn Y': the name goes on after the head's acronym", arguments: [
        ("Ủy ban nhân dân (UBND) tỉnh Nghệ An vừa có công văn gửi các sở.", "Ủy ban nhân dân tỉnh Nghệ An"),
        ("Ủy ban Kiểm tra (UBKT) Thành ủy Hà Nội vừa họp kỳ thứ 12.", "Ủy ban Kiểm tra Thành ủy Hà Nội"),
        ("Hội đồng quản trị (HĐQT) Tập đoàn Hòa Phát hôm nay vừa ban hành nghị quyết.", "Hội đồng quản trị Tập đoàn Hòa Phát"),
    ])
    func headsAcronymInsideTheName(text: String, name: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.organization).first == name, "\(extracted.summary)")
    }

    @Test("'Ủy ban nhân dân (UBND) tỉnh Nghệ An': one mention spans the whole name and carries 'UBND tỉnh Nghệ An' as an alias")
    func headsAcronymNamesTheBodyAgain() throws {
        let extracted = try Extracted(
            "Ủy ban nhân dân (UBND) tỉnh Nghệ An vừa có công văn. Chủ tịch UBND tỉnh Nguyễn Đức Trung cho biết sẽ xử lý nghiêm.")
        let whole = extracted.mentions(.organization, named: "Ủy ban nhân dân tỉnh Nghệ An").filter {
            $0.text == "Ủy ban nhân dân (UBND) tỉnh Nghệ An"
        }
        #expect(whole.count == 1 && whole[0].aliases.contains("UBND tỉnh Nghệ An"), "\(extracted.summary)")
        // The bare "UBND tỉnh" of the next sentence is that body.
        #expect(extracted.pairs(.holdsPosition).contains("Nguyễn Đức Trung → Ủy ban nhân dân tỉnh Nghệ An"), "\(extracted.summary)")
    }

    @Test("'Giám đốc bệnh viện Bạch Mai Nguyễn Quang Tuấn': the body keeps two syllables, the holder's name has three")
    func bodysSecondSyllableBeforeACommonFamilyName() throws {
        let extracted = try Extracted("Giám đốc bệnh viện Bạch Mai Nguyễn Quang Tuấn cho biết bệnh viện đã sẵn sàng.")
        #expect(extracted.names(.person) == ["Nguyễn Quang Tuấn"], "\(extracted.summary)")
        #expect(extracted.attributes("Nguyễn Quang Tuấn", .holdsPosition, "Bệnh viện Bạch Mai") == [["title": "Giám đốc"]],
                "\(extracted.summary)")
    }

    @Test("'Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh X': the epidemic a steering committee fights is part of its name", arguments: [
        ("Ban chỉ đạo phòng, chống dịch Covid-19 tỉnh Hà Nam họp khẩn chiều nay.", "Ban chỉ đạo phòng, chống dịch Covid-19 tỉnh Hà Nam"),
        ("Ban Chỉ đạo phòng chống dịch bệnh Covid-19 huyện Lý Nhân chủ trì cuộc họp.", "Ban Chỉ đạo phòng chống dịch bệnh Covid-19 huyện Lý Nhân"),
        ("Ông Nguyễn Thanh Long, Phó trưởng Ban Thường trực Ban Chỉ đạo Quốc gia phòng chống dịch Covid-19 cho biết như vậy.",
         "Ban Chỉ đạo Quốc gia phòng chống dịch Covid-19"),
    ])
    func epidemicSteeringCommittee(text: String, name: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.organization) == [name], "\(extracted.summary)")
    }

    @Test("Bodies whose names the lexicon now carries: a party congress's subcommittee, compounds of health and elections", arguments: [
        ("Đại diện Tiểu ban Nhân sự cho biết như vậy.", "Tiểu ban Nhân sự"),
        ("Đại diện Trung tâm Đáp ứng khẩn cấp sự kiện y tế công cộng Việt Nam cho biết như vậy.",
         "Trung tâm Đáp ứng khẩn cấp sự kiện y tế công cộng Việt Nam"),
        ("Theo Hội đồng bầu cử quốc gia, danh sách đã được công bố.", "Hội đồng Bầu cử quốc gia"),
    ])
    func bodiesOfTheLexicon(text: String, name: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.organization) == [name], "\(extracted.summary)")
    }

    @Test("'Đại học Huế giữ vai trò', 'Hội đồng Đại học Huế nhiệm kỳ …': a one-syllable place ends the name before lower-case words", arguments: [
        ("Phó Giám đốc Đại học Huế giữ chức vụ Chủ tịch hội đồng.", "Đại học Huế"),
        ("Ông Huỳnh Văn Chương, Chủ tịch Hội đồng Đại học Huế nhiệm kỳ 2020-2025 phát biểu.", "Hội đồng Đại học Huế"),
        ("Trường Đại học Vinh giữ vai trò đầu tàu của khu vực.", "Trường Đại học Vinh"),
    ])
    func oneSyllablePlaceEndsTheName(text: String, name: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.organization).contains(name), "\(extracted.summary)")
        #expect(extracted.names(.organization).allSatisfy { !$0.hasPrefix(name + " ") }, "\(extracted.summary)")
    }

    @Test("'Sở Tư pháp các tỉnh A, B, C': a department spread over listed provinces is one department of each")
    func departmentSpreadOverProvinces() throws {
        let extracted = try Extracted("Cục Hộ tịch đã có công văn gửi Sở Tư pháp các tỉnh Hà Tĩnh, Quảng Bình và Quảng Trị hướng dẫn báo cáo.")
        for province in ["Hà Tĩnh", "Quảng Bình", "Quảng Trị"] {
            #expect(extracted.names(.organization).contains("Sở Tư pháp tỉnh \(province)"), "\(extracted.summary)")
        }
    }

    @Test("'Sở Tư pháp chỉ đạo cơ quan …': a verb of the clause after the name's own words is no part of it")
    func clauseVerbAfterTheName() throws {
        let extracted = try Extracted("Thì Sở Tư pháp chỉ đạo cơ quan đăng ký hộ tịch tổng hợp lại số liệu.")
        #expect(extracted.names(.organization) == ["Sở Tư pháp"], "\(extracted.summary)")
    }

    @Test("'Hiệu trưởng Trường ĐH Tôn Đức Thắng đối với TS A', 'Hiệu trưởng trường ĐH Bách khoa': a university's namesake is no holder")
    func universityNamedAfterAPerson() throws {
        let namesake = try Extracted(
            "Tổng Liên đoàn có quyết định công nhận quyền Hiệu trưởng Trường ĐH Tôn Đức Thắng đối với TS Trần Trọng Đạo.")
        #expect(namesake.names(.person) == ["Trần Trọng Đạo"], "\(namesake.summary)")
        #expect(namesake.names(.organization) == ["Trường Đại học Tôn Đức Thắng"], "\(namesake.summary)")
        let bare = try Extracted("Bộ Giáo dục trả lời về hiệu trưởng ĐH Tôn Đức Thắng bị đình chỉ chức vụ.")
        #expect(bare.names(.person).isEmpty, "\(bare.summary)")
        let lowercase = try Extracted("Ông Lê Vinh Danh, Hiệu trưởng trường ĐH Bách khoa cho biết như vậy.")
        #expect(lowercase.attributes("Lê Vinh Danh", .holdsPosition, "Trường Đại học Bách khoa") == [["title": "Hiệu trưởng"]],
                "\(lowercase.summary)")
    }

    @Test("'ông A, Hiệu trưởng, cho biết': a school's head with no body, in an article about one school, heads that school")
    func schoolHeadInFocus() throws {
        let one = try Extracted("Ông Nguyễn Văn An, Hiệu trưởng, cho biết Trường THPT Chu Văn An sẽ tuyển 500 học sinh lớp 10.")
        #expect(one.attributes("Nguyễn Văn An", .holdsPosition, "Trường THPT Chu Văn An") == [["title": "Hiệu trưởng"]], "\(one.summary)")
        // Two schools named: which one is not said.
        let two = try Extracted("Ông Nguyễn Văn An, Hiệu trưởng, cho biết Trường THPT Chu Văn An và Trường THCS Cầu Giấy sẽ phối hợp.")
        #expect(two.pairs(.holdsPosition).isEmpty, "\(two.summary)")
    }

    @Test("'Cục Quản lý nợ và Tài chính đối ngoại': 'và' after a name's open lower-case word joins the compounds after it")
    func openWordJoinedByAnd() throws {
        let extracted = try Extracted("Bà Nguyễn Xuân Thảo, Phó Cục trưởng Cục Quản lý nợ và Tài chính đối ngoại, Bộ Tài chính cho biết như vậy.")
        #expect(extracted.attributes("Nguyễn Xuân Thảo", .holdsPosition, "Cục Quản lý nợ và Tài chính đối ngoại")
                    == [["title": "Phó Cục trưởng"]], "\(extracted.summary)")
        #expect(extracted.pairs(.partOf).contains("Cục Quản lý nợ và Tài chính đối ngoại → Bộ Tài chính"), "\(extracted.summary)")
    }

    @Test("'Thừa ủy quyền của Thủ tướng Chính phủ, Bộ trưởng Công Thương A': the principal's post is not A's")
    func authorizedByAnotherPost() throws {
        let extracted = try Extracted("Thừa ủy quyền của Thủ tướng Chính phủ, Bộ trưởng Công Thương Trần Tuấn Anh đã trả lời các câu hỏi.")
        #expect(extracted.pairs(.holdsPosition) == ["Trần Tuấn Anh → Bộ Công Thương"], "\(extracted.summary)")
    }

    @Test("'Trường hợp …', 'Ban đầu, …': a head's syllable in a common word opens no body, for the grammar or the tagger")
    func headSyllableInACommonWord() throws {
        let extracted = try Extracted("Trường hợp China Eximbank không đồng ý thì sao. Ban đầu, Sở Tư pháp tỉnh Hà Nam không đồng ý.")
        #expect(!extracted.names(.organization).contains { $0.hasPrefix("Trường hợp") || $0.hasPrefix("Ban đầu") }, "\(extracted.summary)")
        #expect(extracted.names(.organization).contains("Sở Tư pháp tỉnh Hà Nam"), "\(extracted.summary)")
        // A capitalized second syllable names a body: "Hội Trường Sơn" is an association.
        let association = try Extracted("Ông Vũ Hồng Thái, Chủ tịch Hội Trường Sơn tỉnh Thái Bình đã báo cáo.")
        #expect(association.names(.organization) == ["Hội Trường Sơn tỉnh Thái Bình"], "\(association.summary)")
    }

    @Test("'Trong đó, Sở A cần …; phối hợp với Cục B, Cục C …': a duty after a semicolon is the opening body's")
    func dutyAfterASemicolon() throws {
        let extracted = try Extracted("Trong đó, Sở Thông tin - Truyền thông cần tăng cường quản lý phóng viên thường trú; phối hợp với "
            + "Cục Báo chí, Cục PT-TH kiểm tra các văn phòng đại diện.")
        #expect(extracted.pairs(.cooperatesWith) == [
            pair("Cục Báo chí", "Sở Thông tin - Truyền thông", symmetric: true), pair("Cục PT-TH", "Sở Thông tin - Truyền thông", symmetric: true),
        ], "\(extracted.summary)")
    }

    @Test("'Chủ tịch UBND tỉnh X - ông A': a post, a dash and the honorific before the holder's name")
    func postDashHonorificName() throws {
        let extracted = try Extracted("Chủ tịch UBND tỉnh Nghệ An - ông Nguyễn Đức Trung đã đề cập đến việc này.")
        #expect(extracted.attributes("Nguyễn Đức Trung", .holdsPosition, "Ủy ban nhân dân tỉnh Nghệ An") == [["title": "Chủ tịch"]],
                "\(extracted.summary)")
    }

    @Test("'Trưởng BCĐ phòng chống dịch tỉnh X A': BCĐ is Ban Chỉ đạo, and the head of it is 'Trưởng Ban'")
    func steeringCommitteeAbbreviated() throws {
        let extracted = try Extracted("Trưởng BCĐ phòng chống dịch tỉnh Hà Nam Nguyễn Văn An cho biết tỉnh đã lập chốt.")
        #expect(extracted.attributes("Nguyễn Văn An", .holdsPosition, "Ban Chỉ đạo phòng chống dịch tỉnh Hà Nam") == [["title": "Trưởng Ban"]],
                "\(extracted.summary)")
    }

    @Test("'Trường Đại học X' and 'Đại học X', 'Công ty cổ phần Tập đoàn Y' and 'Tập đoàn Y': one body's two names, no part_of")
    func fullerNameOfTheSameBody() throws {
        let school = try Extracted("Trường Đại học Mở Hà Nội vừa công bố. Đại học Mở Hà Nội có 19 thành viên hội đồng.")
        #expect(!school.pairs(.partOf).contains("Trường Đại học Mở Hà Nội → Đại học Mở Hà Nội"), "\(school.summary)")
        let company = try Extracted("Công ty cổ phần Tập đoàn Hòa Phát vừa họp. Tập đoàn Hòa Phát cho biết như vậy.")
        #expect(!company.pairs(.partOf).contains("Công ty cổ phần Tập đoàn Hòa Phát → Tập đoàn Hòa Phát"), "\(company.summary)")
    }

    @Test("'Trưởng phòng Phòng Thanh tra hành chính': the title's 'phòng' is not the unit's head written twice")
    func unitHeadAfterItsTitle() throws {
        let extracted = try Extracted("Ông Đặng Quốc Tuấn - Trưởng phòng Phòng Thanh tra hành chính (Thanh tra Bộ Tư pháp) được giao làm trưởng đoàn.")
        #expect(extracted.attributes("Đặng Quốc Tuấn", .holdsPosition, "Phòng Thanh tra hành chính") == [["title": "Trưởng phòng"]],
                "\(extracted.summary)")
        #expect(!extracted.names(.organization).contains { $0.hasPrefix("Phòng Phòng") }, "\(extracted.summary)")
    }

    @Test("'6386/BNV- CCVC', '2520/UBND/GPMB': an issuer's code after a stray space, and a unit's code after the issuer's", arguments: [
        ("Thứ trưởng đã ký văn bản số 6386/BNV- CCVC về việc xử lý tồn tại.", "6386/BNV-CCVC"),
        ("Chủ tịch UBND thành phố đã ký văn bản 2520/UBND/GPMB báo cáo tỉnh.", "2520/UBND/GPMB"),
    ])
    func documentSymbolsOfLetters(text: String, symbol: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.document) == [symbol], "\(extracted.summary)")
    }

    @Test("'Đại học Mở tập trung đào tạo': a capitalized word's next syllable that opens a verb of the clause is not its own")
    func verbAfterACapitalizedWord() throws {
        let extracted = try Extracted("Đại học Mở tập trung đào tạo từ xa cho người đi làm.")
        #expect(extracted.names(.organization) == ["Đại học Mở"], "\(extracted.summary)")
    }

    @Test("'T&T Group': an ampersand glued between capitals is part of a company named by its English form")
    func ampersandInACompanysName() throws {
        let extracted = try Extracted("Đoàn công tác của T&T Group đã tới thăm các lực lượng trên đảo.")
        #expect(extracted.names(.organization) == ["T&T Group"], "\(extracted.summary)")
    }

    @Test("'Cục Hộ tịch, quốc tịch và chứng thực': a name's fields listed with commas and closed by 'và' are the name's", arguments: [
        ("Cục Hộ tịch, quốc tịch và chứng thực đã có công văn gửi các sở.", "Cục Hộ tịch, quốc tịch và chứng thực"),
        ("Đại diện Bộ Giáo dục, văn hóa, thể thao, khoa học và công nghệ Nhật Bản đã ký.",
         "Bộ Giáo dục, văn hóa, thể thao, khoa học và công nghệ Nhật Bản"),
    ])
    func fieldsListedInAName(text: String, name: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.organization).first == name, "\(extracted.summary)")
    }
}
