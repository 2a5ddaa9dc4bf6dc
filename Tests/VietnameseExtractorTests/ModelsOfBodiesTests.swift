import MekongPluginAPI
import Testing

/// Read off the twenty-fifth session's draw (`dev/1008`–`dev/1023`) after it was measured: a body after "mô hình" is a
/// model that many bodies follow, and "Italia" is Italy as the news also writes it.
@Suite("Models of bodies and Italia, twenty-fifth session")
struct ModelsOfBodiesTests {
    @Test("'theo mô hình Trung tâm …', 'thực hiện mô hình Trung tâm Kiểm soát bệnh tật tuyến tỉnh': a model, not a body")
    func modelOfABody() throws {
        let model = try Extracted(
            "NAVIS được xây dựng theo mô hình Trung tâm Quốc tế Hỗn hợp. 22 tỉnh đã thực hiện mô hình Trung tâm Kiểm soát bệnh tật tuyến tỉnh.")
        #expect(model.names(.organization).isEmpty, "\(model.summary)")
        // The same names without "mô hình" are bodies.
        let body = try Extracted("Trung tâm Kiểm soát bệnh tật tỉnh Sóc Trăng đã lấy mẫu xét nghiệm.")
        #expect(body.names(.organization) == ["Trung tâm Kiểm soát bệnh tật tỉnh Sóc Trăng"], "\(body.summary)")
    }

    @Test("'Tổng thống Italia Sergio Mattarella': Italia is the country and the name after it the person")
    func italia() throws {
        let award = try Extracted("Huân chương do Tổng thống Italia Sergio Mattarella trao tặng.")
        #expect(award.names(.person) == ["Sergio Mattarella"], "\(award.summary)")
        #expect(award.names(.place) == ["Italy"], "\(award.summary)")
    }
}
