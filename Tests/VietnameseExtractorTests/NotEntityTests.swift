import MekongPluginAPI
import Testing

/// Words that look like a person or a body but name neither (the traps of the gold files): streets, namesakes
/// and a kind of body shared by many territories.
@Suite("Names that are no entity")
struct NotEntityTests {
    @Test("a house number makes the name after it a street")
    func houseNumber() throws {
        let extracted = try Extracted("Chị Đỗ Thị Xuyến bán hàng trước cửa số nhà 12 Lương Văn Can, phường Máy Tơ.")
        #expect(extracted.names(.person) == ["Đỗ Thị Xuyến"], "\(extracted.summary)")
    }

    @Test("a name the article gives to a street is a street everywhere in it")
    func streetEverywhere() throws {
        let extracted = try Extracted(
            "Ngã tư Tạ Hiện - Lương Ngọc Quyến vẫn đông đúc. Vũ trường trên phố Lương Ngọc Quyến đã đóng cửa.")
        #expect(extracted.names(.person).isEmpty, "\(extracted.summary)")
    }

    @Test("what a body is named after is no person")
    func namesake() throws {
        let extracted = try Extracted(
            "Đoàn đã thăm Học viện Quốc phòng mang tên “Đại tướng Maximo Gómez”. "
                + "Ông Nguyễn Văn Nam chỉ đạo tổ chức thành công Đại hội đại biểu Đoàn TNCS Hồ Chí Minh thành phố lần thứ 10.")
        #expect(extracted.names(.person) == ["Nguyễn Văn Nam"], "\(extracted.summary)")
        // The lexicon knows the Youth Union by its abbreviated name too.
        #expect(extracted.names(.organization).contains("Đoàn Thanh niên Cộng sản Hồ Chí Minh"), "\(extracted.summary)")
    }

    @Test("a kind of body serving many territories names no body")
    func kindOfBody() throws {
        let extracted = try Extracted(
            "Bệnh viện đưa 3 Trạm trưởng Trạm Y tế của 3 xã đi tham quan. Các Trạm trưởng Trạm Y tế các xã đều đi.")
        #expect(!extracted.names(.organization).contains("Trạm Y tế"), "\(extracted.summary)")
    }
}

/// News outlets are organizations where the text cites them, and only there.
@Suite("Outlets cited by name")
struct MediaOutletTests {
    @Test("an outlet after a citing word or before 'đã đưa tin' is an organization")
    func cited() throws {
        let extracted = try Extracted(
            "Theo nguồn tin của PV Dân trí, ông Hanh sẽ về công tác tại Bộ. Như Kiến Thức đã đưa tin, Cục đã họp. "
                + "Trao đổi với VietNamNet, ông Thành cho biết như vậy.")
        #expect(Set(extracted.names(.organization)).isSuperset(of: ["Dân trí", "Kiến Thức", "VietNamNet"]), "\(extracted.summary)")
    }

    @Test("the words of an outlet's name are no outlet where nothing cites one")
    func notCited() throws {
        let extracted = try Extracted("Thanh Niên tình nguyện tham gia dọn dẹp. Các em Tuổi Trẻ Thủ đô cũng có mặt.")
        #expect(extracted.names(.organization).isEmpty, "\(extracted.summary)")
    }
}
