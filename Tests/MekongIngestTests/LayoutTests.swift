import Foundation
import MekongIngest
import Testing

@Suite("ArticleReader: layouts and metadata")
struct LayoutTests {
    static let expectations = [
        LayoutExpectation(
            file: "001-hvct-khu-vuc-2-hoi-thi-theo-chan-bac.txt", layout: .plain,
            title: "Trao giải hội thi Hành trình theo chân Bác", author: "Lê Thanh", hasTitleParagraph: true,
            textStart: "Trao giải hội thi Hành trình theo chân Bác\nTối 18.5, Học viện Chính trị khu vực 2",
            textEnd: "nhóm sinh viên Trường ĐH Ngân hàng TP.HCM.", absent: ["Lê Thanh"]),
        LayoutExpectation(
            file: "036-phung-xuan-nha-ban-tuyen-giao-trung-uong.txt", layout: .headered,
            // The slug's words with the diacritics the text writes them with (the text has no headline line).
            title: "Ông Phùng Xuân Nhạ phụ trách mảng khoa giáo của Ban Tuyên giáo Trung ương",
            url: "https://dantri.com.vn/xa-hoi/ong-phung-xuan-nha-phu-trach-mang-khoa-giao-cua-ban-tuyen-giao-trung-uong-20210427154749807.htm",
            source: "dantri.com.vn", author: "Quang Phong", published: "2021-04-27", hasTitleParagraph: false,
            textStart: "Chiều 27/4, tại Ban Tuyên giáo Trung ương", textEnd: "trong suốt nhiệm kỳ vừa qua.",
            absent: ["# doc_id", "# url", "Quang Phong", "ong phung"]),
        LayoutExpectation(
            file: "047-hoi-dong-quoc-gia-khcn-vnexpress.txt", layout: .crawler,
            title: "Lập Hội đồng quốc gia về Khoa học công nghệ và Đổi mới sáng tạo",
            url: "https://vnexpress.net/lap-hoi-dong-quoc-gia-ve-khoa-hoc-cong-nghe-va-doi-moi-sang-tao-4712031.html",
            source: "VnExpress", author: "Viết Tuân", published: "2024-02-16", hasTitleParagraph: true,
            textStart: "Lập Hội đồng quốc gia về Khoa học công nghệ và Đổi mới sáng tạo\nThủ tướng Phạm Minh Chính",
            textEnd: "thông qua chỉ số năng suất nhân tố tổng hợp (TFP) trên 50%.",
            absent: ["Title:", "Summary:", "Content:", "Tags:", "Viết Tuân", "- VnExpress"]),
        LayoutExpectation(
            file: "crawler-glued.txt", layout: .crawler, title: "Bộ trưởng thăm TP.HCM và làm việc với doanh nghiệp",
            url: "https://baochinhphu.vn/bo-truong-tham-tphcm-102240117000000000.htm", source: "baochinhphu.vn",
            published: "2024-01-17", hasTitleParagraph: true,
            textStart: "Bộ trưởng thăm TP.HCM và làm việc với doanh nghiệp\nSáng 17/1",
            textEnd: "rời TP.HCM lúc 16h cùng ngày.", absent: ["...", "N/A"]),
        LayoutExpectation(
            file: "plain-teaser-no-byline.txt", layout: .plain, title: "Hà Nội khai mạc hội nghị cán bộ toàn quốc",
            hasTitleParagraph: true, textStart: "Hà Nội khai mạc hội nghị cán bộ toàn quốc\nSáng 5/3",
            textEnd: "Hội nghị diễn ra trong hai ngày.", absent: ["Sơn La", "Chia sẻ", "\r", "Chú thích ảnh"]),
    ]

    @Test(arguments: expectations)
    func metadataAndText(expected: LayoutExpectation) throws {
        let parsed = try ArticleReader().read(path: Fixture.path(expected.file))
        #expect(parsed.layout == expected.layout)
        #expect(parsed.title == expected.title)
        #expect(parsed.url == expected.url)
        #expect(parsed.source == expected.source)
        #expect(parsed.author == expected.author)
        #expect(parsed.published == expected.published)
        #expect((parsed.paragraphs.first?.role == .title) == expected.hasTitleParagraph)
        #expect(parsed.text.hasPrefix(expected.textStart))
        #expect(parsed.text.hasSuffix(expected.textEnd))
        for fragment in expected.absent {
            #expect(!parsed.text.contains(fragment), "\(fragment) should not be in the text")
        }
    }

    @Test func crawlerContentIsNFCEvenWhenTheFileIsNot() throws {
        // The VnExpress file holds decomposed tone marks (U+0301, U+0309…).
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixture.path("047-hoi-dong-quoc-gia-khcn-vnexpress.txt")))
        #expect(String(decoding: data, as: UTF8.self).unicodeScalars.contains { $0.value == 0x0301 })
        let parsed = try ArticleReader().read(data: data, path: "047.txt")
        #expect(parsed.text == parsed.text.precomposedStringWithCanonicalMapping)
        #expect(!parsed.text.unicodeScalars.contains { (0x0300...0x036F).contains($0.value) })
    }

    @Test func captionAfterMarkerHasCaptionRole() throws {
        let parsed = try ArticleReader().read(path: Fixture.path("plain-teaser-no-byline.txt"))
        let roles = parsed.paragraphs.map(\.role)
        #expect(roles == [.title, .body, .caption, .body])
        #expect(parsed.text(ofParagraph: 2) == "Quang cảnh hội nghị.")
    }

    @Test func headeredTitleFromSlugIsNotInTheText() throws {
        let text = "# doc_id = x\n# url = https://dantri.com.vn/xa-hoi/bo-nhiem-giam-doc-so-2021-20210429115108027.htm\n"
            + "# date = 20210429\nSáng 29/4, tỉnh đã bổ nhiệm Giám đốc Sở.\n"
        let parsed = try ArticleReader().read(text: text, path: "x.txt")
        // The slug's words take back their diacritics from the text (ArticleMetadataTests); the title is not
        // added to the text.
        #expect(parsed.title == "Bổ nhiệm Giám đốc Sở 2021")
        #expect(parsed.text == "Sáng 29/4, tỉnh đã bổ nhiệm Giám đốc Sở.")
        #expect(parsed.published == "2021-04-29")
    }

    @Test func headeredTitleIsTheHeadlineWhenTheTextOpensWithIt() throws {
        let text = "# doc_id = news_society_018\n"
            + "# url = https://dantri.com.vn/xa-hoi/tphcm-se-co-19-quan-259-phuong-khong-to-chuc-hdnd-20210428063505327.htm\n"
            + "# date = 20210428\nTPHCM sẽ có 19 quận, 259 phường không tổ chức HĐND\n"
            + "Trong tương lai gần, TPHCM sẽ có 19 quận, 259 phường thực hiện không tổ chức HĐND quận, phường.\n"
        let parsed = try ArticleReader().read(text: text, path: "x.txt")
        #expect(parsed.title == "TPHCM sẽ có 19 quận, 259 phường không tổ chức HĐND")
        // The headline stays where it was in the body: the stored text and its offsets do not change.
        #expect(parsed.text.hasPrefix("TPHCM sẽ có 19 quận, 259 phường không tổ chức HĐND\nTrong tương lai gần"))
        #expect(parsed.paragraphs.first?.role == .body)
    }

    @Test(arguments: [
        // Punctuation, "0h" and "30/4" are written differently in the slug: only letters and digits count.
        ("https://dantri.com.vn/xa-hoi/tu-0-h-ngay-304-ha-noi-dung-hoat-dong-quan-bar-20210429233049178.htm",
         "Từ 0h ngày 30/4, Hà Nội dừng hoạt động quán bar", true),
        // A line that only begins like the slug is not its headline.
        ("https://dantri.com.vn/xa-hoi/tu-0-h-ngay-304-ha-noi-dung-hoat-dong-quan-bar-20210429233049178.htm",
         "Từ 0h ngày 30/4, Hà Nội dừng hoạt động quán bar, karaoke", false),
        // Too short a slug matches no line (its words are still restored: "Hà Nội 5 ca", without the colon).
        ("https://example.vn/tin/ha-noi-5-ca-123456.htm", "Hà Nội: 5 ca", false),
    ])
    func slugHeadline(url: String, line: String, matches: Bool) {
        let text = "# url = \(url)\n\(line)\nCâu thứ hai của bài, đủ dài để là thân bài.\n"
        let title = (try? ArticleReader().read(text: text, path: "x.txt"))?.title
        #expect((title == line) == matches, "title: \(title ?? "nil")")
    }
}
