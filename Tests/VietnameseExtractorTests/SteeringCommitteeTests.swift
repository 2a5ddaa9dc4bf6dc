import MekongPluginAPI
import Testing

/// Twenty-eighth session: a capitalized "Ban Chỉ đạo" is named by what it steers, in lower case right after its head
/// ("Ban Chỉ đạo điều hành giá"); 320 of the news pools' 37,000 articles name one.
@Suite("Steering committees named by their remit, twenty-eighth session")
struct SteeringCommitteeTests {
    @Test("'Ban Chỉ đạo điều hành giá', '… cải cách tư pháp Trung ương', '… kỳ thi … năm 2017': the remit is the name")
    func remitNames() throws {
        let committees = try Extracted(
            "Bộ Công Thương báo cáo Ban Chỉ đạo điều hành giá trước khi báo cáo Thủ tướng. Chủ tịch nước Trần Đại Quang, "
                + "Trưởng Ban Chỉ đạo cải cách tư pháp Trung ương đã trao quyết định. Thứ trưởng Bùi Văn Ga – Trưởng Ban chỉ đạo "
                + "kỳ thi trung học phổ thông quốc gia năm 2017 đã dẫn đầu đoàn. Ông Chử Xuân Dũng, Trưởng Ban Chỉ đạo công tác "
                + "phòng, chống dịch bệnh nêu ra yêu cầu. Thành viên Ban Chỉ đạo phòng chống Covid-19 của huyện có mặt.")
        #expect(Set(committees.names(.organization)) == [
            "Bộ Công Thương", "Ban Chỉ đạo điều hành giá", "Ban Chỉ đạo cải cách tư pháp Trung ương",
            "Ban chỉ đạo kỳ thi trung học phổ thông quốc gia năm 2017", "Ban Chỉ đạo công tác phòng, chống dịch bệnh",
            "Ban Chỉ đạo phòng chống Covid-19 của huyện",
        ], "\(committees.summary)")
        #expect(committees.pairs(.holdsPosition) == [
            "Trần Đại Quang → Ban Chỉ đạo cải cách tư pháp Trung ương",
            "Bùi Văn Ga → Ban chỉ đạo kỳ thi trung học phổ thông quốc gia năm 2017",
            "Chử Xuân Dũng → Ban Chỉ đạo công tác phòng, chống dịch bệnh",
        ], "\(committees.summary)")
    }

    @Test("a place after the remit is read as after any body's complement: its alias and located_in")
    func placeAfterRemit() throws {
        let provincial = try Extracted("Ban Chỉ đạo điều hành giá tỉnh Hà Nam họp sáng nay.")
        #expect(provincial.names(.organization) == ["Ban Chỉ đạo điều hành giá tỉnh Hà Nam"], "\(provincial.summary)")
        #expect(provincial.pairs(.locatedIn) == ["Ban Chỉ đạo điều hành giá tỉnh Hà Nam → Hà Nam"], "\(provincial.summary)")
    }

    @Test("no remit: the sentence's verbs, a level alone, a place, a lower-case 'ban chỉ đạo'")
    func noRemit() throws {
        let verbs = try Extracted(
            "Ban Chỉ đạo yêu cầu các tỉnh báo cáo. Sau đó trình Ban Chỉ đạo tổng hợp, xây dựng dự thảo Đề án. "
                + "Ban Chỉ đạo tổ chức hội nghị. Ban Chỉ đạo thành phố đã họp. "
                + "Ban Chỉ đạo kiểm tra vệ sinh an toàn thực phẩm tại các bếp ăn. Ban Chỉ đạo thống nhất kế hoạch triển khai.")
        #expect(verbs.names(.organization).isEmpty, "\(verbs.summary)")
        // A level alone is the committee's short form, whose remit the text gives elsewhere.
        let level = try Extracted("Phải có ý kiến của Ban Chỉ đạo quốc gia và phải được Thủ tướng đồng ý.")
        #expect(level.names(.organization).isEmpty, "\(level.summary)")
        let lower = try Extracted("Mỗi xã lập một ban chỉ đạo điều hành giá riêng.")
        #expect(lower.names(.organization).isEmpty, "\(lower.summary)")
    }
}
