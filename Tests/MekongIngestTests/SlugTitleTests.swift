import MekongIngest
import Testing

/// What `mekong articles` shows as the title of an article whose layout has no headline: the URL slug's words
/// with the diacritics the text writes them with, and the rest marked.
@Suite("Titles restored from the text")
struct SlugTitleTests {
    /// A headered (Dân trí) article with `url` and no headline line.
    private func headered(url: String, _ body: String...) throws -> ParsedArticle {
        let text = "# doc_id = x\n# url = \(url)\n# date = 20210426\n" + body.joined(separator: "\n") + "\n"
        return try ArticleReader().read(text: text, path: "x.txt")
    }

    @Test func everyWordOfTheSlugTakesTheDiacriticsTheTextWrites() throws {
        let parsed = try headered(
            url: "https://dantri.com.vn/xa-hoi/bo-nhiem-giam-doc-so-2021-20210429115108027.htm",
            "Sáng 29/4, tỉnh đã bổ nhiệm Giám đốc Sở.")
        #expect(parsed.title == "Bổ nhiệm Giám đốc Sở 2021")
        // The title is not the headline: it is not added to the stored text.
        #expect(parsed.text == "Sáng 29/4, tỉnh đã bổ nhiệm Giám đốc Sở.")
    }

    @Test func wordsTheTextDoesNotWriteStayInBracketsAsTheSlugSpellsThem() throws {
        // The first line is a photo caption, as in the Dân trí corpus; "loạt" is nowhere in the text.
        let parsed = try headered(
            url: "https://dantri.com.vn/kinh-doanh/loat-mat-hang-bo-truong-cong-thuong-luu-y-quan-ly-thi-truong-tang-kiem-tra-20210426102844598.htm",
            "Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên.",
            "Bộ trưởng lưu ý quản lý thị trường phải tăng kiểm tra các mặt hàng thiết yếu.")
        #expect(parsed.title == "[Loat] mặt hàng Bộ trưởng Công Thương lưu ý quản lý thị trường tăng kiểm tra")
    }

    @Test func aDateWrittenWithSlashesRestoresTheSlugsDigits() throws {
        let parsed = try headered(
            url: "https://dantri.com.vn/xa-hoi/bau-lanh-dao-chu-chot-khoa-moi-vao-cuoi-thang-72021-20210427161849610.htm",
            "Quốc hội sẽ bầu lãnh đạo chủ chốt khóa mới vào cuối tháng 7/2021.")
        #expect(parsed.title == "Bầu lãnh đạo chủ chốt khóa mới vào cuối tháng 7/2021")
    }

    @Test func aLoneWordTheTextWritesInTwoWaysIsNotGuessed() throws {
        let parsed = try headered(
            url: "https://example.vn/tin/ban-ke-hoach-20210101123456.htm",
            "Kế hoạch được trình lên bàn làm việc của tỉnh; bản sao gửi các sở.")
        // "ban" alone could be "bản" or "bàn"; "ke hoach" is written one way, "kế hoạch".
        #expect(parsed.title == "[Ban] kế hoạch")
    }

    @Test func aWordAloneIsNotGuessedEvenWhenTheTextWritesItOneWay() throws {
        // The trap from the Dân trí corpus: the text writes "mang" only in "cách mạng"; the slug's "mang tên"
        // is not "mạng tên", even though "cách mạng, tên ông" has the two words in a row (across a comma).
        let parsed = try headered(
            url: "https://example.vn/tin/con-duong-mang-ten-ong-20210425204035470.htm",
            "Con đường tại Thủ Thiêm vinh danh nhà cách mạng, tên ông được chọn.")
        #expect(parsed.title == "Con đường [mang] tên ông")
    }

    @Test func aForeignWordTheTextWritesAsTheSlugDoesIsTakenAlone() throws {
        // The Dân trí article's slug "…-quan-bar-karaoke-vu-truong": the text separates the words with commas.
        let parsed = try headered(
            url: "https://dantri.com.vn/xa-hoi/ha-noi-dung-hoat-dong-quan-bar-karaoke-vu-truong-20210429233049178.htm",
            "Hà Nội dừng hoạt động các cơ sở karaoke, quán bar, vũ trường từ 0h ngày 30/4.")
        #expect(parsed.title == "Hà Nội dừng hoạt động quán bar karaoke vũ trường")
    }

    @Test func digitsTheTextDoesNotWriteAreKeptOnlyWhenTheyAreAPlainNumber() throws {
        // "2021" is a year; "72021" is "7/2021" with the slash dropped, and the text does not write it.
        let parsed = try headered(
            url: "https://example.vn/tin/ke-hoach-2021-bau-cu-thang-72021-20210425204035470.htm",
            "Kế hoạch bầu cử đã được thông qua, tháng tới sẽ triển khai.")
        #expect(parsed.title == "Kế hoạch 2021 bầu cử [thang 72021]")
    }

    @Test func aSlugTheTextDoesNotWriteIsShownWholeInBrackets() throws {
        let parsed = try headered(
            url: "https://example.vn/tin/loat-tin-khong-co-trong-bai-20210101123456.htm",
            "Hội nghị tổng kết công tác năm diễn ra tại Hà Nội.")
        #expect(parsed.title == "[Loat tin khong co trong bai]")
    }

    @Test func aWordKeepsTheCaseTheTextWritesWhereItDoesNotOpenASentence() throws {
        let parsed = try headered(
            url: "https://example.vn/tin/thu-thiem-co-con-duong-mang-ten-20210425204035470.htm",
            "Thủ Thiêm có con đường mang tên mới.", "Khu đô thị Thủ Thiêm được quy hoạch lại.")
        #expect(parsed.title == "Thủ Thiêm có con đường mang tên")
    }
}
