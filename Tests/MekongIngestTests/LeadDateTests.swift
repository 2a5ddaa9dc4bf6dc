import MekongIngest
import Testing

/// The date `mekong articles` shows for an article whose layout states none: the one its lead gives, or none
/// rather than a wrong one.
@Suite("Dates read from the lead")
struct LeadDateTests {
    /// A headered (Dân trí) article with `url` and no headline line.
    private func headered(url: String, _ body: String...) throws -> ParsedArticle {
        let text = "# doc_id = x\n# url = \(url)\n# date = 20210426\n" + body.joined(separator: "\n") + "\n"
        return try ArticleReader().read(text: text, path: "x.txt")
    }

    /// A plain (baomoi) article: the headline, then the body, and no date.
    private func plain(_ body: String...) throws -> ParsedArticle {
        try ArticleReader().read(text: "Tiêu đề bài báo\n" + body.joined(separator: "\n") + "\n", path: "x.txt")
    }

    @Test(arguments: [
        ("Ngày 7/2/2017, Thủ tướng Lào tới Việt Nam.", "2017-02-07"),
        ("Sáng 12-6-2017, Quốc hội thảo luận tại hội trường.", "2017-06-12"),
        ("Hôm nay (ngày 3/5/2017), Hội đồng nhân dân tỉnh họp phiên bất thường.", "2017-05-03"),
        ("Chiều ngày 8.2.2017, Bộ Công Thương thành lập Hội đồng kỷ luật.", "2017-02-08"),
        // A caption glued to the lead: the capitalised time word opens the sentence.
        ("Tổng Bí thư Nguyễn Phú Trọng Chiều 13/5/2017, Tổng Bí thư đã tiếp đoàn.", "2017-05-13"),
        // A day and month without year, written with its year later in the article.
        ("Sáng 12/6, Quốc hội thảo luận về quyết toán ngân sách.\nNgày 12-6-2017, Quốc hội họp phiên toàn thể.",
         "2017-06-12"),
        // The same with a dot ("18.5"), completed by the same day written with its year (either way).
        ("Sáng 18.5, Ban Bí thư làm việc với Tỉnh ủy.\nHội nghị ngày 18.5.2023 thống nhất các giải pháp.", "2023-05-18"),
        ("Chiều ngày 18.5, đoàn công tác làm việc tại tỉnh.\nTỉnh đã báo cáo kết quả ngày 18/5/2023.", "2023-05-18"),
        // A number with a dot before the lead's date is skipped as the number it is.
        ("Tăng trưởng đạt 6.5 điểm; sáng 18.5, Tỉnh ủy họp.\nTỉnh ủy ra nghị quyết ngày 18.5.2023.", "2023-05-18"),
    ])
    func theLeadGivesTheDate(body: String, expected: String) throws {
        let parsed = try plain(body)
        #expect(parsed.published == expected)
        #expect(parsed.publishedFrom == .lead)
    }

    @Test(arguments: [
        // A day and month whose year the article never writes.
        "Chiều 23/6, đoàn công tác của Học viện đã làm việc với Thường trực Tỉnh ủy.",
        // The trap: the only year is that of the work reviewed, not of the meeting (February 2017).
        "Sáng 7-2, Thường trực Thành ủy làm việc với Quận ủy về tình hình kinh tế trong năm 2016.",
        // The date of a document, not of the news.
        "Theo Quyết định số 32 ngày 11/4/2007 của Thủ tướng, Viện được thành lập.",
        // A range, and a deadline.
        "Từ ngày 17/6 đến ngày 22/6/2017, Chủ tịch Quốc hội thăm Liên bang Nga.",
        "Các đơn vị phải hoàn thành trước ngày 30/6/2017, không để chậm trễ.",
        // A share, not a date.
        "Có 3/5 bệnh viện được thanh tra trong năm 2017.",
        // The lead's date has no year: a full date later in the opening is not the news's date.
        "Liên quan vụ việc, ngày 12/6, Viện Kiểm sát cho biết đã truy tố. Tối 23/1/2017, tại trụ sở, bị can nhắn tin.",
        // A lead that recalls history: the article writes a date long after it.
        "Ngày 2/9/1945, Chủ tịch Hồ Chí Minh đọc Tuyên ngôn Độc lập.\nSáng 2/9/2025, lễ kỷ niệm diễn ra tại Ba Đình.",
        // A day to come.
        "Ngày 15/7/2017 tới, phố đi bộ sẽ hoạt động.",
        // "18.5" without the same day written with a year anywhere in the article.
        "Sáng 18.5, Ban Bí thư làm việc với Tỉnh ủy về công tác cán bộ trong năm 2023.",
        // "18.5" as a number, not in a date's place, though the article writes 18/5/2023.
        "Tỷ lệ đạt 18.5 phần trăm.\nTỉnh tổng kết ngày 18/5/2023.",
    ])
    func noDateRatherThanAWrongOne(body: String) throws {
        let parsed = try plain(body)
        #expect(parsed.published == nil)
        #expect(parsed.publishedFrom == nil)
    }

    @Test func theHeadersDateWinsOverTheLead() throws {
        let parsed = try headered(url: "https://dantri.com.vn/xa-hoi/hop-20210426102844598.htm", "Ngày 25/4/2020, tỉnh họp.")
        #expect(parsed.published == "2021-04-26")
        #expect(parsed.publishedFrom == .metadata)
    }
}
