import MekongPluginAPI
import Testing

@Suite("Documents")
struct DocumentExtractionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var sentence: String
        /// The document's symbol (its canonical name).
        var symbol: String
        /// The mention as written, type word included.
        var surface: String
        /// The `date` attribute (ISO 8601) when the text dates the document.
        var date: String?
        var testDescription: String { surface }
    }

    static let cases: [Case] = [
        Case(sentence: "Ban Bí thư ban hành Quy định số 11-QĐ/TW, ngày 19/5/2021 về trường chính trị chuẩn.",
             symbol: "11-QĐ/TW", surface: "Quy định số 11-QĐ/TW", date: "2021-05-19"),
        Case(sentence: "Ban Thường vụ ban hành Đề án 04-ĐA/TU, ngày 22/12/2021 về đào tạo cán bộ.",
             symbol: "04-ĐA/TU", surface: "Đề án 04-ĐA/TU", date: "2021-12-22"),
        Case(sentence: "Tỉnh ủy ban hành Đề án 04-ĐA/TU về đào tạo cán bộ.",
             symbol: "04-ĐA/TU", surface: "Đề án 04-ĐA/TU", date: nil),
        Case(sentence: "Chính phủ ban hành Nghị định số 100/2019/NĐ-CP về xử phạt.",
             symbol: "100/2019/NĐ-CP", surface: "Nghị định số 100/2019/NĐ-CP", date: nil),
        Case(sentence: "Học viện ban hành Quyết định số 534/QĐ-HVCTQG, ngày 19/5/2021 về tuyển sinh.",
             symbol: "534/QĐ-HVCTQG", surface: "Quyết định số 534/QĐ-HVCTQG", date: "2021-05-19"),
        Case(sentence: "Quốc hội thông qua Luật số 80/2015/QH13, ngày 22/6/2015 về ban hành văn bản.",
             symbol: "80/2015/QH13", surface: "Luật số 80/2015/QH13", date: "2015-06-22"),
        Case(sentence: "Tỉnh quán triệt Nghị quyết số 35-NQ/TW trong toàn Đảng bộ.",
             symbol: "35-NQ/TW", surface: "Nghị quyết số 35-NQ/TW", date: nil),
        Case(sentence: "Tỉnh thực hiện Kết luận 21-KL/TW của Trung ương.",
             symbol: "21-KL/TW", surface: "Kết luận 21-KL/TW", date: nil),
        Case(sentence: "Văn bản số 6985/VPCP-KTN gửi các bộ, ngành.",
             symbol: "6985/VPCP-KTN", surface: "Văn bản số 6985/VPCP-KTN", date: nil),
        // A code that joins two fields with "&".
        Case(sentence: "Sở có Công văn số 253/SVH&TT-QLDT gửi các quận.",
             symbol: "253/SVH&TT-QLDT", surface: "Công văn số 253/SVH&TT-QLDT", date: nil),
        Case(sentence: "Nghị quyết 19-2017/NQ-CP được triển khai rộng rãi.",
             symbol: "19-2017/NQ-CP", surface: "Nghị quyết 19-2017/NQ-CP", date: nil),
        // The issuer's code alone after the year or the number, when a type word says it is a document.
        Case(sentence: "Ông Hòa nghỉ hưu theo Nghị định 108/2014/CP của Chính phủ về tinh giản biên chế.",
             symbol: "108/2014/CP", surface: "Nghị định 108/2014/CP", date: nil),
        Case(sentence: "Đây là khu rừng cấm theo Quyết định 41/TTg của Thủ tướng Chính phủ.",
             symbol: "41/TTg", surface: "Quyết định 41/TTg", date: nil),
    ]

    @Test("a document is named by its symbol, with the date that follows it", arguments: cases)
    func documentBySymbol(_ example: Case) throws {
        let extracted = try Extracted(example.sentence)
        #expect(extracted.names(.document) == [example.symbol], "\(extracted.summary)")
        let mention = try #require(extracted.mentions(.document, named: example.symbol).first)
        #expect(mention.text == example.surface)
        #expect(extracted.document.text(mention.span) == example.surface)
        #expect(mention.aliases.contains(example.surface))
        #expect(mention.attributes["symbol"] == example.symbol)
        #expect(mention.attributes["date"] == example.date)
    }

    @Test("a date, a score or a period is not a document", arguments: [
        "Ngày 19/5/2021, hội nghị được tổ chức.",
        "Hội nghị được tổ chức vào 19/5/2021 tại Hà Nội.",
        "Trường đạt 43/56 tiêu chí trong giai đoạn 2021-2025.",
        "Tỷ lệ đạt 76,78% trong nhiệm kỳ 2020 - 2025.",
    ])
    func notADocument(text: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.document).isEmpty, "\(extracted.summary)")
    }

    @Test("a dated sentence gives a date entity with its ISO form", arguments: [
        ("Ngày 19/5/2021, hội nghị được tổ chức.", "2021-05-19"),
        ("Ngày 13 tháng 11 năm 2018, hội nghị được tổ chức.", "2018-11-13"),
    ])
    func dates(text: String, iso: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.date) == [iso], "\(extracted.summary)")
        #expect(extracted.mentions.first { $0.type == .date }?.attributes["iso"] == iso)
    }

    @Test("a short reference resolves to the symbol of the same type and number in the text", arguments: [
        "Ban Bí thư ban hành Chỉ thị số 05-CT/TW về học tập. Sau 5 năm thực hiện Chỉ thị số 05, tỉnh đạt kết quả tốt.",
        "Sau 5 năm thực hiện Chỉ thị 05, tỉnh đạt kết quả tốt. Chỉ thị số 05-CT/TW của Bộ Chính trị được quán triệt.",
    ])
    func shortReference(text: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.document) == ["05-CT/TW"], "\(extracted.summary)")
        let mentions = extracted.mentions.filter { $0.type == .document }
        #expect(mentions.count == 2)
        let short = try #require(mentions.first { !$0.text.contains("/") })
        #expect(short.text.hasPrefix("Chỉ thị"))
        #expect(short.aliases.contains(short.text))
    }

    @Test("a type word and a number followed by the day it was signed name a document; followed by a count, a quantity")
    func numberAndDay() throws {
        let dated = try Extracted("Việc bổ nhiệm trái với Thông tư 7 ngày 16.3.2013 của Bộ Nội vụ.")
        #expect(dated.names(.document) == ["Thông tư 7"], "\(dated.summary)")
        let counted = try Extracted("Đoàn kiểm tra Chỉ thị 12 ngày liền mà chưa xong.")
        #expect(counted.names(.document).isEmpty, "\(counted.summary)")
    }

    @Test("a letter referred to by its number and year, and a Central Committee resolution written 'TƯ', are documents; a lawyer is not a law")
    func lettersAndCentralResolutions() throws {
        let letter = try Extracted("Tập đoàn làm đại diện chủ sở hữu theo Văn bản 2103/2009 của Thủ tướng Chính phủ.")
        #expect(letter.names(.document) == ["Văn bản 2103/2009"], "\(letter.summary)")
        let lawyer = try Extracted("Trước đó, Luật sư Cullen hiện làm việc cho công ty luật.")
        #expect(lawyer.names(.document).isEmpty, "\(lawyer.summary)")
        let resolution = try Extracted("Việc thực hiện Nghị quyết TƯ 4 đã tạo chuyển biến mạnh mẽ.")
        #expect(resolution.names(.document) == ["Nghị quyết TƯ 4"], "\(resolution.summary)")
    }

    @Test("a short reference does not resolve to a document of another type with the same number")
    func shortReferenceNeedsSameType() throws {
        let extracted = try Extracted("Ban Bí thư ban hành Quy định số 05-QĐ/TW. Tỉnh thực hiện Chỉ thị số 05 nghiêm túc.")
        let short = try #require(extracted.mentions.first { $0.type == .document && $0.text == "Chỉ thị số 05" },
                                 "\(extracted.summary)")
        #expect(short.canonicalName != "05-QĐ/TW")
    }

    @Test("a law is named by its title")
    func lawTitle() throws {
        let extracted = try Extracted("Luật Cán bộ, công chức quy định rõ trách nhiệm.")
        #expect(extracted.names(.document) == ["Luật Cán bộ, công chức"], "\(extracted.summary)")
    }

    @Test("an amending law is named up to the law it amends, which is a document too and what the amending law concerns")
    func amendingLaws() throws {
        let extracted = try Extracted(
            "Quốc hội thông qua Luật sửa đổi, bổ sung một số điều của Luật các tổ chức tín dụng. Quốc hội thảo luận Luật "
                + "quản lý, sử dụng tài sản nhà nước và Thông tư liên tịch 27 về khoán chi.")
        let documents = Set(extracted.names(.document))
        #expect(documents == [
            "Luật sửa đổi, bổ sung một số điều của Luật các tổ chức tín dụng", "Luật các tổ chức tín dụng",
            "Luật quản lý, sử dụng tài sản nhà nước", "Thông tư liên tịch 27",
        ], "\(extracted.summary)")
        #expect(extracted.pairs(.concerns).contains(pair(
            "Luật sửa đổi, bổ sung một số điều của Luật các tổ chức tín dụng", "Luật các tổ chức tín dụng")), "\(extracted.summary)")
    }

    @Test("a personnel resolution is named up to the person it is about, who is a person and what it concerns")
    func personnelResolutions() throws {
        let extracted = try Extracted(
            "Đó là Nghị quyết cho thôi làm nhiệm vụ đại biểu Quốc hội Khóa XIV đối với ông Võ Kim Cự thuộc Đoàn đại biểu "
                + "Quốc hội tỉnh Hà Tĩnh; Nghị quyết về việc chuyển sinh hoạt Đoàn đại biểu Quốc hội đối với ông Đinh La Thăng "
                + "từ Thành phố Hồ Chí Minh về tỉnh Thanh Hóa.")
        let first = "Nghị quyết cho thôi làm nhiệm vụ đại biểu Quốc hội Khóa XIV đối với ông Võ Kim Cự"
        let second = "Nghị quyết về việc chuyển sinh hoạt Đoàn đại biểu Quốc hội đối với ông Đinh La Thăng"
        #expect(Set(extracted.names(.document)) == [first, second], "\(extracted.summary)")
        #expect(Set(extracted.names(.person)) == ["Võ Kim Cự", "Đinh La Thăng"], "\(extracted.summary)")
        let concerns = extracted.pairs(.concerns)
        #expect(concerns.contains(pair(first, "Võ Kim Cự")) && concerns.contains(pair(second, "Đinh La Thăng")), "\(extracted.summary)")
    }

    @Test("what a document is about may follow its issuer: 'Nghị quyết số 26 của Bộ Chính trị về Nghệ An'")
    func aboutAfterIssuer() throws {
        let extracted = try Extracted("VOV sẽ tuyên truyền theo Nghị quyết số 26 của Bộ Chính trị về Nghệ An.")
        #expect(extracted.pairs(.issued).contains(pair("Bộ Chính trị", "Nghị quyết số 26")), "\(extracted.summary)")
        #expect(extracted.pairs(.concerns).contains(pair("Nghị quyết số 26", "Nghệ An")), "\(extracted.summary)")
    }
}
