import MekongPluginAPI
import Testing

/// Organization names left cut or unfound on the development corpus (issue 7), one general rule each: units
/// named by the body they belong to, heads written in lower case after a title or before a legal form, the commune
/// such a body lies in, and one company written several ways.
@Suite("Organization names: owners, lower-case heads, communes and companies")
struct UnseenNewsEleventhSessionEntityTests {
    @Test("a members' council or an investigation agency takes the body named right after it as its owner", arguments: [
        ("Ông Lê Văn Tâm, Chủ tịch HĐTV Cty Than Quảng Ninh, cho biết như vậy.", "Hội đồng thành viên Công ty Than Quảng Ninh",
            "Công ty Than Quảng Ninh"),
        ("Hôm qua, Cơ quan điều tra Bộ Quốc phòng đã khởi tố vụ án.", "Cơ quan điều tra Bộ Quốc phòng", "Bộ Quốc phòng"),
        ("Trước đó, CQĐT Công an tỉnh Nam Định đã bắt tạm giam bị can.", "Cơ quan điều tra Công an tỉnh Nam Định",
            "Công an tỉnh Nam Định"),
    ])
    func unitOfOwner(text: String, unit: String, owner: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.organization).contains(unit), "\(extracted.summary)")
        #expect(extracted.pairs(.partOf).contains(pair(unit, owner)), "\(extracted.summary)")
    }

    @Test("a police body's head written in lower case after a title starts the body's name", arguments: [
        ("Ông Phạm Văn Bình, trưởng công an xã Tân Hòa, cho biết như vậy.", "Công an xã Tân Hòa"),
        ("Đại tá Lê Văn Hùng, Thủ trưởng cơ quan cảnh sát điều tra Công an tỉnh Thái Bình, đã ký lệnh bắt.",
            "Cơ quan cảnh sát điều tra Công an tỉnh Thái Bình"),
    ])
    func lowercasePoliceHeadAfterTitle(text: String, body: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.organization).contains(body), "\(extracted.summary)")
    }

    @Test("a lower-case police head after a title without a capitalized name of its own is no body")
    func lowercasePoliceHeadWithoutName() throws {
        let extracted = try Extracted("Ông Phạm Văn Bình, trưởng công an xã, cho biết như vậy.")
        #expect(!extracted.names(.organization).contains { $0.hasPrefix("Công an") }, "\(extracted.summary)")
    }

    @Test("the commune a body's name gives after its unit word is a place the body lies in")
    func communeInsideBodyName() throws {
        let extracted = try Extracted("Công an phường Tân Mai đã lập biên bản vụ việc.")
        #expect(extracted.names(.place).contains("Tân Mai"), "\(extracted.summary)")
        #expect(extracted.pairs(.locatedIn).contains("Công an phường Tân Mai → Tân Mai"), "\(extracted.summary)")
    }

    @Test("a business's head in lower case starts its name when a legal form and its own name follow", arguments: [
        ("Đoàn đã thăm công nhân tại công ty TNHH Cơ khí Đông Anh trước Tết.", "Công ty TNHH Cơ khí Đông Anh"),
        ("Tàu do công ty TNHH MTV Hải Long đóng đã hư hỏng.", "Công ty TNHH MTV Hải Long"),
        ("Ông Nam làm kế toán ở công ty cổ phần Sông Lam từ năm 2010.", "Công ty cổ phần Sông Lam"),
    ])
    func lowercaseBusinessWithLegalForm(text: String, company: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.organization) == [company], "\(extracted.summary)")
    }

    @Test("a lower-case business head with a legal form but no name of its own is no body")
    func lowercaseBusinessWithoutName() throws {
        let extracted = try Extracted("Chúng tôi đã làm việc với công ty TNHH này về vụ việc.")
        #expect(extracted.names(.organization).isEmpty, "\(extracted.summary)")
    }

    @Test("one company written with and without its legal form or trade is one company; two trades are two")
    func companyNameVariants() throws {
        let extracted = try Extracted(
            "Công ty TNHH MTV Cơ khí Đông Anh vừa ký hợp đồng. Sau đó, công ty TNHH Cơ khí Đông Anh đã giao hàng; "
                + "Công ty Cơ khí Đông Anh cho biết như vậy.")
        for short in ["Công ty TNHH Cơ khí Đông Anh", "Công ty Cơ khí Đông Anh"] {
            let mention = try #require(extracted.mentions(.organization, named: short).first, "\(extracted.summary)")
            #expect(mention.aliases.contains("Công ty TNHH MTV Cơ khí Đông Anh"), "\(extracted.summary)")
        }
        let two = try Extracted("Công ty đóng tàu Sông Lam đã bàn giao tàu. Công ty xây lắp Sông Lam vừa trúng thầu.")
        #expect(two.mentions.allSatisfy { !$0.aliases.contains("Công ty xây lắp Sông Lam") && !$0.aliases.contains("Công ty đóng tàu Sông Lam") },
            "\(two.summary)")
    }

    @Test("a national body named after the country, then a territory with its unit word, is the territory's branch")
    func branchOfNationalBody() throws {
        let extracted = try Extracted(
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An đã họp. Ông Lê Văn Hùng là Bí thư Đảng đoàn Ủy ban MTTQ Việt Nam "
                + "tỉnh Quảng Bình.")
        let names = extracted.names(.organization)
        #expect(names.contains("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An"), "\(extracted.summary)")
        #expect(names.contains("Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Bình"), "\(extracted.summary)")
        #expect(!names.contains("Ủy ban Mặt trận Tổ quốc Việt Nam"), "\(extracted.summary)")
        #expect(extracted.pairs(.locatedIn).contains("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An → Nghệ An"), "\(extracted.summary)")
        #expect(extracted.pairs(.partOf).isSuperset(of: [
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An → Mặt trận Tổ quốc Việt Nam",
            "Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Bình → Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Bình",
        ]), "\(extracted.summary)")
    }

    @Test("a compound of names is one word of a trade, and a management board carries what it manages as a trade", arguments: [
        ("Hệ thống được đặt tại Trung tâm dữ liệu khu công nghệ cao Hòa Lạc từ năm ngoái.",
            "Trung tâm dữ liệu khu công nghệ cao Hòa Lạc"),
        ("Đoàn đã làm việc với Ban Quản lý di tích Cố đô Hoa Lư và có văn bản.", "Ban Quản lý di tích Cố đô Hoa Lư"),
    ])
    func tradeOfCompounds(text: String, body: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.organization).contains(body), "\(extracted.summary)")
    }

    @Test("a verbal compound right before a capitalized word is the body's act, not its trade")
    func verbalCompoundEndsNoTrade() throws {
        let extracted = try Extracted("Hôm qua, Công ty tổ chức Hội nghị khách hàng tại Hà Nội.")
        #expect(!extracted.names(.organization).contains { $0.hasPrefix("Công ty tổ chức") }, "\(extracted.summary)")
    }

    @Test("a long name runs on to the end of its own capitalized name")
    func longNameIsNotCut() throws {
        let extracted = try Extracted(
            "Theo Tổng Công ty Đầu tư phát triển và Quản lý dự án hạ tầng giao thông Đồng Bằng Sông Hồng, dự án chậm tiến độ.")
        #expect(extracted.names(.organization)
            == ["Tổng Công ty Đầu tư phát triển và Quản lý dự án hạ tầng giao thông Đồng Bằng Sông Hồng"], "\(extracted.summary)")
    }

    @Test("a few lower-case words closing a name end before a parenthesis or a dash apposition, as before a comma", arguments: [
        ("Bác sĩ Khoa Cấp cứu nhi - Bệnh viện Đa khoa tỉnh Nam Định cho biết.", "Khoa Cấp cứu nhi",
            "Bệnh viện Đa khoa tỉnh Nam Định"),
        ("Đoàn đã làm việc với Ban Quản lý Dự án Giao thông trọng điểm (Sở Giao thông vận tải) hôm qua.",
            "Ban Quản lý Dự án Giao thông trọng điểm", "Sở Giao thông vận tải"),
    ])
    func tailBeforeApposition(text: String, unit: String, parent: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.organization).contains(unit), "\(extracted.summary)")
        #expect(extracted.pairs(.partOf).contains(pair(unit, parent)), "\(extracted.summary)")
    }

    @Test("a head's word between a family name and a given name is a syllable of the person's name", arguments: [
        ("Thượng tướng Phạm Trường Sơn đã tiếp đoàn công tác.", "Phạm Trường Sơn"),
        ("Ông Bùi Trường Giang, Phó Vụ trưởng Vụ Công nghiệp nhẹ, cho biết như vậy.", "Bùi Trường Giang"),
    ])
    func headInsidePersonName(text: String, person: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.person).contains(person), "\(extracted.summary)")
        #expect(!extracted.names(.organization).contains { $0.hasPrefix("Trường") }, "\(extracted.summary)")
    }

    @Test("a head after a place whose last syllable is a family name still starts a body")
    func headAfterPlaceEndingInFamilyName() throws {
        let extracted = try Extracted("Ông Lê Văn Hải, Giám đốc Trung tâm điều dưỡng Sầm Sơn Bộ Xây dựng, phát biểu.")
        #expect(extracted.names(.organization).contains("Bộ Xây dựng"), "\(extracted.summary)")
    }

    @Test("lower-case words after a province closing a name, or a verb after an abbreviation closing it, are the sentence's",
        arguments: [
            ("“Chúng tôi đã báo cáo”, Giám đốc Sở Xây dựng Nghệ An thông tin.", "Sở Xây dựng Nghệ An"),
            ("Sở Y tế Thái Bình và Bệnh viện Nhi Thái Bình đã họp.", "Sở Y tế Thái Bình"),
            // The lexicon knows the command by this abbreviation and names it in full.
            ("“Phải xử lý nghiêm”, Bộ Tư lệnh BĐBP chỉ đạo.", "Bộ Tư lệnh Bộ đội Biên phòng"),
        ])
    func nameEndsBeforeVerb(text: String, body: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.organization).first == body, "\(extracted.summary)")
    }

    @Test("an inspectorate named by its head and a bare unit word is the body of the territory in focus")
    func inspectorateOfTerritoryInFocus() throws {
        let extracted = try Extracted("Ủy ban nhân dân tỉnh Quảng Bình đã họp. Thanh tra tỉnh chủ trì đoàn kiểm tra.")
        #expect(extracted.names(.organization).contains("Thanh tra tỉnh Quảng Bình"), "\(extracted.summary)")
        let named = try Extracted(
            "Thanh tra Quảng Bình công bố kết luận. Theo Ủy ban nhân dân tỉnh Quảng Bình, Thanh tra tỉnh sẽ tiếp tục kiểm tra.")
        let mention = try #require(named.mentions(.organization, named: "Thanh tra tỉnh Quảng Bình").first, "\(named.summary)")
        #expect(mention.aliases.contains("Thanh tra Quảng Bình"), "\(named.summary)")
    }

    @Test("a head that holds a word of the name takes the next part joined by a dash or 'và' right after it", arguments: [
        ("Ban Kinh tế - Ngân sách HĐND tỉnh Nghệ An đã họp.", "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh Nghệ An"),
        ("Ban Kinh tế-Xã hội HĐND tỉnh Hà Tĩnh đã thẩm tra tờ trình.", "Ban Kinh tế-Xã hội Hội đồng nhân dân tỉnh Hà Tĩnh"),
    ])
    func partAfterHeadWithNameWord(text: String, body: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.organization).first == body, "\(extracted.summary)")
        #expect(extracted.pairs(.partOf).contains { $0.hasPrefix(body + " → Hội đồng nhân dân") }, "\(extracted.summary)")
    }

    @Test("a unit named with its owner and later without it is one body")
    func unitNamedWithoutOwner() throws {
        let extracted = try Extracted(
            "Ban Văn hóa - Xã hội HĐND tỉnh Nghệ An đã thẩm tra tờ trình. Trưởng Ban Văn hóa - Xã hội cho biết như vậy.")
        let bare = try #require(extracted.mentions(.organization, named: "Ban Văn hóa - Xã hội").first, "\(extracted.summary)")
        #expect(bare.aliases.contains("Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh Nghệ An"), "\(extracted.summary)")
    }

    @Test("units listed before one owner that closes the last of them are each that owner's unit")
    func unitsSharingOwner() throws {
        let party = try Extracted("Ban Tổ chức và Ban Tuyên giáo Tỉnh ủy Nghệ An đã họp.")
        #expect(party.names(.organization).contains("Ban Tổ chức Tỉnh ủy Nghệ An"), "\(party.summary)")
        let council = try Extracted("Ban Pháp chế, Ban Kinh tế - Ngân sách HĐND tỉnh Nghệ An đã họp.")
        let unit = try #require(council.mentions(.organization, named: "Ban Pháp chế Hội đồng nhân dân tỉnh Nghệ An").first,
            "\(council.summary)")
        #expect(unit.aliases.contains("Ban Pháp chế HĐND tỉnh Nghệ An"), "\(council.summary)")
    }

    @Test("a list without an owner at its end, or a unit already named in full, takes no owner from the list", arguments: [
        ("Ban Tổ chức và Ban Tuyên giáo đã họp.", "Ban Tổ chức"),
        ("Ông An được chỉ định vào Ban Chấp hành Đảng bộ quận, Ban Thường vụ Quận ủy và giữ chức Bí thư Quận ủy Thanh Khê.",
            "Ban Chấp hành Đảng bộ quận Quận ủy"),
    ])
    func noSharedOwner(text: String, prefix: String) throws {
        let extracted = try Extracted(text)
        #expect(!extracted.names(.organization).contains { $0.hasPrefix(prefix) }, "\(extracted.summary)")
    }

    @Test("a known body written with the abbreviation of its words is the known body", arguments: [
        ("Ông Hùng đã nhận khuyết điểm trước Bộ Chính trị, Ban Chấp hành TƯ. Đây là bài học.", "Ban Chấp hành Trung ương Đảng"),
        ("Đại tướng khẳng định Quân ủy TƯ coi trọng chuyến thăm.", "Quân ủy Trung ương"),
    ])
    func knownBodyAbbreviated(text: String, body: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.organization).contains(body), "\(extracted.summary)")
    }

    @Test("an outlet cited by its web address is the outlet")
    func outletByAddress() throws {
        let extracted = try Extracted("Trao đổi với Zing.vn chiều 5/2, ông Lê Văn Hà cho biết như vậy.")
        let outlet = try #require(extracted.mentions(.organization, named: "Zing News").first, "\(extracted.summary)")
        #expect(outlet.text == "Zing.vn", "\(extracted.summary)")
    }

    @Test("an abbreviation glued by a full stop ('ABC.XYZ') is one name")
    func abbreviationGluedByFullStop() throws {
        let extracted = try Extracted("Ông Lê Văn Hà, Chủ tịch HĐQT Công ty PVC.MS, cho biết như vậy.")
        #expect(extracted.names(.organization).contains("Hội đồng quản trị Công ty PVC.MS"), "\(extracted.summary)")
        #expect(extracted.names(.organization).contains("Công ty PVC.MS"), "\(extracted.summary)")
    }

    @Test("an acronym after a dash that closes the clause of a name is its short name, not more of it")
    func acronymAfterDash() throws {
        let extracted = try Extracted("Theo Công ty Cổ phần Xây dựng Sông Lam - SLD, sản lượng năm nay tăng.")
        let group = try #require(extracted.mentions(.organization, named: "Công ty Cổ phần Xây dựng Sông Lam").first,
            "\(extracted.summary)")
        #expect(group.aliases.contains("SLD"), "\(extracted.summary)")
        // Not an acronym: the dash joins two parts of one name.
        let ministry = try Extracted("Bộ Tài nguyên - Môi trường đã họp.")
        #expect(ministry.names(.organization) == ["Bộ Tài nguyên và Môi trường"], "\(ministry.summary)")
    }

    @Test("a diplomatic mission is named with the place after 'tại', where it lies")
    func missionWithSeat() throws {
        let extracted = try Extracted("Đại sứ quán Ba Lan tại Hà Nội đã tổ chức buổi gặp mặt.")
        let mission = try #require(extracted.mentions(.organization, named: "Đại sứ quán Ba Lan tại Hà Nội").first,
            "\(extracted.summary)")
        #expect(mission.aliases.contains("Đại sứ quán Ba Lan"), "\(extracted.summary)")
        #expect(extracted.pairs(.locatedIn).contains("Đại sứ quán Ba Lan tại Hà Nội → Hà Nội"), "\(extracted.summary)")
    }

    @Test("a province's or city's National Assembly delegation written with a lower-case 'đoàn' is the delegation")
    func lowercaseDelegation() throws {
        let extracted = try Extracted("Trước đó, đoàn ĐBQH TP Cần Thơ đã tiếp xúc cử tri.")
        #expect(extracted.names(.organization) == ["Đoàn Đại biểu Quốc hội thành phố Cần Thơ"], "\(extracted.summary)")
        // A visiting delegation of the whole National Assembly is its visit, no body of its own.
        let visit = try Extracted("Hôm qua, đoàn đại biểu Quốc hội Việt Nam thăm Nhật Bản.")
        #expect(!visit.names(.organization).contains { $0.hasPrefix("Đoàn") }, "\(visit.summary)")
    }

    @Test("a bare 'UBND tỉnh' is the one province's whose bodies the article names, whatever city's bodies it also names")
    func bareProvinceBodyBesideCity() throws {
        let extracted = try Extracted(
            "Ông Võ Văn Ba bị cách chức Bí thư Ban cán sự đảng UBND tỉnh, Phó Bí thư Tỉnh ủy Hà Tĩnh. Trước đó, Sở Y tế TP Cần "
                + "Thơ đã họp.")
        #expect(extracted.names(.organization).contains("Ban cán sự đảng Ủy ban nhân dân tỉnh Hà Tĩnh"), "\(extracted.summary)")
    }

    @Test("a university's or hospital's department ('Bộ môn') is a unit, and its head holds the post 'Trưởng Bộ môn'")
    func departmentOfUniversity() throws {
        let extracted = try Extracted("PGS.TS Lê Văn Hải, Trưởng Bộ môn Nội tiết (Đại học Y Hà Nội) cho biết như vậy.")
        #expect(extracted.names(.organization).contains("Bộ môn Nội tiết"), "\(extracted.summary)")
        #expect(extracted.pairs(.partOf).contains("Bộ môn Nội tiết → Đại học Y Hà Nội"), "\(extracted.summary)")
        #expect(extracted.attributes("Lê Văn Hải", .holdsPosition, "Bộ môn Nội tiết").contains { $0["title"] == "Trưởng Bộ môn" },
            "\(extracted.summary)")
    }

    @Test("two syllables a family name starts, after a title's 'UBND tỉnh' and before the verb, are the holder, not a province")
    func holderAfterBareProvince() throws {
        let extracted = try Extracted("Ông Lê Hùng là Phó Chủ tịch UBND tỉnh Bình Định. Phó Chủ tịch UBND tỉnh Lê Hùng khẳng định như vậy.")
        #expect(!extracted.names(.organization).contains("Ủy ban nhân dân tỉnh Lê Hùng"), "\(extracted.summary)")
        #expect(!extracted.names(.place).contains("Lê Hùng"), "\(extracted.summary)")
        // A former province keeps its body: it ends the clause, or it is called old.
        let former = try Extracted("Ông là nguyên Chủ tịch UBND tỉnh Hà Tây.")
        #expect(former.names(.organization) == ["Ủy ban nhân dân tỉnh Hà Tây"], "\(former.summary)")
    }

    @Test("an abbreviated title after a dash ('- ĐBQH …') starts another post, not more of the name")
    func abbreviatedTitleAfterDash() throws {
        let extracted = try Extracted("Bà Lê Thu Hà, Ủy viên Ủy ban Pháp luật - ĐBQH Đoàn TP Hải Phòng, cho rằng như vậy.")
        #expect(!extracted.names(.organization).contains { $0.hasPrefix("Ủy ban Pháp luật -") }, "\(extracted.summary)")
    }

    @Test("a head word that is a syllable of a place's name starts no body", arguments: [
        "Bí thư Hải Phòng Lê Văn Thành khẳng định như vậy.",
        "Dự án ở Hội An đang bị tạm dừng.",
    ])
    func headInsidePlaceName(text: String) throws {
        let extracted = try Extracted(text)
        // No body headed by the place's syllable ("Phòng …", "Hội An …"); the secretary's committee, which the
        // province alone names since the nineteenth session ("Thành ủy Hải Phòng"), is another matter.
        #expect(!extracted.names(.organization).contains { $0.hasPrefix("Phòng") || $0.hasPrefix("Hội") },
                "\(extracted.summary)")
        #expect(extracted.names(.organization).allSatisfy { $0 == "Thành ủy Hải Phòng" }, "\(extracted.summary)")
    }

    @Test("a capitalized syllable takes its lower-case second syllable even when a proper name follows ('Nhân văn Nghệ An')")
    func secondSyllableBeforeProperName() throws {
        let extracted = try Extracted("Viện Khoa học Xã hội và Nhân văn Nghệ An vừa xuất bản cuốn sách mới.")
        #expect(extracted.names(.organization) == ["Viện Khoa học Xã hội và Nhân văn Nghệ An"], "\(extracted.summary)")
    }

    @Test("a number before 'nước' counts countries, it names no body ('Bộ Quốc phòng 2 nước')")
    func numberOfCountries() throws {
        let extracted = try Extracted("Hai bên ký thỏa thuận hợp tác giữa Bộ Quốc phòng 2 nước.")
        #expect(extracted.names(.organization) == ["Bộ Quốc phòng"], "\(extracted.summary)")
    }

    @Test("a name's closing lower-case words end before 'và' and a person or another body, and the person is no part of it")
    func tailBeforeAndPerson() throws {
        let extracted = try Extracted(
            "Ông Sơn quen biết anh Lê Văn Hải, Chủ tịch HĐQT Công ty Nạo vét luồng sông Hậu và Trần Văn Nam, Phó giám đốc.")
        #expect(extracted.names(.organization).contains("Hội đồng quản trị Công ty Nạo vét luồng sông Hậu"), "\(extracted.summary)")
        #expect(!extracted.names(.organization).contains { $0.hasSuffix(" và") || $0.contains("Trần") }, "\(extracted.summary)")
    }

    @Test("a trade association carries its trade in lower case before its own name")
    func associationTrade() throws {
        let extracted = try Extracted("Ông Lê Văn Tâm, Chủ tịch Hiệp hội dệt may Thắng Lợi, kể lại câu chuyện.")
        #expect(extracted.names(.organization).contains("Hiệp hội dệt may Thắng Lợi"), "\(extracted.summary)")
    }

    @Test("a verbal compound closing a name before 'và' and another post is the name's, as before a comma")
    func verbalTailBeforeAnotherPost() throws {
        let extracted = try Extracted("Hai người còn lại là Trưởng ban Thi đua khen thưởng và Trưởng ban Dân tộc của tỉnh.")
        #expect(extracted.names(.organization).contains("Ban Thi đua khen thưởng"), "\(extracted.summary)")
    }

    @Test("a Youth Union branch ('Chi đoàn') of a body named after it is that body's unit")
    func branchOfBody() throws {
        let extracted = try Extracted("Ngày 10/6, Chi đoàn Trung tâm Y tế Thạch Thất đã tổ chức đại hội.")
        #expect(extracted.pairs(.partOf).contains("Chi đoàn Trung tâm Y tế Thạch Thất → Trung tâm Y tế Thạch Thất"),
            "\(extracted.summary)")
    }

    @Test("a place whose first syllable is a family name, after a business's trade, is the business's own name")
    func placeAfterTrade() throws {
        let extracted = try Extracted("Ông Lê Văn Hải làm việc ở Trung tâm điều dưỡng phục hồi chức năng Sầm Sơn nhiều năm.")
        #expect(extracted.names(.organization).contains("Trung tâm điều dưỡng phục hồi chức năng Sầm Sơn"), "\(extracted.summary)")
    }

    @Test("a territory's labour federation written 'LĐLĐ' is named with its territory")
    func labourFederation() throws {
        let extracted = try Extracted("Bà Lê Thị Hoa, Phó Chủ tịch LĐLĐ tỉnh Nam Định, đã đến thăm công nhân.")
        #expect(extracted.names(.organization).contains("Liên đoàn Lao động tỉnh Nam Định"), "\(extracted.summary)")
        #expect(extracted.attributes("Lê Thị Hoa", .holdsPosition, "Liên đoàn Lao động tỉnh Nam Định").contains { $0["title"] == "Phó Chủ tịch" },
            "\(extracted.summary)")
    }

    @Test("a company's head after a unit's name opens the company the unit belongs to")
    func unitBeforeCompany() throws {
        let extracted = try Extracted("Trước năm 1995 bà Lan công tác tại Phòng Kế toán Công ty Xuất nhập khẩu Thủy sản Hạ Long.")
        #expect(extracted.pairs(.partOf).contains(
            "Phòng Kế toán Công ty Xuất nhập khẩu Thủy sản Hạ Long → Công ty Xuất nhập khẩu Thủy sản Hạ Long"), "\(extracted.summary)")
        // Other heads are words of a name: the Banking University is no unit of a bank.
        let school = try Extracted("Ông Nam tốt nghiệp Trường Đại học Ngân hàng Thành phố Hồ Chí Minh năm 2005.")
        #expect(!school.names(.organization).contains { $0.hasPrefix("Ngân hàng") }, "\(school.summary)")
    }

    @Test("a union of a bare company is the union of the article's one company")
    func unionOfBareCompany() throws {
        let extracted = try Extracted("Công ty TNHH May Hòa Thọ có 900 công nhân. Công đoàn Công ty đã lập danh sách.")
        #expect(extracted.names(.organization).contains("Công đoàn Công ty TNHH May Hòa Thọ"), "\(extracted.summary)")
        #expect(!extracted.names(.organization).contains("Công đoàn Công"), "\(extracted.summary)")
    }

    @Test("a bloc of agencies ('khối các cơ quan') written in lower case after its head is named with 'Trung ương' or its territory")
    func blocOfAgencies() throws {
        let extracted = try Extracted("Một đồng chí được Đoàn khối các cơ quan Trung ương tặng Bằng khen.")
        #expect(extracted.names(.organization) == ["Đoàn khối các cơ quan Trung ương"], "\(extracted.summary)")
    }

    @Test("a body named for the localities in general ('Sở Y tế các địa phương') is a kind of body, no one body")
    func bodyOfLocalitiesInGeneral() throws {
        let extracted = try Extracted("Bộ Y tế vừa gửi công văn tới Sở Tài chính các địa phương về việc này.")
        #expect(extracted.names(.organization) == ["Bộ Y tế"], "\(extracted.summary)")
    }

    @Test("a bare board in a chain of posts is also named with its owner as the text writes it")
    func boardOfChainOwnerAliases() throws {
        let extracted = try Extracted("Ông Lê Văn Hải, Chủ tịch HĐQT, Tổng giám đốc Cty Sông Lam, cho biết như vậy.")
        let board = try #require(extracted.mentions(.organization, named: "Hội đồng quản trị Công ty Sông Lam").first,
            "\(extracted.summary)")
        #expect(board.aliases.contains("Hội đồng quản trị Cty Sông Lam"), "\(extracted.summary)")
        #expect(board.aliases.contains("HĐQT Cty Sông Lam"), "\(extracted.summary)")
    }

    @Test("'và' between two lower-case compounds of a name joins them when the name's territory follows")
    func lowercaseCompoundsJoined() throws {
        let extracted = try Extracted("Bà Lan tốt nghiệp Trường Đại học Khoa học xã hội và nhân văn thành phố Đà Nẵng năm 2010.")
        #expect(extracted.names(.organization) == ["Trường Đại học Khoa học xã hội và nhân văn thành phố Đà Nẵng"],
            "\(extracted.summary)")
    }
}
