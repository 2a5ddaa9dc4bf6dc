import MekongPluginAPI
import Testing

/// Organization names left cut or unfound on the development corpus (issue 7), one general rule each: units
/// named by the body they belong to, heads written in lower case after a title, the commune such a body lies in.
@Suite("Organization names: owners, lower-case heads and communes")
struct UnseenNewsEleventhSessionEntityTests {
    @Test("a members' council or an investigation agency takes the body named right after it as its owner", arguments: [
        ("Ông Lê Văn Tâm, Chủ tịch HĐTV Cty Than Quảng Ninh, cho biết như vậy.", "Hội đồng thành viên Công ty Than Quảng Ninh",
            "Công ty Than Quảng Ninh"),
        ("Hôm qua, Cơ quan điều tra Bộ Quốc phòng đã khởi tố vụ án.", "Cơ quan điều tra Bộ Quốc phòng", "Bộ Quốc phòng"),
        ("Trước đó, CQĐT Công an tỉnh Nam Định đã bắt tạm giam bị can.", "Cơ quan điều tra Công an tỉnh Nam Định",
            "Công an tỉnh Nam Định"),
    ])
    func unitOfOwner(text: String, unit: String, owner: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.organization).contains(unit), "\(extracted.summary)")
        #expect(extracted.pairs(.partOf).contains(pair(unit, owner)), "\(extracted.summary)")
    }

    @Test("a police body's head written in lower case after a title starts the body's name", arguments: [
        ("Ông Phạm Văn Bình, trưởng công an xã Tân Hòa, cho biết như vậy.", "Công an xã Tân Hòa"),
        ("Đại tá Lê Văn Hùng, Thủ trưởng cơ quan cảnh sát điều tra Công an tỉnh Thái Bình, đã ký lệnh bắt.",
            "Cơ quan cảnh sát điều tra Công an tỉnh Thái Bình"),
    ])
    func lowercasePoliceHeadAfterTitle(text: String, body: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.organization).contains(body), "\(extracted.summary)")
    }

    @Test("a lower-case police head after a title without a capitalized name of its own is no body")
    func lowercasePoliceHeadWithoutName() throws {
        let extracted = try Extracted("Ông Phạm Văn Bình, trưởng công an xã, cho biết như vậy.")
        #expect(!extracted.names(.organization).contains { $0.hasPrefix("Công an") }, "\(extracted.summary)")
    }

    @Test("the commune a body's name gives after its unit word is a place the body lies in")
    func communeInsideBodyName() throws {
        let extracted = try Extracted("Công an phường Tân Mai đã lập biên bản vụ việc.")
        #expect(extracted.names(.place).contains("Tân Mai"), "\(extracted.summary)")
        #expect(extracted.pairs(.locatedIn).contains("Công an phường Tân Mai → Tân Mai"), "\(extracted.summary)")
    }
}
