import MekongPluginAPI
import Testing

/// Read off the twenty-sixth session's draw (`dev/1024`–`dev/1039`) after it was measured: a school, faculty or
/// institute set off by a comma before its university is a part of it wherever the pair stands; what a person is
/// ("phi công vũ trụ", "nhà báo", "45 tuổi"), set off by commas after the name, does not end the line of the name's
/// posts.
@Suite("Parts of universities by a comma, descriptors before posts, twenty-sixth session")
struct UnseenNewsTwentySixthSessionTests {
    @Test("'Trường ĐH Quốc tế, ĐH Quốc gia TP.HCM phối hợp …', 'Viện A, Trường ĐH B': the part and its university")
    func partOfUniversityByComma() throws {
        let contest = try Extracted(
            "Ngày 18/4, Trường ĐH Quốc tế, ĐH Quốc gia TP.HCM phối hợp cùng ĐH Deakin tổ chức vòng bán kết. "
                + "Thầy Nguyễn Hoàng Long, Viện Cơ khí Động lực, Trường Đại học Bách khoa Hà Nội cho biết.")
        #expect(Set(contest.pairs(.partOf)) == [
            "Trường Đại học Quốc tế → Đại học Quốc gia Thành phố Hồ Chí Minh",
            "Viện Cơ khí Động lực → Trường Đại học Bách khoa Hà Nội",
        ], "\(contest.summary)")
        // A university that opens a list of its own is one of the parties, not the owner of the body before it.
        let guests = try Extracted("Đại diện Trường ĐH Kinh tế, ĐH Quốc gia Hà Nội và Bộ Công Thương dự lễ.")
        #expect(guests.pairs(.partOf).isEmpty, "\(guests.summary)")
        // Nor does a school that closes a list of schools belong to the university after it.
        let schools = try Extracted("Trường ĐH Mở, Trường ĐH Luật, ĐH Quốc gia Hà Nội cùng công bố điểm chuẩn.")
        #expect(schools.pairs(.partOf).isEmpty, "\(schools.summary)")
    }

    @Test("'Trung tướng Phạm Tuân, phi công vũ trụ, anh hùng Liên Xô, Chủ tịch danh dự Hội …': the post is the name's")
    func descriptorsBeforePost() throws {
        let hero = try Extracted(
            "Trung tướng Phạm Tuân, phi công vũ trụ, anh hùng lực lượng vũ trang, anh hùng Liên Xô, Chủ tịch danh dự "
                + "Hội Hàng không - Vũ trụ Việt Nam chia sẻ những ấn tượng.")
        #expect(hero.pairs(.holdsPosition) == ["Phạm Tuân → Hội Hàng không - Vũ trụ Việt Nam"], "\(hero.summary)")
        let people = try Extracted(
            "Ông Nguyễn Văn An, 45 tuổi, Giám đốc Công ty TNHH Minh Phát cho biết. Bà Trần Thị Bình, nhà báo, Phó Tổng biên tập "
                + "Báo Nhân Dân phát biểu.")
        #expect(Set(people.pairs(.holdsPosition)) == [
            "Nguyễn Văn An → Công ty TNHH Minh Phát", "Trần Thị Bình → Báo Nhân Dân",
        ], "\(people.summary)")
        // Kin are not descriptors: the post after "vợ ông B" is not the wife's.
        let kin = try Extracted("Bà Trần Thị Bình, vợ ông Lê Văn Cường, Giám đốc Công ty TNHH Minh Phát cho biết.")
        #expect(!kin.pairs(.holdsPosition).contains("Trần Thị Bình → Công ty TNHH Minh Phát"), "\(kin.summary)")
        // Nor is an item that says something (a verb): the post after it is not read as the name's.
        let clause = try Extracted("Ông Nguyễn Văn An, nhà báo đã nghỉ hưu, Giám đốc Công ty TNHH Minh Phát cho biết.")
        #expect(clause.pairs(.holdsPosition).isEmpty, "\(clause.summary)")
    }

    @Test("'Cục quản lý thị trường Nam Định': a national agency's branch named with its province lies in it, not in a country")
    func branchInProvince() throws {
        let branch = try Extracted("Cục quản lý thị trường Nam Định vừa có quyết định chuyển hồ sơ. Cục Hải quan Bình Dương cho biết.")
        #expect(Set(branch.pairs(.locatedIn)) == [
            "Cục quản lý thị trường Nam Định → Nam Định", "Cục Hải quan Bình Dương → Bình Dương",
        ], "\(branch.summary)")
        // The national agency named with its country is not placed in it.
        let national = try Extracted("Ông Trần Văn A, Cục trưởng Cục Hàng hải Việt Nam, cho biết tại Việt Nam có 34 cảng biển.")
        #expect(national.pairs(.locatedIn).isEmpty, "\(national.summary)")
    }

    @Test("'trao tặng Trường Đại học Vinh Huân chương Lao động': an award ends the body's name before it")
    func awardEndsName() throws {
        let awards = try Extracted(
            "Thiếu tướng Vũ Ngọc Thiềm trao tặng Học viện Kỹ thuật Mật mã Huân chương Bảo vệ Tổ quốc hạng Nhì. "
                + "Chủ tịch nước trao tặng Trường Đại học Vinh Huân chương Lao động hạng Nhất.")
        #expect(Set(awards.names(.organization)) == ["Học viện Kỹ thuật Mật mã", "Trường Đại học Vinh"], "\(awards.summary)")
        // An award's words right after the head are the body's own name ("Công ty Huy Hiệu Hà Nội").
        let maker = try Extracted("Công ty Huy Hiệu Hà Nội sản xuất kỷ niệm chương.")
        #expect(maker.names(.organization) == ["Công ty Huy Hiệu Hà Nội"], "\(maker.summary)")
    }

    @Test("'giảng viên Khoa A, trường ĐH Tôn Đức Thắng': a lower-case 'trường' before 'ĐH' or 'CĐ' opens the school's name")
    func lowerCaseSchoolBeforeAbbreviatedLevel() throws {
        let lecturer = try Extracted(
            "Ông Phạm Đình Quý (SN 1981, giảng viên Khoa Khoa học thể thao, trường ĐH Tôn Đức Thắng) bị bắt. "
                + "Sinh viên trường CĐ Y tế Hà Nội tham gia.")
        #expect(Set(lecturer.names(.organization)) == [
            "Khoa Khoa học thể thao", "Trường Đại học Tôn Đức Thắng", "Trường CĐ Y tế Hà Nội",
        ], "\(lecturer.summary)")
        #expect(lecturer.pairs(.partOf) == ["Khoa Khoa học thể thao → Trường Đại học Tôn Đức Thắng"], "\(lecturer.summary)")
    }

    @Test("'Honda Việt Nam (HVN) phối hợp …', 'Theo Nielsen Việt Nam': a foreign company's Vietnamese arm is a body")
    func foreignCompanyInVietnam() throws {
        let arms = try Extracted("Honda Việt Nam (HVN) phối hợp với Bộ GD&ĐT tổ chức cuộc thi. Theo Nielsen Việt Nam, sức mua tăng.")
        #expect(Set(arms.names(.organization)) == ["Honda Việt Nam", "Nielsen Việt Nam", "Bộ Giáo dục và Đào tạo"], "\(arms.summary)")
        // A figure, an epidemic or a Vietnamese word before "Việt Nam" is no company.
        let others = try Extracted("GDP Việt Nam tăng 2,9%. Làn sóng Covid Việt Nam thứ tư. Lúa gạo Việt Nam xuất khẩu mạnh.")
        #expect(others.names(.organization).isEmpty, "\(others.summary)")
    }

    @Test("'quận Gò Vấp, TP Thủ Đức và quận Bình Tân': a list of peers, not an address; two addresses still are")
    func listOfDistrictsWithUnitWords() throws {
        let list = try Extracted("Ba địa phương có nhiều tin phản ánh nhất là quận Gò Vấp, TP Thủ Đức và quận Bình Tân.")
        #expect(list.pairs(.locatedIn).isEmpty, "\(list.summary)")
        let addresses = try Extracted("Người dân phường Bến Nghé, quận 1 và phường Bến Thành, quận 1 phản ánh.")
        #expect(Set(addresses.pairs(.locatedIn)) == ["Bến Nghé → Quận 1", "Bến Thành → Quận 1"], "\(addresses.summary)")
    }

    @Test("'phường Phong khê', 'Thành ủy Sắp tới': one unknown syllable before a lower-case word is no place's whole name")
    func oneSyllableCutShort() throws {
        let river = try Extracted("Các cơ sở ở phường Phong khê xả thải ra sông Ngũ huyện Khê và sông Cầu.")
        #expect(river.names(.place).isEmpty, "\(river.summary)")
        // A district of one syllable the gazetteer holds, and a foreign one, stay places.
        let known = try Extracted("Ông A ở huyện Lắk, tỉnh Đắk Lắk. Bà B sống ở thị trấn Watford.")
        #expect(Set(known.names(.place)) == ["Lắk", "Đắk Lắk", "Watford"], "\(known.summary)")
    }

    @Test("'Trường ĐH Tôn Đức Thắng - TPHCM': a province or city after a dash is where the body is, not its other name")
    func seatAfterDash() throws {
        let seats = try Extracted("Ông Quý là giảng viên Trường ĐH Tôn Đức Thắng - TPHCM. Bệnh viện Chợ Rẫy - TP.HCM tiếp nhận bệnh nhân.")
        #expect(Set(seats.names(.organization)) == ["Trường Đại học Tôn Đức Thắng", "Bệnh viện Chợ Rẫy"], "\(seats.summary)")
        #expect(Set(seats.pairs(.locatedIn)) == [
            "Trường Đại học Tôn Đức Thắng → Thành phố Hồ Chí Minh", "Bệnh viện Chợ Rẫy → Thành phố Hồ Chí Minh",
        ], "\(seats.summary)")
        #expect(!seats.mentions.contains { $0.aliases.contains("TPHCM") && $0.type == .organization }, "\(seats.summary)")
        // A foreign city after the dash may be part of the name, and an acronym after it is the short name.
        let names = try Extracted("Trường THPT chuyên Hà Nội - Amsterdam tổ chức lễ. Công ty Cổ phần Thái Bình Dương - COPAC làm chủ đầu tư.")
        #expect(Set(names.names(.organization)) == ["Trường THPT chuyên Hà Nội - Amsterdam", "Công ty Cổ phần Thái Bình Dương"],
            "\(names.summary)")
    }

    @Test("'Ursula von der Leyen', 'Charles de Gaulle': lower-case particles inside a foreign name")
    func foreignNameParticles() throws {
        let names = try Extracted("Chủ tịch Ủy ban châu Âu Ursula von der Leyen cho biết. Tướng Charles de Gaulle là tổng thống Pháp.")
        #expect(Set(names.names(.person)) == ["Ursula von der Leyen", "Charles de Gaulle"], "\(names.summary)")
        #expect(names.pairs(.holdsPosition) == ["Ursula von der Leyen → Ủy ban châu Âu"], "\(names.summary)")
        // A Vietnamese word after the particle ends the name there.
        let vietnamese = try Extracted("Bà Ursula la Hà Nội đẹp.")
        #expect(!vietnamese.names(.person).contains { $0.contains("Hà Nội") }, "\(vietnamese.summary)")
    }
}
