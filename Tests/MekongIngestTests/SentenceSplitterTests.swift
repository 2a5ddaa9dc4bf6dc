import MekongIngest
import MekongPluginAPI
import Testing

@Suite("SentenceSplitter")
struct SentenceSplitterTests {
    /// A document whose paragraphs are `body`, all body text.
    static func document(_ body: [String], title: String? = nil) -> Document {
        var paragraphs: [Paragraph] = []
        var offset = 0
        var pieces: [(String, Paragraph.Role)] = body.map { ($0, .body) }
        if let title { pieces.insert((title, .title), at: 0) }
        for (text, role) in pieces {
            let length = text.unicodeScalars.count
            paragraphs.append(Paragraph(span: TextSpan(start: offset, end: offset + length), role: role))
            offset += length + 1
        }
        let parsed = ParsedArticle(
            title: title ?? "", text: pieces.map(\.0).joined(separator: "\n"), paragraphs: paragraphs, layout: .plain)
        return DocumentBuilder().document(for: parsed, path: "test.txt")
    }

    static func sentences(_ body: [String], title: String? = nil) -> [String] {
        let document = document(body, title: title)
        return document.sentences.map { document.text($0.span) }
    }

    @Test(arguments: [
        "Ông đến TP. Hồ Chí Minh hôm qua.",
        "ThS. Nguyễn Văn Bình phát biểu tại hội nghị.",
        "PGS.TS. Lưu Văn An phát biểu.",
        "Ngày 19/5/2021 Ban Bí thư ban hành Quy định số 11-QĐ/TW.",
        "Trường đạt 43/56 tiêu chí, chiếm tỷ lệ 76,78% so với kế hoạch.",
        "Có gần 2.000 học viên tham gia.",
        "Tối 18.5, hội thi diễn ra tại TP.HCM.",
        "Ông Nguyễn V. Anh phát biểu.",
        "Hội nghị đi vào chiều sâu... và thực chất.",
        "Các nội dung về học tập, rèn luyện v.v. Sẽ được bàn sau.",
        "Thông tin đăng trên baochinhphu.vn là chính xác.",
        "Th.S Nguyễn Văn Bình phát biểu.",
        "Ths.Nguyễn Văn Bình phát biểu.",
        "Ông J.Smith và TS.Nguyễn Văn Bình phát biểu.",
    ])
    func doesNotBreakInsideAbbreviationsNumbersAndDates(text: String) {
        #expect(Self.sentences([text]) == [text])
    }

    @Test(arguments: [
        ("Câu thứ nhất. Câu thứ hai.", ["Câu thứ nhất.", "Câu thứ hai."]),
        ("Hỏi gì? Đáp ngay! Xong.", ["Hỏi gì?", "Đáp ngay!", "Xong."]),
        ("Ông nói: \"Tốt lắm.\" Sau đó ông về.", ["Ông nói: \"Tốt lắm.\"", "Sau đó ông về."]),
        ("Tính đến năm 2015. 28 tập thể được khen.", ["Tính đến năm 2015.", "28 tập thể được khen."]),
        ("Đi vào chiều sâu… Ban Tổ chức trao giải.", ["Đi vào chiều sâu…", "Ban Tổ chức trao giải."]),
        ("Ông phát biểu. \"Đây là vinh dự\", ông nói.", ["Ông phát biểu.", "\"Đây là vinh dự\", ông nói."]),
        ("Kết thúc tại TP.HCM. Đoàn về Hà Nội.", ["Kết thúc tại TP.HCM.", "Đoàn về Hà Nội."]),
        // The space after the period lost in the source: a word or a number, then a capitalized word.
        ("Ông nhận Huân chương Lenin.Năm 1989 ông về nước.", ["Ông nhận Huân chương Lenin.", "Năm 1989 ông về nước."]),
        ("Tàu trở về ngày 31/7/1980.Ông được phong Anh hùng.", ["Tàu trở về ngày 31/7/1980.", "Ông được phong Anh hùng."]),
    ])
    func breaksAtSentenceEnds(text: String, expected: [String]) {
        #expect(Self.sentences([text]) == expected)
    }

    @Test func sentencesNeverCrossParagraphs() {
        let document = Self.document(["Đoạn một không có dấu chấm", "Đoạn hai. Câu ba."])
        #expect(document.sentences.map { document.text($0.span) } == ["Đoạn một không có dấu chấm", "Đoạn hai.", "Câu ba."])
        #expect(document.sentences.map(\.paragraph) == [0, 1, 1])
    }

    @Test func titleIsOneSentence() {
        let document = Self.document(["Nội dung."], title: "Ông A. Bà B. Cả hai cùng dự")
        #expect(document.sentences.count == 2)
        #expect(document.text(document.sentences[0].span) == "Ông A. Bà B. Cả hai cùng dự")
        #expect(document.sentences[0].paragraph == 0)
    }

    @Test func sentenceTokensAreContiguousAndCoverEveryToken() {
        let document = Self.document(["Câu một. Câu hai (TTXVN).", "Đoạn hai: \"trích dẫn\"."])
        var next = 0
        for sentence in document.sentences {
            #expect(sentence.tokens.lowerBound == next)
            next = sentence.tokens.upperBound
        }
        #expect(next == document.tokens.count)
    }

    @Test func gluedCrawlerSentencesAreSplit() throws {
        let parsed = try ArticleReader().read(path: Fixture.path("crawler-glued.txt"))
        let document = DocumentBuilder().document(for: parsed, path: "crawler-glued.txt")
        #expect(document.sentences.map { document.text($0.span) } == [
            "Bộ trưởng thăm TP.HCM và làm việc với doanh nghiệp",
            "Sáng 17/1, Bộ trưởng đã đến TP.HCM làm việc với 1.000 doanh nghiệp và bếp.",
            "Lực lượng chức năng có mặt từ sớm.",
            "Th.S Nguyễn Văn Bình cho biết thông tin đăng trên baochinhphu.vn là chính xác.",
            "Tỷ lệ đạt 76,78%.",
            "Đoàn công tác rời TP.HCM lúc 16h cùng ngày.",
        ])
    }
}
