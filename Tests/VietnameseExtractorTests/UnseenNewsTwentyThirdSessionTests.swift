import MekongPluginAPI
import Testing

/// Rules of the twenty-third session, each on a sentence written for the test after a shape of the development
/// corpus.
@Suite("Appositions, lists and kinds of bodies, twenty-third session")
struct UnseenNewsTwentyThirdSessionTests {
    @Test("'ông A, thanh tra viên, Thanh tra Bộ X;': the body set off by a comma after the person's one title")
    func bodyAfterTitleAndComma() throws {
        let team = try Extracted(
            "Thành viên đoàn kiểm tra gồm ông Hoàng Văn Mạnh, Thanh tra viên chính, Vụ I - Thanh tra Chính phủ; "
                + "ông Phạm Văn Long, thanh tra viên, Thanh tra Bộ Tài nguyên và Môi trường; bà Lê Thị Hoa, chuyên viên.")
        #expect(team.pairs(.holdsPosition) == [
            "Hoàng Văn Mạnh → Vụ I", "Phạm Văn Long → Thanh tra Bộ Tài nguyên và Môi trường",
        ], "\(team.summary)")
        #expect(team.attributes("Hoàng Văn Mạnh", .holdsPosition, "Vụ I").first?["title"] == "Thanh tra viên chính", "\(team.summary)")
        let said = try Extracted("Theo ông Bùi Đình Sáng - Chánh Thanh tra, Sở Nội vụ cho biết, đoàn sẽ kiểm tra 20 đơn vị.")
        #expect(said.pairs(.holdsPosition) == ["Bùi Đình Sáng → Sở Nội vụ"], "\(said.summary)")
        // A body that opens a clause of its own after the comma is the clause's subject, not the person's body.
        let clause = try Extracted("Ông Trần Văn Nam, Giám đốc, Công ty Cổ phần Sông Đà đã ký hợp đồng với ông.")
        #expect(clause.pairs(.holdsPosition).isEmpty, "\(clause.summary)")
    }

    @Test("'Thành viên HĐQT X nhiệm kỳ 2021 - 2025 gồm ông A, bà B': the term and a comma may stand before 'gồm'")
    func listAfterTermAndGom() throws {
        let board = try Extracted(
            "Đại hội đồng cổ đông đã bầu nhân sự mới. Thành viên Ban Kiểm soát Vietbank nhiệm kỳ 2021 - 2025 gồm ông Mạc Hữu Danh, ông Hứa Ngọc Nghĩa và bà Nguyễn Đỗ Xuân Dung.")
        #expect(board.pairs(.holdsPosition) == [
            "Mạc Hữu Danh → Ban Kiểm soát Vietbank", "Hứa Ngọc Nghĩa → Ban Kiểm soát Vietbank",
            "Nguyễn Đỗ Xuân Dung → Ban Kiểm soát Vietbank",
        ], "\(board.summary)")
        let comma = try Extracted("Kỷ luật khiển trách 3 Phó Ban Bồi thường giải phóng mặt bằng quận Tân Phú, gồm: ông Võ Quốc Tuấn, Lâm Quan Phơ.")
        #expect(comma.pairs(.holdsPosition).contains("Võ Quốc Tuấn → Ban Bồi thường giải phóng mặt bằng quận Tân Phú"), "\(comma.summary)")
        // Without "gồm", a term and a comma close the post: the name after them is no member.
        let closed = try Extracted("Thành viên HĐQT Vietbank nhiệm kỳ 2021 - 2025, ông Mạc Hữu Danh nói rằng ngân hàng sẽ tăng vốn.")
        #expect(!closed.pairs(.holdsPosition).contains("Mạc Hữu Danh → Hội đồng quản trị Vietbank"), "\(closed.summary)")
    }

    @Test("'các Sở Công Thương, Tập đoàn Điện lực Việt Nam': a list of kinds goes on with another head; no department is named")
    func kindOfBodyBeforeListOfHeads() throws {
        let kinds = try Extracted(
            "Bộ Công Thương nêu rõ nhiệm vụ cụ thể của các chủ đập thủy điện, các Sở Công Thương, Tập đoàn Điện lực Việt Nam, "
                + "Tập đoàn Than - Khoáng sản Việt Nam.")
        #expect(!kinds.names(.organization).contains("Sở Công Thương"), "\(kinds.summary)")
        #expect(kinds.names(.organization).contains("Tập đoàn Điện lực Việt Nam"), "\(kinds.summary)")
    }

    @Test("'Công đoàn EVN HANOI': a known acronym followed by another word in capitals names a subsidiary, not the group")
    func acronymOpeningAnotherName() throws {
        let subsidiary = try Extracted("Đặc biệt, Công đoàn EVN HANOI và lãnh đạo Tổng công ty đã đến thăm công nhân.")
        #expect(!subsidiary.names(.organization).contains("Tập đoàn Điện lực Việt Nam"), "\(subsidiary.summary)")
        #expect(!subsidiary.names(.organization).contains("Công đoàn Tập đoàn Điện lực Việt Nam"), "\(subsidiary.summary)")
        // The acronym alone, or before a place, is still the group.
        let group = try Extracted("Lãnh đạo EVN cho biết sẽ tăng giá điện. Ông nói EVN Hà Nội đã sẵn sàng.")
        #expect(group.names(.organization).contains("Tập đoàn Điện lực Việt Nam"), "\(group.summary)")
    }

    @Test("'Giám đốc Tập đoàn tư vấn Albright Stonebridge': foreign words after a head and its lower-case field are the body's name")
    func foreignNameAfterLowercaseField() throws {
        let firm = try Extracted(
            "Phóng viên đã phỏng vấn ông Anthony Nelson, Giám đốc Tập đoàn tư vấn Albright Stonebridge, về quan hệ hai nước.")
        #expect(firm.names(.organization).contains("Tập đoàn tư vấn Albright Stonebridge"), "\(firm.summary)")
        #expect(firm.names(.person) == ["Anthony Nelson"], "\(firm.summary)")
        #expect(firm.pairs(.holdsPosition) == ["Anthony Nelson → Tập đoàn tư vấn Albright Stonebridge"], "\(firm.summary)")
        // A foreign given name there opens the holder's name.
        let holder = try Extracted("Tổng Giám đốc Quỹ tiền tệ quốc tế Christine Lagarde cho biết tăng trưởng sẽ chậm lại.")
        #expect(holder.names(.person).contains("Christine Lagarde"), "\(holder.summary)")
    }

    @Test("'Cục Giám định nhà nước về công trình xây dựng': a remit after 'nhà nước' or 'quốc tế' is part of the name")
    func remitAfterStateLevel() throws {
        let remit = try Extracted(
            "Ông Phạm Minh Hà, Cục trưởng Cục Giám định nhà nước về công trình xây dựng, cho biết công trình đạt yêu cầu.")
        #expect(remit.names(.organization).contains("Cục Giám định nhà nước về công trình xây dựng"), "\(remit.summary)")
        #expect(remit.pairs(.holdsPosition) == ["Phạm Minh Hà → Cục Giám định nhà nước về công trình xây dựng"], "\(remit.summary)")
        // "về việc …" after such a name is what the text speaks of, not a remit.
        let about = try Extracted("Ngân hàng Nhà nước về việc này đã có ý kiến.")
        #expect(!about.names(.organization).contains { $0.contains("về việc") }, "\(about.summary)")
    }

    @Test("'Công ty Điện lực Nam Từ Liêm', 'Cảng HKQT Nội Bài': a word that opens clauses inside a commune's name goes on with the body")
    func communeNameInsideBody() throws {
        let named = try Extracted("Lãnh đạo Công ty Điện lực Nam Từ Liêm đã đến thăm công nhân. Cảng HKQT Nội Bài đã đón khách.")
        #expect(named.names(.organization).contains("Công ty Điện lực Nam Từ Liêm"), "\(named.summary)")
        #expect(named.names(.organization).contains { $0.hasSuffix("Nội Bài") }, "\(named.summary)")
        // A glued sentence that opens with such a word still ends the name.
        let glued = try Extracted("Ông làm việc tại Công ty Điện lực Hà Đông Từ năm 2010 ông chuyển công tác.")
        #expect(!glued.names(.organization).contains { $0.contains("Từ") }, "\(glued.summary)")
    }

    @Test("'Công ty X tại xã A, huyện B', 'Trường Y, xã C, thành phố D': an address that opens with a commune is where the body is")
    func seatAddress() throws {
        let company = try Extracted(
            "Phó Thủ tướng dự lễ khánh thành của Công ty Cổ phần Xi măng Thành Thắng tại xã Thanh Nghị, huyện Thanh Liêm, tỉnh Hà Nam.")
        #expect(company.pairs(.locatedIn).isSuperset(of: [
            "Công ty Cổ phần Xi măng Thành Thắng → Thanh Nghị", "Công ty Cổ phần Xi măng Thành Thắng → Thanh Liêm",
            "Công ty Cổ phần Xi măng Thành Thắng → Hà Nam",
        ]), "\(company.summary)")
        let school = try Extracted("Chị Vũ Thị Dung, giáo viên Trường Trung học cơ sở Thanh Minh, xã Thanh Minh, thành phố Điện Biên Phủ, đồng tình.")
        #expect(school.pairs(.locatedIn).contains("Trường Trung học cơ sở Thanh Minh → Thanh Minh"), "\(school.summary)")
        // A body with no seat of its own at a commune only goes there.
        let visit = try Extracted("Đoàn công tác của Bộ Y tế tại xã Đạo Lý, huyện Lý Nhân đã kiểm tra việc khoanh vùng.")
        #expect(!visit.pairs(.locatedIn).contains { $0.hasPrefix("Bộ Y tế") }, "\(visit.summary)")
        // An address in parentheses gives the ward too.
        let seat = try Extracted(
            "Phó Thủ tướng có ý kiến về kiến nghị của Công ty TNHH Quốc Hân (trụ sở tại số 135 đường 2/4, phường Vĩnh Phước, "
                + "thành phố Nha Trang, tỉnh Khánh Hòa).")
        #expect(seat.pairs(.locatedIn).contains { $0.hasSuffix("→ Vĩnh Phước") && $0.hasPrefix("Công ty") }, "\(seat.summary)")
    }

    @Test("'Ông Kim Cự' in a caption: a name of two words is the one full name of the article that ends with them")
    func twoWordNameIsFullName() throws {
        let caption = try Extracted(
            "Ủy ban Thường vụ Quốc hội cho ý kiến về việc cho thôi nhiệm vụ đại biểu đối với ông Võ Kim Cự. Ông Kim Cự "
                + "Chiều nay 15-5, phiên họp sẽ thảo luận. Bà Hồ Thị Kim Thoa và bà Kim Thoa là một người.")
        #expect(caption.names(.person) == ["Võ Kim Cự", "Hồ Thị Kim Thoa"], "\(caption.summary)")
        // Two full names that end alike leave the two words alone: which one they stand for is not said.
        let two = try Extracted("Ông Nguyễn Văn An và ông Trần Văn An đều có mặt. Ông Văn An phát biểu.")
        #expect(two.mentions.contains { $0.type == .person && $0.text == "Văn An" }, "\(two.summary)")
        #expect(!two.mentions.contains { $0.type == .person && $0.text == "Văn An" && $0.canonicalName != "Văn An" },
            "\(two.summary)")
    }

    @Test("'Văn phòng Luật sư Kim Phụng và cộng sự', 'Chi hội Nữ trí thức', 'Công ty VTC truyền thông trực tuyến': names that go on")
    func namesThatGoOn() throws {
        let firm = try Extracted("Luật sư Nguyễn Thị Kim Phụng, Văn phòng Luật sư Kim Phụng và cộng sự cho biết như vậy.")
        #expect(firm.names(.organization) == ["Văn phòng Luật sư Kim Phụng và cộng sự"], "\(firm.summary)")
        let words = try Extracted(
            "Bà Nguyễn Thị Liên Hương, Chi hội trưởng Chi hội Nữ trí thức cơ quan Bộ Y tế phát biểu. Ông Phan Sào Nam là "
                + "Giám đốc Công ty cổ phần VTC truyền thông trực tuyến. Ban Giáo dục Báo Dân trí đã nhận thư.")
        #expect(words.pairs(.holdsPosition).isSuperset(of: [
            "Nguyễn Thị Liên Hương → Chi hội Nữ trí thức cơ quan Bộ Y tế",
            "Phan Sào Nam → Công ty cổ phần VTC truyền thông trực tuyến",
        ]), "\(words.summary)")
        #expect(words.names(.organization).contains("Ban Giáo dục Báo Dân trí"), "\(words.summary)")
    }

    @Test("'Tập đoàn Thai Group' is the 'Công ty CP Tập đoàn Thai Group' of another sentence; a group's namesake company is not")
    func groupRegisteredAsCompany() throws {
        let group = try Extracted("Công ty CP Tập đoàn Thai Group vừa mua cổ phần. Tập đoàn Thai Group là cổ đông lớn.")
        let groupMentions = group.mentions(.organization, named: "Tập đoàn Thai Group")
        #expect(!groupMentions.isEmpty && groupMentions.allSatisfy { $0.aliases.contains("Công ty CP Tập đoàn Thai Group") },
            "\(group.summary)")
        let namesake = try Extracted("Tập đoàn Điện Quang có nhiều đơn vị, trong đó Công ty Điện Quang sản xuất bóng đèn.")
        #expect(Set(namesake.names(.organization)) == ["Tập đoàn Điện Quang", "Công ty Điện Quang"], "\(namesake.summary)")
        #expect(!namesake.mentions.contains { $0.canonicalName == "Công ty Điện Quang" && $0.aliases.contains("Tập đoàn Điện Quang") },
            "\(namesake.summary)")
        // "Tổng công ty Hàng không Việt Nam" is no short name of "Tổng Công ty Cảng hàng không Việt Nam".
        let airline = try Extracted("Tổng Công ty Cảng hàng không Việt Nam (ACV) và Tổng công ty Hàng không Việt Nam cùng họp.")
        #expect(airline.names(.organization).contains("Tổng công ty Hàng không Việt Nam"), "\(airline.summary)")
        #expect(!airline.mentions.contains { $0.canonicalName == "Tổng công ty Hàng không Việt Nam"
            && $0.aliases.contains("Tổng Công ty Cảng hàng không Việt Nam") }, "\(airline.summary)")
    }
}
