import MekongPluginAPI
import Testing

/// Twenty-seventh session: rules read off the news pools as a whole rather than off one draw — the kinds of companies
/// news writes before a foreign name ("hãng tin AP", "quỹ đầu tư KKR Global") stand before some 7,000 such names in
/// 4,000 of the pools' 37,000 articles, and no list of brands can hold them all.
@Suite("Foreign companies after a word of their kind, twenty-seventh session")
struct UnseenNewsTwentySeventhSessionTests {
    @Test("'quỹ đầu tư KKR Global', 'hãng hàng không Qatar Airways', 'hãng tin AP': the foreign name is a company's")
    func companyAfterKindWord() throws {
        let firms = try Extracted(
            "Ông Petraeus từng làm việc cho tập đoàn Lockheed Martin, nay là Chủ tịch quỹ đầu tư KKR Global. "
                + "Hãng hàng không Qatar Airways mở đường bay mới, theo hãng tin AP.")
        #expect(Set(firms.names(.organization)) == ["Lockheed Martin", "KKR Global", "Qatar Airways", "AP"], "\(firms.summary)")
        // The kind's words lie between a title and the company: the post is the company's, and an officer named after
        // it is no word of its name ("Martin" is a given name too; the last one opens the person).
        let posts = try Extracted(
            "Bà Nguyễn Thị Lan, Giám đốc điều hành hãng truyền thông Say Media, cho biết. "
                + "Tổng giám đốc hãng Lockheed Martin Jim Taiclet phát biểu.")
        #expect(Set(posts.pairs(.holdsPosition)) == ["Nguyễn Thị Lan → Say Media", "Jim Taiclet → Lockheed Martin"], "\(posts.summary)")
    }

    @Test("not after a kind word: Vietnamese names, places, legal forms, capitalized kinds and longer names are left to the grammar")
    func notCompanies() throws {
        // A place after the kind word is where the company is from, not its name; Vietnamese words are the grammar's.
        let places = try Extracted("Các hãng xe Nhật Bản và hãng Hong Kong tăng giá, công ty Long An cũng vậy.")
        #expect(!places.names(.organization).contains { ["Nhật Bản", "Hong Kong", "Long An"].contains($0) }, "\(places.summary)")
        // A Vietnamese syllable opening the name is no foreign name ("Tin", "Sao"), unless an acronym.
        let words = try Extracted("Nhiều hãng Sao Mai và quỹ đầu tư Tin Lanh đã rút vốn.")
        #expect(words.names(.organization).isEmpty, "\(words.summary)")
        // A capitalized kind opens a name of its own ("Tập đoàn Boeing" is the grammar's whole name).
        let grammar = try Extracted("Đại diện Tập đoàn Lockheed Martin và Công ty TNHH Grab Việt Nam dự họp.")
        #expect(Set(grammar.names(.organization)) == ["Tập đoàn Lockheed Martin", "Công ty TNHH Grab Việt Nam"], "\(grammar.summary)")
        // Without a title before it, a given name inside the foreign name is a word of it.
        let firm = try Extracted("Năm ngoái, ông cũng được công ty Booz Allen Hamilton yêu cầu xem xét lại sự việc.")
        #expect(firm.names(.organization) == ["Booz Allen Hamilton"], "\(firm.summary)")
        #expect(firm.names(.person).isEmpty, "\(firm.summary)")
        // A foreign name run on into a Vietnamese capitalized word is a longer name this rule does not guess.
        let longer = try Extracted("Ông A làm việc cho hãng Pacific Đông Dương từ năm 2010.")
        #expect(!longer.names(.organization).contains("Pacific"), "\(longer.summary)")
    }

    @Test("'Ngân hàng Vietcombank', 'Tập đoàn Viettel': a known body's head before its one-word brand is that body, not a part of it")
    func headBeforeBrand() throws {
        let banks = try Extracted("Ngân hàng Vietcombank và Tập đoàn Viettel ký thỏa thuận hợp tác.")
        #expect(Set(banks.names(.organization)) == [
            "Ngân hàng TMCP Ngoại thương Việt Nam", "Tập đoàn Công nghiệp - Viễn thông Quân đội",
        ], "\(banks.summary)")
        #expect(banks.pairs(.partOf).isEmpty, "\(banks.summary)")
    }
}
