import MekongPluginAPI
import Testing

/// Names and facts about entities the text does not have (issue 7's "traps stay 0", twentieth session), and shapes of
/// the eighteenth draw of unread baomoi 2017 articles, each on a sentence written for the test.
@Suite("Traps and names of general grammar, twentieth session")
struct UnseenNewsTwentiethSessionTests {
    @Test("'hiệu trưởng ĐH Tôn Đức Thắng', 'đại học …', 'bệnh viện Bạch Mai, đại biểu …': a namesake school or hospital, no person")
    func schoolAndHospitalNamesakes() throws {
        let headline = try Extracted("Bộ Giáo dục trả lời về hiệu trưởng ĐH Tôn Đức Thắng bị đình chỉ.")
        #expect(headline.names(.person).isEmpty, "\(headline.summary)")
        #expect(headline.pairs(.holdsPosition).allSatisfy { !$0.hasPrefix("Tôn Đức Thắng") }, "\(headline.summary)")
        let lower = try Extracted("Ông Lê Vinh Danh (nguyên Hiệu trưởng đại học Tôn Đức Thắng) bị kỷ luật.")
        #expect(lower.names(.person) == ["Lê Vinh Danh"], "\(lower.summary)")
        let hospital = try Extracted("Đó là ông Nguyễn Quang Tuấn - Giám đốc bệnh viện Bạch Mai, đại biểu Quốc hội đương nhiệm.")
        #expect(hospital.names(.person) == ["Nguyễn Quang Tuấn"], "\(hospital.summary)")
        // "học" names a school only after "đại", "trung", "tiểu": a student is still named after "theo học".
        let student = try Extracted("Anh từng theo học Nguyễn Văn Bình, nguyên Giám đốc Sở Y tế tỉnh Nam Định.")
        #expect(student.names(.person) == ["Nguyễn Văn Bình"], "\(student.summary)")
    }

    @Test("'56 Bà mẹ Việt Nam anh hùng': the honorary title names no country")
    func heroicMotherTitle() throws {
        let title = try Extracted("Huyện có 56 Bà mẹ Việt Nam anh hùng và nhiều thương binh.")
        #expect(title.names(.place).isEmpty, "\(title.summary)")
        let country = try Extracted("Các Mẹ Việt Nam anh hùng đã hy sinh để bảo vệ Việt Nam.")
        #expect(country.names(.place) == ["Việt Nam"], "\(country.summary)")
    }

    @Test("'ông Nguyễn Thiện Nhân Nhãn Trao đổi …', '… Trần Thăng Phúc Đón nhận …': a name written elsewhere does not take a glued caption's syllable")
    func gluedSyllableAfterKnownName() throws {
        let glued = try Extracted(
            "Bí thư Thành ủy Nguyễn Thiện Nhân đã chỉ đạo. Đơn kiến nghị được gửi đến ông Nguyễn Thiện Nhân Nhãn Trao đổi với phóng viên.")
        #expect(glued.names(.person) == ["Nguyễn Thiện Nhân"], "\(glued.summary)")
        let caption = try Extracted(
            "Ông Trần Thăng Phúc, sinh năm 1930, cho biết. Nhóm chụp ảnh lưu niệm cùng gia đình ông Trần Thăng Phúc Đón nhận tình cảm.")
        #expect(caption.names(.person) == ["Trần Thăng Phúc"], "\(caption.summary)")
        // A four-syllable name the article never writes in three stays whole.
        let whole = try Extracted("Đại sứ Tôn Nữ Thị Ninh Phát biểu tại hội thảo. Bà Ninh cho biết.")
        #expect(whole.names(.person).contains("Tôn Nữ Thị Ninh"), "\(whole.summary)")
    }

    @Test("'Phó Thủ trưởng cơ quan cảnh sát điều tra Công an huyện X': the head of an investigating agency")
    func investigatingAgencyHead() throws {
        let extracted = try Extracted(
            "Thượng tá Nguyễn Văn Hiểu – Phó Thủ trưởng cơ quan cảnh sát điều tra Công an huyện Sóc Sơn đã ký lệnh bắt.")
        let posts = extracted.relations.filter { $0.predicate == .holdsPosition && $0.subject == "Nguyễn Văn Hiểu" }
        #expect(posts.count == 1, "\(extracted.summary)")
        #expect(posts.first?.attributes["title"] == "Phó Thủ trưởng", "\(extracted.summary)")
        #expect(posts.first?.object.lowercased() == "cơ quan cảnh sát điều tra công an huyện sóc sơn", "\(extracted.summary)")
    }
}
