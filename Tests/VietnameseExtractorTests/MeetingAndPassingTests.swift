import MekongPluginAPI
import Testing

/// Relations stated by a meeting noun, a passing vote, a chain of posts before the verb and a parenthesis that
/// places a unit.
@Suite("Meetings, passed laws and units in parentheses")
struct MeetingAndPassingTests {
    @Test("a body passing several documents issued each of them")
    func passedList() throws {
        let extracted = try Extracted(
            "Quốc hội đã biểu quyết thông qua Luật Quy hoạch; Nghị quyết về chất vấn và Nghị quyết về xử lý nợ xấu.")
        let issued = extracted.pairs(.issued)
        #expect(issued.contains(pair("Quốc hội", "Luật Quy hoạch")), "\(extracted.summary)")
        #expect(issued.contains(pair("Quốc hội", "Nghị quyết về chất vấn")), "\(extracted.summary)")
        #expect(issued.contains(pair("Quốc hội", "Nghị quyết về xử lý nợ xấu")), "\(extracted.summary)")
    }

    @Test("'thông qua' meaning 'through' issues nothing")
    func throughIsNotPassing() throws {
        let extracted = try Extracted("Mọi thủ tục phải thông qua Chính phủ điện tử từ năm 2017.")
        #expect(extracted.pairs(.issued).isEmpty, "\(extracted.summary)")
    }

    @Test("'có các cuộc gặp với' lists the people met, past titles, countries and unnamed bodies")
    func meetingNoun() throws {
        let extracted = try Extracted(
            "Ngày 8/7, Thủ tướng Nguyễn Xuân Phúc đã có các cuộc gặp với Tổng thống Indonesia Joko Widodo, "
                + "Thủ tướng Ấn Độ Narendra Modi và Chủ tịch Hội đồng châu Âu Donald Tusk.")
        let met = extracted.pairs(.metWith)
        for other in ["Joko Widodo", "Narendra Modi", "Donald Tusk"] {
            #expect(met.contains(pair("Nguyễn Xuân Phúc", other, symmetric: true)), "\(other): \(extracted.summary)")
        }
    }

    @Test("the person before a chain of posts is who receives, not the last body of the chain")
    func appositiveSubject() throws {
        let extracted = try Extracted(
            "Chiều 6/6, Đại tướng Raúl Castro, Bí thư thứ nhất Ban Chấp hành Trung ương Đảng Cộng sản Cuba, Chủ tịch "
                + "Hội đồng Nhà nước Cuba đã tiếp thân mật Đại tướng Ngô Xuân Lịch, Ủy viên Bộ Chính trị, Phó Bí thư Quân ủy "
                + "Trung ương, Bộ trưởng Bộ Quốc phòng.")
        let met = extracted.pairs(.metWith)
        #expect(met.contains(pair("Raúl Castro", "Ngô Xuân Lịch", symmetric: true)), "\(extracted.summary)")
        // Neither the receiver's posts nor the guest's are parties of the meeting.
        #expect(met.count == 1, "\(extracted.summary)")
    }

    @Test("a unit in parentheses 'đơn vị sự nghiệp trực thuộc' its body")
    func unitInParentheses() throws {
        let extracted = try Extracted(
            "Một số cán bộ thuộc Trung tâm Hỗ trợ Xuất khẩu (đơn vị sự nghiệp trực thuộc Cục Xúc tiến thương mại) bị kỷ luật.")
        #expect(extracted.pairs(.partOf).contains(pair("Trung tâm Hỗ trợ Xuất khẩu", "Cục Xúc tiến thương mại")),
                "\(extracted.summary)")
    }
}
