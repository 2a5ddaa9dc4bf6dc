import MekongPluginAPI
import Testing

/// Names of the eighteenth draw (dev/827–850) that the grammar misread.
@Suite("Names of the eighteenth draw, twentieth session")
struct EighteenthDrawNameTests {
    @Test("'Trường Chinh', 'dãy Trường Sơn', 'Trường Hoàng': 'Trường' and one syllable is no school")
    func truongAndOneSyllable() throws {
        let extracted = try Extracted("Đoàn đi qua dãy Trường Sơn, rồi theo đường Trường Chinh. Ảnh: Trường Hoàng")
        #expect(extracted.names(.organization).isEmpty, "\(extracted.summary)")
        let school = try Extracted("Ông dự lễ khai giảng của Trường THPT Chu Văn An và Trường Đại học Vinh.")
        #expect(school.names(.organization) == ["Trường THPT Chu Văn An", "Trường Đại học Vinh"], "\(school.summary)")
    }

    @Test("'lời dạy của Bác Hồ': the name the country gives Hồ Chí Minh")
    func uncleHo() throws {
        let extracted = try Extracted("Phải thực hiện tốt lời dạy của Bác Hồ kính yêu.")
        #expect(extracted.names(.person) == ["Hồ Chí Minh"], "\(extracted.summary)")
        #expect(extracted.hasMention(.person, containingName: "Bác Hồ"), "\(extracted.summary)")
        // A memorial or a thought named after him is no mention of the person.
        let memorial = try Extracted("Đoàn vào lăng Bác Hồ và học tập tư tưởng Bác Hồ.")
        #expect(memorial.names(.person).isEmpty, "\(memorial.summary)")
        // Not the first words of another name.
        let other = try Extracted("Bác Hồ Văn Lâm năm nay 80 tuổi.")
        #expect(!other.names(.person).contains("Hồ Chí Minh"), "\(other.summary)")
    }

    @Test("'người anh họ tên Nguyễn Đức Kỳ Nam (SN 1968, …)': a year of birth makes the name after 'tên' a person's")
    func birthYearAfterName() throws {
        let extracted = try Extracted("Dương thuê người anh họ tên Nguyễn Đức Kỳ Nam (SN 1968, ngụ Hà Nội) làm việc này.")
        #expect(extracted.names(.person) == ["Nguyễn Đức Kỳ Nam"], "\(extracted.summary)")
        let street = try Extracted("Con đường mang tên Nguyễn Đức Cảnh dài 2 km.")
        #expect(street.names(.person).isEmpty, "\(street.summary)")
    }
}

extension EighteenthDrawNameTests {
    @Test("'…; Trình Phó Thủ tướng Vương Đình Huệ': a post of two words and a name after it end the name before")
    func postAfterFamilyName() throws {
        let extracted = try Extracted("Bộ soạn hồ sơ; Trình Phó Thủ tướng Vương Đình Huệ - Trưởng ban Chỉ đạo xem xét.")
        #expect(extracted.names(.person) == ["Vương Đình Huệ"], "\(extracted.summary)")
        // A given name that opens a title's words stays a syllable of the name where no capitalized word follows the
        // title: "Trưởng" is a title of its own ("Trưởng Công an …"), yet "Lê Văn Trưởng cho biết" is a name.
        let name = try Extracted("Phóng viên đã gặp ông Lê Văn Trưởng cho biết thêm.")
        #expect(name.names(.person) == ["Lê Văn Trưởng"], "\(name.summary)")
    }

    @Test("'Thủ tướng Campuchia Hunsen Cùng dự lễ đón', 'Tổng thống Nga Putin': one foreign word after a title and a country")
    func singleForeignNameAfterTitledCountry() throws {
        let extracted = try Extracted(
            "Thủ tướng Nguyễn Xuân Phúc đón Thủ tướng Campuchia Hunsen Cùng dự lễ đón. Tổng thống Nga Putin cho biết.")
        #expect(extracted.names(.person) == ["Nguyễn Xuân Phúc", "Hunsen", "Putin"], "\(extracted.summary)")
        // The full name of the article, where it has one.
        let full = try Extracted(
            "Chủ tịch Ủy ban châu Âu Jean-Claude Juncker đến Hà Nội. Chủ tịch Liên minh châu Âu Juncker phát biểu. Ông Juncker cho biết.")
        #expect(full.names(.person) == ["Jean-Claude Juncker"], "\(full.summary)")
        #expect(full.mentions(.person, named: "Jean-Claude Juncker").count == 3, "\(full.summary)")
        // Not an initial, not a Vietnamese word.
        let initial = try Extracted("Tổng thống Mỹ J. Trump nói. Thủ tướng Nhật Bản Cho biết thêm.")
        #expect(!initial.names(.person).contains("J"), "\(initial.summary)")
        #expect(!initial.names(.person).contains("Cho"), "\(initial.summary)")
    }
}

extension EighteenthDrawNameTests {
    @Test("'Trại giam T16 thuộc Bộ Công an', '…, Phó giám đốc Xí nghiệp Cơ khí hàng hải 131': prisons and enterprises head bodies")
    func prisonsAndEnterprises() throws {
        let extracted = try Extracted(
            "Bị can bị đưa về Trại giam T16 thuộc Bộ Công an. Ông Trương Văn Châu, Phó giám đốc Xí nghiệp Cơ khí hàng hải 131, cho biết.")
        #expect(extracted.pairs(.partOf) == ["Trại giam T16 → Bộ Công an"], "\(extracted.summary)")
        #expect(extracted.pairs(.holdsPosition) == ["Trương Văn Châu → Xí nghiệp Cơ khí hàng hải 131"], "\(extracted.summary)")
    }
}

extension EighteenthDrawNameTests {
    @Test("'các nước như Mỹ, Nhật, Đức', 'khắp nước Nhật': 'Nhật' alone is Japan, not the given name of 'Thứ trưởng Nguyễn Nhật'")
    func japanShortName() throws {
        let extracted = try Extracted("Đoàn sang thăm các nước như Mỹ, Nhật, Đức. Thứ trưởng Nguyễn Nhật cho biết thêm.")
        #expect(extracted.names(.place).contains("Nhật Bản"), "\(extracted.summary)")
        #expect(extracted.names(.person) == ["Nguyễn Nhật"], "\(extracted.summary)")
    }
}

extension EighteenthDrawNameTests {
    @Test("'tiếng Anh, tiếng Nga', 'Pháp lệnh', 'Ảnh: Anh Nguyễn': a language, a word, a credit — no country")
    func countriesThatAreNot() throws {
        let extracted = try Extracted(
            "Ông thông thạo tiếng Anh, tiếng Nga. Bộ đề xuất sửa đổi Pháp lệnh Người có công. Ảnh: Anh Nguyễn.")
        #expect(extracted.names(.place).isEmpty, "\(extracted.summary)")
        // The countries themselves stay, after "nổi tiếng" and before "nhân dịp" or "định cư".
        let countries = try Extracted("Ông là nhà văn nổi tiếng Nga. Đại sứ Pháp nhân dịp Quốc khánh gửi thư. Người Pháp định cư ở Anh.")
        #expect(Set(countries.names(.place)) == ["Nga", "Pháp", "Anh"], "\(countries.summary)")
    }
}
