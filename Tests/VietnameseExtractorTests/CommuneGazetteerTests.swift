import MekongPluginAPI
import Testing

/// The communes, wards and townships of the gazetteer (`communes.tsv`, twenty-second session): where a name after a
/// unit word ends, on sentences written for the test after shapes of the development corpus.
@Suite("Communes of the gazetteer")
struct CommuneGazetteerTests {
    @Test("'UBND phường Nguyễn Cư Trinh', 'xã Lý Thường Kiệt': wards named after people are places, not holders")
    func wardsNamedAfterPeople() throws {
        let ward = try Extracted("Ông Nguyễn Văn An, Chủ tịch UBND phường Nguyễn Cư Trinh cho biết sẽ kiểm tra.")
        #expect(ward.names(.place) == ["Nguyễn Cư Trinh"], "\(ward.summary)")
        #expect(ward.names(.organization) == ["Ủy ban nhân dân phường Nguyễn Cư Trinh"], "\(ward.summary)")
        #expect(ward.pairs(.holdsPosition) == ["Nguyễn Văn An → Ủy ban nhân dân phường Nguyễn Cư Trinh"], "\(ward.summary)")
        let commune = try Extracted("Nạn nhân là anh Nguyễn Văn Thao (24 tuổi, ở xã Lý Thường Kiệt, huyện Yên Mỹ, Hưng Yên).")
        #expect(commune.names(.place).contains("Lý Thường Kiệt"), "\(commune.summary)")
        #expect(commune.pairs(.locatedIn).contains("Lý Thường Kiệt → Yên Mỹ"), "\(commune.summary)")
        // A person's name that no commune bears is still the holder after a city's body.
        let holder = try Extracted("Chủ tịch UBND thành phố Nguyễn Doãn Toản cho biết sẽ kiểm tra.")
        #expect(holder.names(.place).isEmpty, "\(holder.summary)")
        #expect(holder.names(.person) == ["Nguyễn Doãn Toản"], "\(holder.summary)")
    }

    @Test("'xã Châu Hưng A', 'xã Hòa Thạch Đỗ Văn Dương': a known commune ends where its name does")
    func knownCommuneEnds() throws {
        let lettered = try Extracted("Cán bộ địa chính xã Châu Hưng A (Vĩnh Lợi) phải kiểm điểm.")
        #expect(lettered.names(.place).contains("Châu Hưng A"), "\(lettered.summary)")
        let holder = try Extracted("Chủ tịch UBND xã Hòa Thạch Đỗ Văn Dương cho biết xã đã kiểm tra.")
        #expect(holder.names(.person) == ["Đỗ Văn Dương"], "\(holder.summary)")
        #expect(holder.names(.place) == ["Hòa Thạch"], "\(holder.summary)")
    }

    @Test("'TT Sịa', 'TT. Đại Nghĩa': 'TT' is a township only before one the gazetteer knows")
    func townshipAbbreviation() throws {
        let township = try Extracted("Ông Hoàng Văn Hiền (62 tuổi, trú TT. Sịa, H. Quảng Điền) lo lắng về đê bao.")
        #expect(township.names(.place).contains("Sịa"), "\(township.summary)")
        #expect(township.pairs(.locatedIn).contains("Sịa → Quảng Điền"), "\(township.summary)")
        let glued = try Extracted("Công ty đóng tại thôn Thọ Sơn, TT Đại Nghĩa, huyện Mỹ Đức.")
        #expect(glued.names(.place).contains("Đại Nghĩa"), "\(glued.summary)")
        // Elsewhere "TT" is another abbreviation: no place.
        let other = try Extracted("Bộ TT&TT làm việc với tỉnh TT-Huế về TT Hành chính công.")
        #expect(!other.names(.place).contains { $0.contains("Hành chính") }, "\(other.summary)")
    }
}
