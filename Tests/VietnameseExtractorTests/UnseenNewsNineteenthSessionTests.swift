import MekongPluginAPI
import Testing

/// Shapes that unseen news writes and the grammar misread (issue 7, nineteenth session: the seventeenth draw of unread
/// baomoi 2017 articles), each on a sentence written for the test.
@Suite("Names of general grammar, nineteenth session")
struct UnseenNewsNineteenthSessionTests {
    @Test("'Nguyễn Văn Tuấn Chúng tôi …', '… Chất lượng Nhân dịp này': a sentence glued on ends the name before it")
    func gluedSentenceEndsName() throws {
        let quote = try Extracted("Tổng cục trưởng Tổng cục Du lịch Nguyễn Văn Tuấn Chúng tôi cũng cung cấp thông tin.")
        #expect(quote.pairs(.holdsPosition) == ["Nguyễn Văn Tuấn → Tổng cục Du lịch"], "\(quote.summary)")
        let occasion = try Extracted(
            "Chính phủ tặng Huân chương cho Tổng cục Tiêu chuẩn - Đo lường - Chất lượng Nhân dịp này, thay mặt Chính phủ.")
        #expect(occasion.names(.organization).contains("Tổng cục Tiêu chuẩn - Đo lường - Chất lượng"), "\(occasion.summary)")
        #expect(!occasion.names(.organization).contains { $0.hasSuffix("Nhân dịp") }, "\(occasion.summary)")
        let worry = try Extracted("Đại biểu Quốc hội Hoàng Quang Hàm Trăn trở về thủ tục dự án.")
        #expect(worry.names(.person) == ["Hoàng Quang Hàm"], "\(worry.summary)")
        // Those words are given names when no such second word follows.
        let names = try Extracted("Bí thư Tỉnh ủy Nguyễn Văn Nhân cho biết. Ông Lê Văn Chúng dự họp.")
        #expect(names.names(.person) == ["Nguyễn Văn Nhân", "Lê Văn Chúng"], "\(names.summary)")
    }
}
