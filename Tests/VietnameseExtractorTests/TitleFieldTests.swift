import MekongPluginAPI
import Testing

/// Twenty-eighth session: a title followed by the field it covers, in lower case, then "của" and the body — the way
/// foreign news names an officer ("giám đốc pháp lý của Trump Organization", "cố vấn an ninh quốc gia của Nhà Trắng").
@Suite("A title's field before 'của', twenty-eighth session")
struct TitleFieldTests {
    @Test("'Alan Garten, giám đốc pháp lí của Trump Organization': the field is part of the title, the body after 'của'")
    func fieldBeforeOwner() throws {
        let officers = try Extracted(
            "Alan Garten, giám đốc pháp lí của Trump Organization, khẳng định. Bà Liane Hornsey, Phó Chủ tịch cấp cao của Uber, cho biết.")
        #expect(officers.pairs(.holdsPosition) == ["Alan Garten → Trump Organization", "Liane Hornsey → Uber"], "\(officers.summary)")
        #expect(Set(officers.relations.compactMap { $0.attributes["title"] }) == ["giám đốc pháp lí", "Phó Chủ tịch cấp cao"],
                "\(officers.summary)")
    }

    @Test("no field: a verb, a joining word or a second title between the title and 'của'")
    func notAField() throws {
        let verbs = try Extracted("Ông Lê Văn Hùng, Giám đốc cho biết ý kiến của Bộ Tài chính đã rõ.")
        #expect(!verbs.pairs(.holdsPosition).contains("Lê Văn Hùng → Bộ Tài chính"), "\(verbs.summary)")
        let joined = try Extracted("Ông Lê Văn Hùng, Giám đốc và các cán bộ của Bộ Tài chính dự họp.")
        #expect(!joined.pairs(.holdsPosition).contains("Lê Văn Hùng → Bộ Tài chính"), "\(joined.summary)")
    }
}
