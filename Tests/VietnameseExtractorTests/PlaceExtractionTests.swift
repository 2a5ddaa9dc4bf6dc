import MekongPluginAPI
import Testing

@Suite("Places")
struct PlaceExtractionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var sentence: String
        /// Every place the sentence names on its own, by canonical name, in text order.
        var places: [String]
        var testDescription: String { sentence }
    }

    static let cases: [Case] = [
        Case(sentence: "Năm 2021, tỉnh An Giang đã cử 510 cán bộ đi học.", places: ["An Giang"]),
        Case(sentence: "Tỉnh An Giang có nhiều trường.", places: ["An Giang"]),
        Case(sentence: "Huyện Châu Thành có nhiều trường. Hà Nội là thủ đô.", places: ["Châu Thành", "Hà Nội"]),
        Case(sentence: "Thành phố Đà Nẵng phát triển nhanh.", places: ["Đà Nẵng"]),
        // The unit word belongs to this name; the abbreviations expand to it.
        Case(sentence: "Hội nghị được tổ chức tại TP.HCM vào cuối tuần.", places: ["Thành phố Hồ Chí Minh"]),
        Case(sentence: "Hội nghị được tổ chức tại Thành phố Hồ Chí Minh vào cuối tuần.", places: ["Thành phố Hồ Chí Minh"]),
        // The territory an organization's name gives is a place the body lies in (the annotation guide makes
        // such a place optional, its body's located_in required); a person's name in a body's name is no place,
        // and neither is a country ("Đảng Cộng sản Việt Nam").
        Case(sentence: "Theo Tỉnh ủy An Giang, công tác đào tạo được chú trọng.", places: ["An Giang"]),
        Case(sentence: "UBND tỉnh Yên Bái vừa có văn bản chỉ đạo.", places: ["Yên Bái"]),
        Case(sentence: "Thành ủy Thành phố Hồ Chí Minh họp phiên thường kỳ.", places: ["Thành phố Hồ Chí Minh"]),
        Case(sentence: "Học viện Chính trị quốc gia Hồ Chí Minh cử đoàn công tác.", places: []),
        Case(sentence: "Đảng Cộng sản Việt Nam lãnh đạo toàn diện.", places: []),
        // Regions of the country and of the world, the lower-case ones included.
        Case(sentence: "Mưa lớn ở miền Trung và Tây Nguyên, các tỉnh Bắc Trung bộ bị ảnh hưởng.",
             places: ["miền Trung", "Tây Nguyên", "Bắc Trung Bộ"]),
        Case(sentence: "Hàng xuất sang châu Âu tăng, nhưng miền giữa của đất nước vẫn khó.", places: ["châu Âu"]),
        // "Hồ Chí Minh" alone is the person's name (or part of a name), never the city.
        Case(sentence: "Đoàn công tác đã đến Hồ Chí Minh để dự hội nghị.", places: []),
        Case(sentence: "Đồng chí học tập và làm theo tư tưởng Hồ Chí Minh.", places: []),
        // "Anh" opening a sentence is "he", and "Anh hùng" a hero; inside a sentence it is England.
        Case(sentence: "Anh có thể sắp xếp thời gian để tiếp đoàn. Đoàn đã thăm các Anh hùng lao động.", places: []),
        Case(sentence: "Bộ trưởng đã thăm Anh và Pháp trong tháng 5.", places: ["Anh", "Pháp"]),
        // Bare districts listed together, of a province the text names, are places; one alone is not.
        Case(sentence: "Số học sinh của Hà Nội tăng ở Thanh Xuân (200 em), Hoàng Mai và Gia Lâm.",
             places: ["Hà Nội", "Thanh Xuân", "Hoàng Mai", "Gia Lâm"]),
        Case(sentence: "Số học sinh của Hà Nội tăng, ông Thanh Xuân nói.", places: ["Hà Nội"]),
        // After "bà", "ông" … a one-word country is a given name.
        Case(sentence: "Theo bà Nga, đoàn của ông Đức đã sang Nga.", places: ["Nga"]),
        // A city that shares its province's name is a place of its own; a centrally-run city is the province.
        Case(sentence: "Ông trú tại TP Bắc Ninh, tỉnh Bắc Ninh.", places: ["Thành phố Bắc Ninh", "Bắc Ninh"]),
        Case(sentence: "Ông trú tại TP Đà Nẵng.", places: ["Đà Nẵng"]),
    ]

    @Test("places a sentence names", arguments: cases)
    func places(_ example: Case) throws {
        let extracted = try Extracted(example.sentence)
        #expect(extracted.names(.place) == example.places, "\(extracted.summary)")
    }

    @Test("the unit word stays in the mention's text and alias, not in the name")
    func unitWordIsAlias() throws {
        let extracted = try Extracted("Năm 2021, tỉnh An Giang đã cử 510 cán bộ đi học.")
        let mention = try #require(extracted.mentions(.place, named: "An Giang").first)
        #expect(mention.text == "tỉnh An Giang")
        #expect(mention.aliases == ["tỉnh An Giang"])
        #expect(extracted.document.text(mention.span) == "tỉnh An Giang")
    }

    @Test("TP.HCM keeps its written form as alias")
    func saigonAlias() throws {
        let extracted = try Extracted("Hội nghị được tổ chức tại TP.HCM vào cuối tuần.")
        let mention = try #require(extracted.mentions(.place, named: "Thành phố Hồ Chí Minh").first)
        #expect(mention.text == "TP.HCM")
        #expect(mention.aliases.contains("TP.HCM"))
    }

    @Test("a place the gazetteer does not know ends before its holder's name, and a full name is no place")
    func unknownPlaceBeforeHolder() throws {
        let commune = try Extracted("Chủ tịch UBND xã Đồng Tâm Lê Đình Hoành cho biết như vậy.")
        #expect(commune.names(.organization) == ["Ủy ban nhân dân xã Đồng Tâm"], "\(commune.summary)")
        #expect(commune.names(.person) == ["Lê Đình Hoành"], "\(commune.summary)")
        #expect(commune.pairs(.holdsPosition).contains(pair("Lê Đình Hoành", "Ủy ban nhân dân xã Đồng Tâm")), "\(commune.summary)")
        // Two syllables after a unit word are a place even when a family name starts them.
        let former = try Extracted("Quận Hà Đông được thành lập trên cơ sở thành phố Hà Đông (thuộc tỉnh Hà Tây cũ).")
        #expect(former.names(.place).contains("Hà Tây"), "\(former.summary)")
        // A full name after "thành phố" is the holder, not the city.
        let holder = try Extracted("Phó Chủ tịch UBND thành phố Nguyễn Doãn Toản cho hay như vậy.")
        #expect(!holder.names(.organization).contains { $0.hasSuffix("Nguyễn") }, "\(holder.summary)")
        #expect(!holder.names(.place).contains { $0.hasPrefix("Nguyễn") }, "\(holder.summary)")
    }
}
