import MekongPluginAPI
import Testing

/// Entities the development corpus missed (issue 7, twelfth session), one general construction each: words of fields
/// that complete a body's name in lower case.
@Suite("Lower-case fields of names")
struct UnseenNewsTwelfthSessionEntityTests {
    @Test("a word of a field in lower case completes a body's name", arguments: [
        ("Thanh tra Chính phủ giao Cục Giải quyết khiếu nại tố cáo phối hợp với UBND TP Hà Nội.",
            "Cục Giải quyết khiếu nại tố cáo"),
        ("Năm 1968, ông Lâm là chuyên viên Vụ Giáo dục, Mặt trận Lào yêu nước, tại tỉnh Hua Phan.", "Mặt trận Lào yêu nước"),
    ])
    func lowercaseFieldOfName(text: String, body: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.hasMention(.organization, containingName: body), "\(extracted.summary)")
    }
}
