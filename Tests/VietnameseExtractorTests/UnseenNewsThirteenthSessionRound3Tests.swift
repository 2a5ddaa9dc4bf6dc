import MekongPluginAPI
import Testing

/// Bodies of general grammar that unseen news names and no rule read (thirteenth session, round 3: misses listed by
/// reviewers on articles no gold set holds), each on a sentence written for the test.
@Suite("Bodies of general grammar, thirteenth session, round 3")
struct UnseenNewsThirteenthSessionRound3Tests {
    @Test("distributive bodies over a list of places: a colon after the unit word, a unit word after the first head, mixed unit words", arguments: [
        ("Đoàn đã thanh tra trách nhiệm của UBND các tỉnh: Hà Giang, Yên Bái và Cà Mau; sau đó báo cáo.",
            ["Ủy ban nhân dân tỉnh Hà Giang": "Hà Giang", "Ủy ban nhân dân tỉnh Yên Bái": "Yên Bái", "Ủy ban nhân dân tỉnh Cà Mau": "Cà Mau"]),
        ("Đoàn kiểm tra kết luận của UBND tỉnh, Sở Y tế các tỉnh Gia Lai, Bến Tre; sau đó báo cáo.",
            ["Ủy ban nhân dân tỉnh Gia Lai": "Gia Lai", "Ủy ban nhân dân tỉnh Bến Tre": "Bến Tre", "Sở Y tế tỉnh Gia Lai": "Gia Lai",
             "Sở Y tế tỉnh Bến Tre": "Bến Tre"]),
        ("Đại biểu HĐND huyện Đông Anh, thị xã Sơn Tây phản ánh nhiều vấn đề.",
            ["Hội đồng nhân dân huyện Đông Anh": "Đông Anh", "Hội đồng nhân dân thị xã Sơn Tây": "Sơn Tây"]),
    ])
    func distributiveBodies(text: String, bodies: [String: String]) throws {
        let extracted = try Extracted(text)
        for (body, place) in bodies {
            #expect(extracted.names(.organization).contains(body), "\(body): \(extracted.summary)")
            #expect(extracted.pairs(.locatedIn).contains("\(body) → \(place)"), "\(body): \(extracted.summary)")
        }
    }

    @Test("a place of another level after the first closes an address, it names no second body")
    func addressIsNoList() throws {
        let extracted = try Extracted("Ông Trần Văn Ba, Chủ tịch UBND xã Tân Lập, huyện Đông Anh cho biết.")
        #expect(!extracted.names(.organization).contains("Ủy ban nhân dân huyện Đông Anh"), "\(extracted.summary)")
        let city = try Extracted("Đại biểu HĐND huyện Đông Anh, thành phố Hà Nội phản ánh nhiều vấn đề.")
        #expect(!city.names(.organization).contains("Hội đồng nhân dân thành phố Hà Nội"), "\(city.summary)")
    }

    @Test("a bare city unit word after a body, in an article about one centrally-run city, is that city", arguments: [
        ("Cử tri TP Đà Nẵng góp ý. Phó Chủ tịch HĐND TP Lê Thị Mai cho biết, Bộ Tư lệnh TP sẽ chủ trì buổi họp.",
            ["Hội đồng nhân dân thành phố Đà Nẵng", "Bộ Tư lệnh thành phố Đà Nẵng"], "Đà Nẵng"),
        ("UBND quận 3 đã gửi công văn tới UBND TP.HCM và Sở Xây dựng TP về việc kiểm tra.",
            ["Sở Xây dựng Thành phố Hồ Chí Minh"], "Thành phố Hồ Chí Minh"),
    ])
    func bareCityUnit(text: String, bodies: [String], city: String) throws {
        let extracted = try Extracted(text)
        for body in bodies {
            #expect(extracted.names(.organization).contains(body), "\(body): \(extracted.summary)")
            #expect(extracted.pairs(.locatedIn).contains("\(body) → \(city)"), "\(body): \(extracted.summary)")
        }
    }

    @Test("a bare 'TP' in an article about a province is no city of that province")
    func bareCityUnitInAProvince() throws {
        let extracted = try Extracted("Tỉnh Nghệ An đã họp. Bộ Tư lệnh TP chủ trì buổi họp.")
        #expect(!extracted.names(.organization).contains { $0.hasPrefix("Bộ Tư lệnh") && $0.hasSuffix("Nghệ An") },
            "\(extracted.summary)")
    }

    @Test("'Title Party Country ForeignName': the country closes the party's name, the two foreign words are its holder", arguments: [
        ("Ông Trần Văn Ba đã gặp Chủ tịch Đảng Cộng sản Liên bang Nga Ivan Petrov và các chuyên gia.", "Đảng Cộng sản Liên bang Nga"),
        ("Ông Trần Văn Ba đã gặp Chủ tịch Đảng Cộng sản Nga Ivan Petrov và các chuyên gia.", "Đảng Cộng sản Nga"),
    ])
    func countryBeforeForeignHolder(text: String, party: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.pairs(.holdsPosition).contains("Ivan Petrov → \(party)"), "\(extracted.summary)")
    }
}
