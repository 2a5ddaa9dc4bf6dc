import MekongPluginAPI
import Testing
import VietnameseLexicon

/// Titles that share a word with the body they name ("Trưởng đoàn ĐBQH tỉnh X" heads "Đoàn ĐBQH tỉnh X"),
/// boards, and bodies named again by their head alone.
@Suite("Titles that take in their body's head, boards, bodies named by their head")
struct TitleAndHeadTests {
    @Test("'Trưởng đoàn'/'Phó trưởng đoàn' before a National Assembly delegation: the delegation is a body and its holder a person")
    func delegationHeads() throws {
        let extracted = try Extracted(
            "Trưởng đoàn ĐBQH tỉnh Điện Biên Trần Văn Sơn phát biểu. Phó trưởng đoàn Đại biểu Quốc hội tỉnh Nghệ An "
                + "Lê Văn Tám cũng phát biểu.")
        #expect(extracted.names(.person).sorted() == ["Lê Văn Tám", "Trần Văn Sơn"], "\(extracted.summary)")
        #expect(extracted.attributes("Trần Văn Sơn", .holdsPosition, "Đoàn Đại biểu Quốc hội tỉnh Điện Biên")
            .compactMap { $0["title"] } == ["Trưởng đoàn"], "\(extracted.summary)")
        #expect(extracted.attributes("Lê Văn Tám", .holdsPosition, "Đoàn Đại biểu Quốc hội tỉnh Nghệ An")
            .compactMap { $0["title"] } == ["Phó trưởng đoàn"], "\(extracted.summary)")
        // A delegation named by its head alone is no body: "Trưởng đoàn kiểm tra" names nobody's body.
        let inspection = try Extracted("Trưởng đoàn kiểm tra cho biết đoàn sẽ làm việc trong ba ngày.")
        #expect(inspection.names(.organization).isEmpty, "\(inspection.summary)")
    }
}
