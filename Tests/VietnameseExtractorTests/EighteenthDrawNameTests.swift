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
        // A given name that is a title's first word stays: no capitalized word after the title.
        let name = try Extracted("Ông Nguyễn Văn Giám đốc nói.")
        #expect(!name.names(.person).contains("Nguyễn"), "\(name.summary)")
    }

    @Test("'Thủ tướng Campuchia Hunsen Cùng dự lễ đón', 'Tổng thống Nga Putin': one foreign word after a title and a country")
    func singleForeignNameAfterTitledCountry() throws {
        let extracted = try Extracted(
            "Thủ tướng Nguyễn Xuân Phúc đón Thủ tướng Campuchia Hunsen Cùng dự lễ đón. Tổng thống Nga Putin cho biết.")
        #expect(extracted.names(.person) == ["Nguyễn Xuân Phúc", "Hunsen", "Putin"], "\(extracted.summary)")
        // The full name of the article, where it has one.
        let full = try Extracted("Chủ tịch Ủy ban châu Âu Jean-Claude Juncker đến Hà Nội. Chủ tịch Liên minh châu Âu Juncker phát biểu.")
        #expect(full.names(.person) == ["Jean-Claude Juncker"], "\(full.summary)")
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
