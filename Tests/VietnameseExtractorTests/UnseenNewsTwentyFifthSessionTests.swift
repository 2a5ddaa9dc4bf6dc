import MekongPluginAPI
import Testing

/// Read off the twenty-fifth session's draw (`dev/1008`–`dev/1023`) after it was measured: a body after "mô hình" is a
/// model that many bodies follow; "Italia" is Italy as the news also writes it; a foreign city after a foreign given
/// name is a family name ("Lloyd Austin"), and names no country's ministry; "Nhà Trắng", "Điện Kremlin" and "Lầu Năm
/// Góc" are bodies (gold files mark them required or optional, never as traps).
@Suite("Models of bodies, Italia, a city as a family name, twenty-fifth session")
struct UnseenNewsTwentyFifthSessionTests {
    @Test("'theo mô hình Trung tâm …', 'thực hiện mô hình Trung tâm Kiểm soát bệnh tật tuyến tỉnh': a model, not a body")
    func modelOfABody() throws {
        let model = try Extracted(
            "NAVIS được xây dựng theo mô hình Trung tâm Quốc tế Hỗn hợp. 22 tỉnh đã thực hiện mô hình Trung tâm Kiểm soát bệnh tật tuyến tỉnh.")
        #expect(model.names(.organization).isEmpty, "\(model.summary)")
        // The same names without "mô hình" are bodies.
        let body = try Extracted("Trung tâm Kiểm soát bệnh tật tỉnh Sóc Trăng đã lấy mẫu xét nghiệm.")
        #expect(body.names(.organization) == ["Trung tâm Kiểm soát bệnh tật tỉnh Sóc Trăng"], "\(body.summary)")
    }

    @Test("'Tổng thống Italia Sergio Mattarella': Italia is the country and the name after it the person")
    func italia() throws {
        let award = try Extracted("Huân chương do Tổng thống Italia Sergio Mattarella trao tặng.")
        #expect(award.names(.person) == ["Sergio Mattarella"], "\(award.summary)")
        #expect(award.names(.place) == ["Italy"], "\(award.summary)")
    }

    @Test("'Bộ trưởng Quốc phòng Lloyd Austin': a city after a foreign given name is the family name, not the ministry's country")
    func cityAsFamilyName() throws {
        let cabinet = try Extracted("Chỉ có 2 bộ trưởng tham gia gồm Ngoại trưởng Antony Blinken, Bộ trưởng Quốc phòng Lloyd Austin.")
        #expect(Set(cabinet.names(.person)) == ["Antony Blinken", "Lloyd Austin"], "\(cabinet.summary)")
        #expect(cabinet.names(.organization) == ["Bộ Quốc phòng"], "\(cabinet.summary)")
        #expect(cabinet.pairs(.holdsPosition) == ["Lloyd Austin → Bộ Quốc phòng"], "\(cabinet.summary)")
        // A capital the gazetteer lists without its country is a city as well.
        let writer = try Extracted("Nhà văn Jack London sinh năm 1876.")
        #expect(writer.names(.person) == ["Jack London"], "\(writer.summary)")
        #expect(writer.names(.place).isEmpty, "\(writer.summary)")
        // A country's ministry is still named with its country, and the city alone is a place.
        let country = try Extracted("Bộ trưởng Thương mại Hoa Kỳ Wilbur Ross đã đến Austin.")
        #expect(country.names(.organization) == ["Bộ Thương mại Hoa Kỳ"], "\(country.summary)")
        #expect(country.names(.person) == ["Wilbur Ross"], "\(country.summary)")
    }

    @Test("'Thư ký báo chí Nhà Trắng Jen Psaki': the White House, the Kremlin and the Pentagon are bodies the news names alone")
    func housesOfPower() throws {
        let briefing = try Extracted("Thư ký báo chí Nhà Trắng Jen Psaki cho biết. Lầu Năm Góc đã xác nhận, còn Điện Kremlin bác bỏ.")
        #expect(Set(briefing.names(.organization)) == ["Nhà Trắng", "Lầu Năm Góc", "Điện Kremlin"], "\(briefing.summary)")
        #expect(briefing.names(.person) == ["Jen Psaki"], "\(briefing.summary)")
        #expect(briefing.pairs(.holdsPosition) == ["Jen Psaki → Nhà Trắng"], "\(briefing.summary)")
    }

    @Test("'Giám đốc Trung tâm … Sư phạm Phó trưởng phòng Đào tạo': a title written on without a comma ends the body's name")
    func titleRunOn() throws {
        let jury = try Extracted(
            "TS. Trần Bá Trình - Giám đốc Trung tâm Nghiên cứu và Phát triển Nghiệp vụ Sư phạm Phó trưởng phòng Đào tạo khen ngợi.")
        #expect(jury.names(.organization).contains("Trung tâm Nghiên cứu và Phát triển Nghiệp vụ Sư phạm"), "\(jury.summary)")
        #expect(jury.pairs(.holdsPosition).contains("Trần Bá Trình → Trung tâm Nghiên cứu và Phát triển Nghiệp vụ Sư phạm"),
            "\(jury.summary)")
        // A title right after the head opens the body's own name and stays in it ("Đoàn Chủ tịch", "Hội đồng Bộ trưởng").
        let presidium = try Extracted("Luật sư kiện Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam.")
        #expect(presidium.pairs(.partOf) == ["Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam → Tổng Liên đoàn Lao động Việt Nam"],
            "\(presidium.summary)")
    }
}
