import MekongPluginAPI
import Testing

/// Rules of the twenty-fourth session on lists of schools, bodies named by a level, owners after an acronym in
/// parentheses and Ê Đê names, each on a sentence written for the test after a shape of the session's second draw
/// (`dev/992`–`dev/1007`).
@Suite("Lists of schools, levels, owners after an acronym, Ê Đê names, twenty-fourth session")
struct ListsAndLevelsTests {
    @Test("'các học viện: Hậu cần, Hải quân', 'các trường sĩ quan: Lục quân 1, Phòng hóa': one school per item")
    func schoolsListedAfterColon() throws {
        let schools = try Extracted(
            "Năm nay tuyển sinh vào các học viện: Hậu cần, Hải quân, PK-KQ và các trường sĩ quan: Lục quân 1, Phòng hóa, Thông tin.")
        #expect(Set(schools.names(.organization)) == [
            "Học viện Hậu cần", "Học viện Hải quân", "Học viện PK-KQ", "Trường sĩ quan Lục quân 1", "Trường sĩ quan Phòng hóa",
            "Trường sĩ quan Thông tin",
        ], "\(schools.summary)")
        // A known body with "và" in its name stays whole.
        let known = try Extracted("Thí sinh đăng ký vào các học viện: Báo chí và Tuyên truyền, Ngoại giao và Hành chính.")
        #expect(Set(known.names(.organization)) == ["Học viện Báo chí và Tuyên truyền", "Học viện Ngoại giao", "Học viện Hành chính"],
            "\(known.summary)")
        // Without the colon, a head in lower case and capitalized words are no list.
        let plain = try Extracted("Các học viện Hậu cần, Hải quân đã thông báo tuyển sinh.")
        #expect(plain.names(.organization).isEmpty, "\(plain.summary)")
    }

    @Test("'Ban Tuyển sinh quân sự cấp quận', 'UBND cấp tỉnh': a body closed by a level is a kind of body")
    func bodiesOfALevel() throws {
        let level = try Extracted("Thanh niên sơ tuyển tại Ban Tuyển sinh quân sự cấp quận, huyện. UBND cấp tỉnh chịu trách nhiệm.")
        #expect(level.names(.organization).isEmpty, "\(level.summary)")
        let court = try Extracted("Tòa án nhân dân cấp cao tại Hà Nội đã xét xử phúc thẩm.")
        #expect(court.names(.organization) == ["Tòa án nhân dân cấp cao tại Hà Nội"], "\(court.summary)")
    }

    @Test("'Ban Tuyển sinh quân sự (TSQS) Bộ Quốc phòng': the ministry after an acronym in parentheses owns the body")
    func ownerAfterParenthesizedAcronym() throws {
        let board = try Extracted("Ban Tuyển sinh quân sự (TSQS) Bộ Quốc phòng thông báo điều chỉnh thời gian sơ tuyển.")
        #expect(board.names(.organization).contains("Ban Tuyển sinh quân sự Bộ Quốc phòng"), "\(board.summary)")
        #expect(board.pairs(.partOf) == ["Ban Tuyển sinh quân sự Bộ Quốc phòng → Bộ Quốc phòng"], "\(board.summary)")
    }

    @Test("'bà H'Yim Kđoh - Phó Chủ tịch UBND tỉnh Đắk Lắk': an Ê Đê name with its apostrophe, set off by a dash")
    func edeName() throws {
        let official = try Extracted("Sáng 29/4, bà H'Yim Kđoh - Phó Chủ tịch UBND tỉnh Đắk Lắk cho biết lễ hội sẽ dừng.")
        #expect(official.names(.person) == ["H'Yim Kđoh"], "\(official.summary)")
        #expect(official.pairs(.holdsPosition) == ["H'Yim Kđoh → Ủy ban nhân dân tỉnh Đắk Lắk"], "\(official.summary)")
    }
}
