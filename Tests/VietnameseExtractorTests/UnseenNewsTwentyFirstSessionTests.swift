import MekongPluginAPI
import Testing

/// Names and facts about entities the text does not have (issue 7's "traps stay 0", twenty-first session), each on a
/// sentence written for the test after a shape of the development corpus.
@Suite("Traps and lists of bodies, twenty-first session")
struct UnseenNewsTwentyFirstSessionTests {
    @Test("'các tuyến đường Trường Chinh, Phạm Văn Bạch': a street list that a name without a family name opens holds no person")
    func streetListOpenedByUnknownFamily() throws {
        let streets = try Extracted("Ông Cường đề nghị mở thêm cổng trên các tuyến đường Trường Chinh, Phạm Văn Bạch (quận Tân Bình).")
        #expect(streets.names(.person).isEmpty, "\(streets.summary)")
        let other = try Extracted("Dự án nằm trên đường Cộng Hòa, Phạm Văn Bạch cho biết ông đã được mời.")
        #expect(other.names(.person).isEmpty, "\(other.summary)")
        // A person named after the street's sentence is still one.
        let person = try Extracted("Dự án nằm trên đường Cộng Hòa. Ông Phạm Văn Bạch cho biết.")
        #expect(person.names(.person) == ["Phạm Văn Bạch"], "\(person.summary)")
    }

    @Test("'- Ảnh: Lê Kiên Hai thủ tướng khẳng định': a glued credit's last syllable opened the next sentence")
    func gluedCredit() throws {
        let glued = try Extracted("Hai thủ tướng họp báo chung - Ảnh: Lê Kiên Hai thủ tướng khẳng định cuộc hội đàm kết thúc tốt đẹp.")
        #expect(glued.names(.person) == ["Lê Kiên"], "\(glued.summary)")
        // Without the credit, or followed by punctuation, the name is whole.
        let named = try Extracted("Đoàn kiểm tra làm việc tại xã - Ảnh: Nguyễn Văn Hai. Ông Lê Văn Hai cho biết sẽ kiểm tra.")
        #expect(Set(named.names(.person)) == ["Nguyễn Văn Hai", "Lê Văn Hai"], "\(named.summary)")
    }

    @Test("'gặp Thủ tướng A ở New York có Kurt Campbell, …, nay là Chủ tịch Asia Group': the post is not A's")
    func unreadForeignNameStopsTheChain() throws {
        // A foreign name no extractor reads (no given name of the lexicon opens it) stops the chain.
        let met = try Extracted(
            "Các nhà tài phiệt gặp Thủ tướng Nguyễn Xuân Phúc ở New York có Zbigniew Kowalczyk, một trong những kiến trúc sư "
                + "của chiến lược dưới thời Obama, nay là Chủ tịch Asia Group.")
        #expect(met.pairs(.holdsPosition).allSatisfy { !$0.contains("Asia Group") }, "\(met.summary)")
        // Read as a person (twenty-second session: "Kurt" is a given name of the lexicon), the name takes the post.
        let read = try Extracted(
            "Các nhà tài phiệt gặp Thủ tướng Nguyễn Xuân Phúc ở New York có Kurt Campbell, một trong những kiến trúc sư của "
                + "chiến lược dưới thời Obama, nay là Chủ tịch Asia Group.")
        #expect(read.pairs(.holdsPosition).filter { $0.contains("Asia Group") } == ["Kurt Campbell → Asia Group"], "\(read.summary)")
        // Capitalized Vietnamese words no extractor reads are no stop of this kind: the post after "là" is the subject's.
        let own = try Extracted("Ông Nguyễn Văn An, quê Làng Sen, nay là Chủ tịch Tập đoàn Hòa Phát.")
        #expect(own.pairs(.holdsPosition).contains { $0.hasPrefix("Nguyễn Văn An") && $0.hasSuffix("Tập đoàn Hòa Phát") },
            "\(own.summary)")
    }

    @Test("'7 trường THCS ở Hà Nội …, gồm Chu Văn An, Cầu Giấy, Ngô Sĩ Liên': schools of the plural head, no person or district")
    func schoolsListedAfterPluralHead() throws {
        let schools = try Extracted(
            "Năm học này, 7 trường THCS ở Hà Nội đang thực hiện đề án thí điểm tại trường THCS trên địa bàn thành phố, gồm "
                + "Chu Văn An, Cầu Giấy, Nghĩa Tân, Ngô Sĩ Liên, Thanh Xuân và hệ THCS của trường THPT chuyên Hà Nội - Amsterdam.")
        let names = Set(schools.names(.organization))
        for school in ["Chu Văn An", "Cầu Giấy", "Nghĩa Tân", "Ngô Sĩ Liên", "Thanh Xuân"] {
            #expect(names.contains("Trường THCS " + school), "\(schools.summary)")
        }
        #expect(schools.names(.person).isEmpty, "\(schools.summary)")
        #expect(!schools.names(.place).contains("Thanh Xuân") && !schools.names(.place).contains("Nghĩa Tân"), "\(schools.summary)")
        // "gồm" after a singular head lists no bodies of it.
        let people = try Extracted("Đoàn công tác của trường THCS gồm Nguyễn Văn An, Trần Thị Bình.")
        #expect(people.names(.organization).allSatisfy { !$0.hasPrefix("Trường THCS Nguyễn") }, "\(people.summary)")
    }

    @Test("'gồm Tổng công ty: DIC, Sông Hồng, Xây dựng Hà Nội và VICEM': one head, a colon, the bodies by their own names")
    func bodiesAfterHeadAndColon() throws {
        let companies = try Extracted("Các doanh nghiệp này gồm Tổng công ty: DIC, Sông Hồng, Xây dựng Hà Nội và VICEM.")
        #expect(Set(companies.names(.organization)) == [
            "Tổng công ty DIC", "Tổng công ty Sông Hồng", "Tổng công ty Xây dựng Hà Nội", "Tổng công ty VICEM",
        ], "\(companies.summary)")
        // A head and a colon after another word ("Theo …:") open no list of its bodies.
        let said = try Extracted("Theo Tổng công ty: Hà Nội, Hải Phòng và Đà Nẵng đã hoàn thành kế hoạch.")
        #expect(said.names(.organization).allSatisfy { !$0.hasPrefix("Tổng công ty ") }, "\(said.summary)")
    }

    @Test("'BCH Đoàn thanh niên Cộng sản Hồ Chí Minh': the Youth Union, known in any case, holds no person")
    func youthUnion() throws {
        let union = try Extracted("Sinh viên là đại diện BCH Đoàn thanh niên Cộng sản Hồ Chí Minh của trường.")
        #expect(union.names(.person).isEmpty, "\(union.summary)")
        #expect(union.names(.organization).contains("Đoàn Thanh niên Cộng sản Hồ Chí Minh"), "\(union.summary)")
    }
}

extension UnseenNewsTwentyFirstSessionTests {
    @Test("'Trung ương Hội Sinh viên Việt Nam': the central committee, part of the association named inside it, and a party of a list")
    func centralCommitteeOfMassOrganization() throws {
        let listed = try Extracted(
            "Ngày 11/6, Bộ GD&ĐT, Trung ương Hội Sinh viên Việt Nam, Báo Thanh niên, Tập đoàn Thiên Long phối hợp tổ chức Lễ ra quân.")
        #expect(listed.pairs(.partOf).contains("Trung ương Hội Sinh viên Việt Nam → Hội Sinh viên Việt Nam"), "\(listed.summary)")
        #expect(listed.pairs(.cooperatesWith).contains("Báo Thanh niên → Trung ương Hội Sinh viên Việt Nam"), "\(listed.summary)")
        // The lexicon's own central bodies stay as it names them.
        let known = try Extracted("Trung ương Đoàn đã tổ chức lễ kỷ niệm.")
        #expect(known.names(.organization) == ["Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"], "\(known.summary)")
    }

    @Test("'Giám đốc Bệnh viện A cho biết đã phối hợp với Công an tỉnh': the body reports its cooperation; 'buổi làm việc đầu tiên với B'")
    func reportedCooperationAndFirstMeeting() throws {
        let reported = try Extracted(
            "Ông Trương Quý Dương, Giám đốc Bệnh viện Đa khoa tỉnh Hòa Bình cho biết đã phối hợp với Công an tỉnh Hòa Bình.")
        #expect(reported.pairs(.cooperatesWith) == ["Bệnh viện Đa khoa tỉnh Hòa Bình → Công an tỉnh Hòa Bình"], "\(reported.summary)")
        let first = try Extracted("Hôm nay, Thủ tướng Phạm Minh Chính có buổi làm việc đầu tiên với Bộ Giao thông vận tải.")
        #expect(first.pairs(.metWith).contains("Bộ Giao thông vận tải → Phạm Minh Chính"), "\(first.summary)")
    }
}

extension UnseenNewsTwentyFirstSessionTests {
    @Test("'Pang Zhongying, một chuyên gia …', 'nhà lãnh đạo Kim Jong-un', 'người tiền nhiệm Barack Obama': foreign persons")
    func foreignNamesByApposition() throws {
        let named = try Extracted(
            "Động thái trái ngược với người tiền nhiệm Barack Obama. Pang Zhongying, một chuyên gia về các vấn đề Mỹ, nói. "
                + "Theo tờ báo, nhà lãnh đạo Kim Jong-un đã cách chức nhiều quan chức.")
        #expect(Set(named.names(.person)) == ["Barack Obama", "Pang Zhongying", "Kim Jong-un"], "\(named.summary)")
        // A foreign brand before such an apposition is no person: the apposition must say what a person is.
        let brand = try Extracted("Apple Music, một dịch vụ nghe nhạc, đã ra mắt.")
        #expect(brand.names(.person).isEmpty, "\(brand.summary)")
    }

    @Test("telecom operators and foreign outlets named alone ('họp với FPT Telecom, CMC, Gtel, Vietnamobile', 'theo tờ JoongAng Ilbo')")
    func operatorsAndOutlets() throws {
        let met = try Extracted(
            "Lãnh đạo Cục Viễn thông đã có buổi họp với FPT Telecom, CMC, Gtel, Vietnamobile, Đông Dương Telecom. Theo tờ JoongAng Ilbo, RFA đưa tin.")
        #expect(Set(met.names(.organization)).isSuperset(of: [
            "FPT Telecom", "CMC Telecom", "Gtel", "Vietnamobile", "Đông Dương Telecom", "JoongAng Ilbo", "RFA",
        ]), "\(met.summary)")
        #expect(met.pairs(.metWith).contains("Cục Viễn thông → Vietnamobile"), "\(met.summary)")
    }
}

extension UnseenNewsTwentyFirstSessionTests {
    @Test("'xã Hòa Thạch Đỗ Văn Dương': a family name in the commune's name; 'phường Ông Lê Huỳnh Minh Tú' keeps the four-syllable name")
    func communeThenHolder() throws {
        let commune = try Extracted("Chủ tịch Ủy ban MTTQ xã Hòa Thạch Đỗ Văn Dương cho biết.")
        #expect(commune.names(.person) == ["Đỗ Văn Dương"], "\(commune.summary)")
        #expect(commune.names(.place) == ["Hòa Thạch"], "\(commune.summary)")
        let ward = try Extracted("Giao trách nhiệm cho chủ tịch phường Ông Lê Huỳnh Minh Tú, Phó Chủ tịch UBND quận 12, cho biết.")
        #expect(ward.names(.person) == ["Lê Huỳnh Minh Tú"], "\(ward.summary)")
    }

    @Test("'UBND X.Điền Hải', 'Phòng NN & PTNT H. Quảng Điền': abbreviated unit words inside names")
    func abbreviatedUnitsInsideNames() throws {
        let units = try Extracted(
            "Ông Nguyễn Xuân Công, Chủ tịch UBND X.Điền Hải cho biết. Ông Hoàng Vọng, Phó Trưởng Phòng NN & PTNT H. Quảng Điền cho biết.")
        #expect(units.pairs(.holdsPosition) == [
            "Nguyễn Xuân Công → Ủy ban nhân dân xã Điền Hải", "Hoàng Vọng → Phòng NN & PTNT huyện Quảng Điền",
        ], "\(units.summary)")
        // "X." is a commune's letter only glued to the name: an initial with a space after it is no unit.
        let initial = try Extracted("Ông Nguyễn Văn X. Bình cho biết.")
        #expect(initial.names(.place).isEmpty, "\(initial.summary)")
    }

    @Test("'Ban Chỉ đạo Tây Nam bộ'; '… Cục Quản lý chất lượng Cũng theo ông Hồng': a region in a name, a glued sentence's 'Cũng'")
    func regionInNameAndGluedCung() throws {
        let names = try Extracted(
            "Theo Ban Chỉ đạo Tây Nam bộ, tình hình ổn định. Ông Sái Công Hồng, Phó Cục trưởng Cục Quản lý chất lượng Cũng theo ông Hồng, kỳ thi an toàn.")
        #expect(Set(names.names(.organization)) == ["Ban Chỉ đạo Tây Nam bộ", "Cục Quản lý chất lượng"], "\(names.summary)")
    }
}

extension UnseenNewsTwentyFirstSessionTests {
    @Test("'Thứ trưởng A và lãnh đạo Cục B đã có buổi họp với C': the official and the body both meet C")
    func officialJoinedToBodysLeaders() throws {
        let met = try Extracted("Ngày 7/2, Thứ trưởng Bộ TT&TT Phan Tâm và lãnh đạo Cục Viễn thông đã có buổi họp với Vietnamobile để rà soát.")
        #expect(met.pairs(.metWith).isSuperset(of: ["Cục Viễn thông → Vietnamobile", "Phan Tâm → Vietnamobile"]), "\(met.summary)")
        // The same with the body's representatives.
        let representatives = try Extracted(
            "Ngày 7/2, Thứ trưởng Phan Tâm và đại diện Cục Viễn thông đã có buổi họp với Vietnamobile để rà soát.")
        #expect(representatives.pairs(.metWith).isSuperset(of: ["Cục Viễn thông → Vietnamobile", "Phan Tâm → Vietnamobile"]),
            "\(representatives.summary)")
    }
}

extension UnseenNewsTwentyFirstSessionTests {
    @Test("'Bộ Khoa học và Công nghệ (Tổng cục Tiêu chuẩn Đo lường Chất lượng) chủ trì': the general department is the ministry's")
    func ministryWithItsDepartmentInParentheses() throws {
        let unit = try Extracted("Chính phủ đã giao cho Bộ Khoa học và Công nghệ (Tổng cục Tiêu chuẩn Đo lường Chất lượng) chủ trì triển khai.")
        #expect(unit.pairs(.partOf) == ["Tổng cục Tiêu chuẩn Đo lường Chất lượng → Bộ Khoa học và Công nghệ"], "\(unit.summary)")
        // A council the ministry serves is no part of it; a department with its ministry in parentheses still is.
        let council = try Extracted("Phối hợp chặt chẽ với Bộ Kế hoạch và Đầu tư (Hội đồng thẩm định Nhà nước) và Văn phòng Chính phủ.")
        #expect(!council.pairs(.partOf).contains("Hội đồng thẩm định Nhà nước → Bộ Kế hoạch và Đầu tư"), "\(council.summary)")
        let department = try Extracted("Ông A, Phó Cục trưởng Cục Quản lý giá (Bộ Tài chính) cho biết.")
        #expect(department.pairs(.partOf).contains("Cục Quản lý giá → Bộ Tài chính"), "\(department.summary)")
    }
}

extension UnseenNewsTwentyFirstSessionTests {
    @Test("foreign places of the lexicon's list ('Chicago', 'Maryland', 'Vân Nam'): places in their country, not inside a name")
    func foreignPlaces() throws {
        let places = try Extracted("Đoàn đã tới thành phố Chicago và bang Maryland của Mỹ, rồi sang tỉnh Vân Nam, Trung Quốc.")
        #expect(Set(places.names(.place)).isSuperset(of: ["Chicago", "Maryland", "Vân Nam", "Mỹ", "Trung Quốc"]), "\(places.summary)")
        #expect(places.pairs(.locatedIn).isSuperset(of: ["Maryland → Mỹ", "Vân Nam → Trung Quốc"]), "\(places.summary)")
        let unit = try #require(places.mentions(.place, named: "Maryland").first)
        #expect(unit.attributes["unit"] == "state" && unit.attributes["country"] == "Mỹ")
        // Inside a body's name, or after another capitalized word, the name is that longer name's.
        let inside = try Extracted("Ông là giáo sư Đại học Chicago. Câu lạc bộ Real Madrid thắng.")
        #expect(inside.names(.place).isEmpty, "\(inside.summary)")
    }
}
