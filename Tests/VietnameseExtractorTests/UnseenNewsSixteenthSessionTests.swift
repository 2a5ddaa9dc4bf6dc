import MekongPluginAPI
import Testing

/// Shapes that unseen news writes and the grammar misread (issue 7, sixteenth session), each on a sentence written for
/// the test: a district whose name several provinces' districts share ("Châu Thành" of ten provinces).
@Suite("Names of general grammar, sixteenth session")
struct UnseenNewsSixteenthSessionTests {
    @Test("'Châu Thành, Tiền Giang': a district name ten provinces share lies in the province written after it")
    func sharedDistrictNameWithItsProvince() throws {
        let extracted = try Extracted("Mưa lớn gây ngập tại Châu Thành, Tiền Giang vào chiều qua.")
        #expect(extracted.mentions(.place, named: "Châu Thành").map { $0.attributes["province"] } == ["Tiền Giang"],
                "\(extracted.summary)")
        #expect(extracted.pairs(.locatedIn).contains("Châu Thành → Tiền Giang"), "\(extracted.summary)")
    }

    @Test("'huyện Châu Thành': a shared district name takes the one of its provinces the article names, else none")
    func sharedDistrictNameInFocus() throws {
        let named = try Extracted("Chủ tịch UBND tỉnh Bến Tre đã về thăm huyện Châu Thành.")
        #expect(named.mentions(.place, named: "Châu Thành").map { $0.attributes["province"] } == ["Bến Tre"], "\(named.summary)")
        // Two of its provinces named: which one is not said, so none is given (the gazetteer's first is Tây Ninh).
        let two = try Extracted("Đoàn công tác đến huyện Châu Thành kiểm tra. Sau đó đoàn về Tây Ninh và Long An.")
        #expect(two.mentions(.place, named: "Châu Thành").map { $0.attributes["province"] } == [nil], "\(two.summary)")
        #expect(!two.pairs(.locatedIn).contains("Châu Thành → Tây Ninh"), "\(two.summary)")
    }
}
