import MekongPluginAPI
import Testing

/// Rules of the twenty-second session, each on a sentence written for the test after a shape of the development
/// corpus.
@Suite("Cooperatives and other shapes, twenty-second session")
struct UnseenNewsTwentySecondSessionTests {
    @Test("'HTX chè Tân Cương (Thái Nguyên)': the 'xã' of 'hợp tác xã' names no commune, so the cooperative lies in the place")
    func cooperativeInParenthesizedPlace() throws {
        let listed = try Extracted("Mô hình tiêu biểu như HTX chè Tân Cương (Thái Nguyên); HTX Mai Anh (Lào Cai).")
        #expect(listed.pairs(.locatedIn) == ["Hợp tác xã chè Tân Cương → Thái Nguyên", "Hợp tác xã Mai Anh → Lào Cai"],
            "\(listed.summary)")
        let address = try Extracted("Tại lò sấy của Hợp tác xã nông nghiệp Đông Cường (xã Khánh Cường, Yên Khánh, Ninh Bình), bà Bảy đóng bao.")
        #expect(address.pairs(.locatedIn).contains("Hợp tác xã nông nghiệp Đông Cường → Khánh Cường"), "\(address.summary)")
        // A commune's own body still lies in its commune, not in the place in parentheses.
        let commune = try Extracted("Công an xã Gia Xuyên (huyện Gia Lộc) đã vào cuộc.")
        #expect(!commune.pairs(.locatedIn).contains("Công an xã Gia Xuyên → Gia Lộc"), "\(commune.summary)")
    }

    @Test("'Donald Trump đã …', 'Theo Susan Rice, …': a foreign given name of the lexicon opens a person's name with no cue")
    func foreignGivenNameOpensPerson() throws {
        let uncued = try Extracted(
            "Donald Trump đã sa thải Giám đốc FBI James Comey. Theo Susan Rice, cố vấn an ninh quốc gia, việc này là sai. "
                + "Ông nói chuyện với Mark Warner và Sergey Lavrov.")
        #expect(Set(uncued.names(.person)) == ["Donald Trump", "James Comey", "Susan Rice", "Mark Warner", "Sergey Lavrov"],
            "\(uncued.summary)")
        // An acronym before the given name is a post or a body, no part of the name.
        let acronym = try Extracted("CEO Travis Kalanick tạm thời vắng mặt một thời gian.")
        #expect(acronym.names(.person) == ["Travis Kalanick"], "\(acronym.summary)")
        // A clause's first word is no part of the name.
        let opener = try Extracted("Sau James Comey, cựu Giám đốc FBI, ông Mueller là người giữ chức lâu nhất.")
        #expect(opener.names(.person).contains("James Comey") && !opener.names(.person).contains("Sau James Comey"),
            "\(opener.summary)")
    }

    @Test("'Marina City', 'Morgan Stanley', 'Kim Hoa': a given name before a body's word, a brand or a Vietnamese name is no foreign person")
    func foreignGivenNameRefusals() throws {
        let places = try Extracted("Dự án gần khu Marina City và ngân hàng Morgan Stanley đã rót vốn; bà Kim Hoa Lan cho biết.")
        #expect(!places.names(.person).contains("Marina City"), "\(places.summary)")
        #expect(!places.names(.person).contains("Morgan Stanley"), "\(places.summary)")
        let airline = try Extracted("Hãng hàng không Royal Khmer Airlines mở đường bay mới.")
        #expect(airline.names(.person).isEmpty, "\(airline.summary)")
    }

    @Test("'phối hợp với Bộ Tài chính, Tư pháp trình Thủ tướng': a listed ministry's name may end at the clause's verb")
    func ministryListBeforeVerb() throws {
        let listed = try Extracted("Bộ KH-ĐT phối hợp với Bộ Tài chính, Tư pháp trình Thủ tướng tình hình chuyển giao tài sản.")
        #expect(Set(listed.names(.organization)) == ["Bộ Kế hoạch và Đầu tư", "Bộ Tài chính", "Bộ Tư pháp"], "\(listed.summary)")
        #expect(listed.pairs(.cooperatesWith).contains("Bộ Kế hoạch và Đầu tư → Bộ Tư pháp"), "\(listed.summary)")
        // A capitalized word after it makes a longer name, which is no known ministry: nothing is listed.
        let longer = try Extracted("Đoàn đã làm việc với Bộ Tài chính, Tư pháp Nhật Bản về dự án.")
        #expect(!longer.names(.organization).contains("Bộ Tư pháp"), "\(longer.summary)")
    }

    @Test("'thanh tra viên Chu Văn Hùng', 'chấp hành viên Hồ Thị Thu Thảo': a job ending in 'viên' is a person's, not a park's")
    func jobEndingInVien() throws {
        let jobs = try Extracted(
            "Hôm qua, thanh tra viên Chu Văn Hùng đã dừng 2 xe. Trách nhiệm thuộc về chấp hành viên Hồ Thị Thu Thảo.")
        #expect(Set(jobs.names(.person)) == ["Chu Văn Hùng", "Hồ Thị Thu Thảo"], "\(jobs.summary)")
        // "công viên Lê Văn Tám" is still a park.
        let park = try Extracted("Người dân tập thể dục ở công viên Lê Văn Tám mỗi sáng.")
        #expect(park.names(.person).isEmpty, "\(park.summary)")
    }

    @Test("'Giám đốc Công an thành phố Đoàn Duy Khương': after a body named by its bare unit word, 'Đoàn' opens the holder's name")
    func familyNameHeadAfterBareUnit() throws {
        let holder = try Extracted("Cơ quan công an đang điều tra. Giám đốc Công an thành phố Đoàn Duy Khương thông tin thêm về vụ việc.")
        #expect(holder.names(.person) == ["Đoàn Duy Khương"], "\(holder.summary)")
        #expect(holder.names(.organization).allSatisfy { !$0.hasPrefix("Đoàn") }, "\(holder.summary)")
    }

    @Test("'Sở Giáo dục và Đào tạo (GD-ĐT) Hà Nội Phạm Xuân Tiến': an acronym of glued parts in parentheses inside the name")
    func gluedAcronymInParentheses() throws {
        let body = try Extracted("Phó Giám đốc Sở Giáo dục và Đào tạo (GD-ĐT) Hà Nội Phạm Xuân Tiến khẳng định quyết định là đúng.")
        #expect(body.names(.organization) == ["Sở Giáo dục và Đào tạo Hà Nội"], "\(body.summary)")
        #expect(body.pairs(.holdsPosition) == ["Phạm Xuân Tiến → Sở Giáo dục và Đào tạo Hà Nội"], "\(body.summary)")
        // A parenthesis that is no acronym ends the name as before.
        let aside = try Extracted("Sở Giáo dục và Đào tạo (theo báo cáo) Hà Nội cho biết.")
        #expect(!aside.names(.organization).contains("Sở Giáo dục và Đào tạo Hà Nội"), "\(aside.summary)")
    }

    @Test("'Ngu Hải Yến', 'ông Sái Công Hồng': rare family names of the lexicon")
    func rareFamilyNames() throws {
        let rare = try Extracted("Đầu năm nay, Ngu Hải Yến, Ủy viên thường vụ, bị kỷ luật. Ông Sái Công Hồng, Phó Cục trưởng, cho biết.")
        #expect(Set(rare.names(.person)) == ["Ngu Hải Yến", "Sái Công Hồng"], "\(rare.summary)")
    }

    @Test("'Tổ chức Lao động Quốc tế', 'Liên minh châu Phi', 'Cao ủy Liên hợp quốc về người tị nạn': international bodies of the lexicon")
    func internationalBodies() throws {
        let bodies = try Extracted(
            "Đại diện Tổ chức Lao động Quốc tế, Liên minh châu Phi, Tổ chức Hợp tác Thượng Hải và Cao ủy Liên hợp quốc về "
                + "người tị nạn cùng dự họp.")
        #expect(Set(bodies.names(.organization)) == [
            "Tổ chức Lao động Quốc tế", "Liên minh châu Phi", "Tổ chức Hợp tác Thượng Hải", "Cao ủy Liên hợp quốc về người tị nạn",
        ], "\(bodies.summary)")
        #expect(bodies.names(.place).isEmpty, "\(bodies.summary)")
    }

    @Test("'gồm các ông: Lê Hoàng, Nguyễn An Tiêm, Nguyễn Nguyên': two-syllable names listed beside persons are persons")
    func twoSyllableNamesInPersonList() throws {
        let listed = try Extracted("Các Phó chủ tịch gồm các ông: Lê Hoàng, Nguyễn An Tiêm, Nguyễn Nguyên, Hoàng Phong Hà.")
        #expect(Set(listed.names(.person)) == ["Lê Hoàng", "Nguyễn An Tiêm", "Nguyễn Nguyên", "Hoàng Phong Hà"], "\(listed.summary)")
        let semicolon = try Extracted("Dự lễ có nguyên lãnh đạo Ủy ban: Phạm Thế Duyệt, Huỳnh Đảm; các vị lãnh đạo khác.")
        #expect(Set(semicolon.names(.person)) == ["Phạm Thế Duyệt", "Huỳnh Đảm"], "\(semicolon.summary)")
        // Beside no person, or a place of the gazetteer, two syllables stay out.
        let places = try Extracted("Ông Nguyễn Văn An, Hà Nội cho biết; đoàn đi Cao Bằng, Lê Chân.")
        #expect(places.names(.person) == ["Nguyễn Văn An"], "\(places.summary)")
    }

    @Test("'Phó Phát ngôn viên Bộ Ngoại giao Đoàn Khắc Việt': after a title and a known body, 'Đoàn' opens the holder's name")
    func familyNameHeadAfterKnownBody() throws {
        let holder = try Extracted("Họp báo chiều 29/4, Phó Phát ngôn viên Bộ Ngoại giao Đoàn Khắc Việt chia sẻ quan điểm.")
        #expect(holder.names(.person) == ["Đoàn Khắc Việt"], "\(holder.summary)")
        #expect(holder.pairs(.holdsPosition) == ["Đoàn Khắc Việt → Bộ Ngoại giao"], "\(holder.summary)")
    }

    @Test("'Giám đốc Cty TNHH một thành viên Lê Quang Lộc': a company's own name after a legal form written out is no holder")
    func companyNamedAfterPersonAfterSpelledLegalForm() throws {
        let company = try Extracted(
            "Ông Nguyễn Tri Quang - Phó Chủ tịch Hội Doanh nhân trẻ TPHCM, Giám đốc Cty TNHH một thành viên Lê Quang Lộc cho biết.")
        #expect(company.names(.person) == ["Nguyễn Tri Quang"], "\(company.summary)")
        #expect(company.pairs(.holdsPosition).contains("Nguyễn Tri Quang → Công ty TNHH một thành viên Lê Quang Lộc"),
            "\(company.summary)")
        // Without a legal form the name after the company is its holder's, as before.
        let holder = try Extracted("Giám đốc Công ty Hòa Phát Nguyễn Văn An cho biết.")
        #expect(holder.names(.person) == ["Nguyễn Văn An"], "\(holder.summary)")
    }

    @Test("'Vụ Sức khỏe Bà mẹ - Trẻ em', 'Công ty Đầu tư Phát triển Dầu khí', 'Học viện Tòa án': a clause's word that starts a compound of the name")
    func clauseOpenerStartingCompound() throws {
        let department = try Extracted("Bộ Y tế (Vụ Sức khỏe Bà mẹ - Trẻ em) có văn bản gửi Sở Y tế.")
        #expect(department.pairs(.partOf).contains("Vụ Sức khỏe Bà mẹ - Trẻ em → Bộ Y tế"), "\(department.summary)")
        let company = try Extracted("Đại diện Công ty Đầu tư Phát triển Dầu khí và Học viện Tòa án dự họp.")
        #expect(Set(company.names(.organization)) == ["Công ty Đầu tư Phát triển Dầu khí", "Học viện Tòa án"], "\(company.summary)")
        // "Bà" before a person's name still ends the body's name.
        let person = try Extracted("Đại diện Công ty Hòa Phát Bà Nguyễn Thị Lan cho biết.")
        #expect(person.names(.person) == ["Nguyễn Thị Lan"], "\(person.summary)")
    }
}
