import MekongPluginAPI
import Testing

/// Rules of the twenty-second session, each on a sentence written for the test after a shape of the development
/// corpus.
@Suite("Cooperatives and other shapes, twenty-second session")
struct UnseenNewsTwentySecondSessionTests {
    @Test("'HTX chè Tân Cương (Thái Nguyên)': the 'xã' of 'hợp tác xã' names no commune, so the cooperative lies in the place")
    func cooperativeInParenthesizedPlace() throws {
        let listed = try Extracted("Mô hình tiêu biểu như HTX chè Tân Cương (Thái Nguyên); HTX Mai Anh (Lào Cai).")
        #expect(listed.pairs(.locatedIn) == ["Hợp tác xã chè Tân Cương → Thái Nguyên", "Hợp tác xã Mai Anh → Lào Cai"],
            "\(listed.summary)")
        let address = try Extracted("Tại lò sấy của Hợp tác xã nông nghiệp Đông Cường (xã Khánh Cường, Yên Khánh, Ninh Bình), bà Bảy đóng bao.")
        #expect(address.pairs(.locatedIn).contains("Hợp tác xã nông nghiệp Đông Cường → Khánh Cường"), "\(address.summary)")
        // A commune's own body still lies in its commune, not in the place in parentheses.
        let commune = try Extracted("Công an xã Gia Xuyên (huyện Gia Lộc) đã vào cuộc.")
        #expect(!commune.pairs(.locatedIn).contains("Công an xã Gia Xuyên → Gia Lộc"), "\(commune.summary)")
    }
}
