import MekongPluginAPI
import Testing

/// Twenty-eighth session: an audience ("tiếp kiến", to be received by) is a meeting, as a reception ("tiếp") is.
@Suite("An audience is a meeting, twenty-eighth session")
struct AudienceTests {
    @Test("'Lãnh đạo Tập đoàn BRG và lãnh đạo Tập đoàn Hilton Worldwide tiếp kiến Thủ tướng Nguyễn Xuân Phúc': each meets him")
    func audience() throws {
        let audience = try Extracted(
            "Lãnh đạo Tập đoàn BRG và lãnh đạo Tập đoàn Hilton Worldwide tiếp kiến Thủ tướng Nguyễn Xuân Phúc nhân chuyến thăm.")
        #expect(audience.pairs(.metWith) == ["Nguyễn Xuân Phúc → Tập đoàn BRG", "Nguyễn Xuân Phúc → Tập đoàn Hilton Worldwide"],
                "\(audience.summary)")
    }
}
