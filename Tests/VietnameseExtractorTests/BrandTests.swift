import MekongPluginAPI
import Testing

/// Foreign companies, outlets and agencies named alone (the lexicon's brands.tsv).
@Suite("Brands named alone, twentieth session")
struct BrandTests {
    @Test("'trên Facebook', 'theo Reuters', 'lãnh đạo tập đoàn Exxon Mobil': a brand named alone is an organization")
    func brandsAlone() throws {
        let extracted = try Extracted(
            "Thông tin được đăng trên Facebook, theo Reuters. Thủ tướng tiếp lãnh đạo tập đoàn Exxon Mobil và Boeing.")
        #expect(Set(extracted.names(.organization)) == ["Facebook", "Reuters", "Exxon Mobil", "Boeing"], "\(extracted.summary)")
        // A capitalized word that opens the sentence is no word of another name.
        let opening = try Extracted("Theo Reuters, hai bên đã ký thỏa thuận. Trên Facebook, nhiều người chia sẻ.")
        #expect(Set(opening.names(.organization)) == ["Reuters", "Facebook"], "\(opening.summary)")
    }

    @Test("'Tập đoàn Boeing', 'Hilton Worldwide', 'Grab' beside 'Công ty TNHH Grab Việt Nam': the longer name rules")
    func brandsInsideLongerNames() throws {
        let inside = try Extracted("Hãng tin cho biết Tập đoàn Boeing ký hợp đồng. Hilton Worldwide mở khách sạn.")
        #expect(!inside.names(.organization).contains("Boeing"), "\(inside.summary)")
        #expect(!inside.names(.organization).contains("Hilton"), "\(inside.summary)")
        let company = try Extracted("Công ty TNHH Grab Việt Nam cho biết. Tài xế Grab phản đối.")
        #expect(company.names(.organization) == ["Công ty TNHH Grab Việt Nam"], "\(company.summary)")
    }
}
