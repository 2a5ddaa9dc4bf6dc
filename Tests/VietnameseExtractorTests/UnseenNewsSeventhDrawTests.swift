import MekongPluginAPI
import Testing

/// Shapes found missing on the third random draw of unseen articles (dev/449–472), measured once before anyone
/// tuned to them.
@Suite("Shapes of unseen news, third draw")
struct UnseenNewsSeventhDrawTests {
    @Test("a department named with and without the unit word of its province is one body, which its bare name stands for")
    func departmentWithAndWithoutUnitWord() throws {
        let extracted = try Extracted(
            "Sở Y tế tỉnh Đồng Tháp ký quyết định. Đoàn kiểm tra sẽ làm việc với Sở Y tế. Ông Hải, người phát ngôn Sở Y tế Đồng Tháp, cho biết.")
        // The two full names are merged by the store's resolver; the bare one is completed here.
        #expect(!extracted.names(.organization).contains("Sở Y tế"), "\(extracted.summary)")
    }

    @Test("a place inside a person's name does not make a second province in play")
    func provinceInsidePersonName() throws {
        let extracted = try Extracted(
            "Phó Thủ tướng Trương Hòa Bình chủ trì hội nghị. Phó Chủ tịch UBND tỉnh Đặng Ngọc Sơn điều hành điểm cầu Hà Tĩnh. Tại Hà Tĩnh, ngành Thanh tra đã triển khai 261 cuộc thanh tra.")
        #expect(extracted.pairs(.holdsPosition).contains("Đặng Ngọc Sơn → Ủy ban nhân dân tỉnh Hà Tĩnh"), "\(extracted.summary)")
    }

    @Test("a word that opens a clause is no place after a unit word")
    func clauseOpenerIsNoPlace() throws {
        let extracted = try Extracted("Ảnh: VH Sẽ thực hiện toàn tỉnh Tại khu vực đăng ký lưu động phường Đông Hòa, bà Thu cho biết.")
        #expect(!extracted.names(.place).contains("Tại"), "\(extracted.summary)")
        let district = try Extracted("Học sinh huyện Từ Liêm tăng nhanh.")
        #expect(district.names(.place).contains("Từ Liêm"), "\(district.summary)")
    }

    @Test("the territory a body's name gives is a place the body lies in; a country inside a name is not")
    func territoryInsideName() throws {
        let extracted = try Extracted("Theo báo cáo của Sở Giáo dục và Đào tạo Hà Nội, năm học 2017 toàn thành phố thiếu trường.")
        #expect(extracted.names(.place).contains("Hà Nội"), "\(extracted.summary)")
        #expect(extracted.pairs(.locatedIn).contains("Sở Giáo dục và Đào tạo Hà Nội → Hà Nội"), "\(extracted.summary)")
        let party = try Extracted("Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam họp phiên bế mạc.")
        #expect(!party.names(.place).contains("Việt Nam"), "\(party.summary)")
    }
}
