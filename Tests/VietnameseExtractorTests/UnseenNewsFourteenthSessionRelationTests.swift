import MekongPluginAPI
import Testing

/// Relation shapes that unseen news states and no rule read (issue 7, fourteenth session: misses listed by reviewers
/// on articles no gold set holds), each on a sentence written for the test: a document's issuer after its date set off
/// by commas or as the subject of the clause the document opens, an issuer named with its present name in parentheses,
/// units listed after the body they belong to, the parties of a meeting listed after "giữa", a law's "QH" code,
/// bodies listed with commas alone before a verb of cooperation, a post whose body's place stands in parentheses
/// before the name, and a dialogue held with someone.
@Suite("Relations of general grammar, fourteenth session")
struct UnseenNewsFourteenthSessionRelationTests {
    @Test("'Văn bản số D, ngày X, của O', 'Tại Công văn số D, ban hành ngày X, O yêu cầu': O issued D", arguments: [
        "Văn bản số 1234/UBND-KT, ngày 05/3/2018, của UBND tỉnh Bến Tre giao Chủ tịch UBND huyện Ba Tri kiểm tra thông tin.",
        "Tại Công văn số 1234/UBND-KT, ban hành ngày 3/2, UBND tỉnh Bến Tre yêu cầu Chủ tịch UBND huyện Ba Tri báo cáo.",
    ])
    func issuerAfterTheDocumentAndItsDate(text: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.pairs(.issued).contains("Ủy ban nhân dân tỉnh Bến Tre → 1234/UBND-KT"), "\(extracted.summary)")
    }

    @Test("'Theo Quyết định số D/QĐ-UBND, Sở X phải …': a body the symbol does not name issued nothing")
    func subjectTheSymbolDoesNotName() throws {
        let extracted = try Extracted(
            "Theo Quyết định số 89/QĐ-UBND, Sở Y tế tỉnh Bến Tre phải báo cáo UBND huyện Ba Tri và UBND huyện Mỏ Cày.")
        #expect(!extracted.pairs(.issued).contains("Sở Y tế tỉnh Bến Tre → 89/QĐ-UBND"), "\(extracted.summary)")
    }

    @Test("'Thực hiện Kế hoạch số D/KH-UBND, UBND huyện X tổ chức …': a plan carried out is not the subject's own")
    func documentCarriedOutBeforeTheSubject() throws {
        let extracted = try Extracted(
            "Thực hiện Kế hoạch số 120/KH-UBND ngày 5/3/2024, UBND huyện Gia Lâm đã tổ chức kiểm tra các cơ sở kinh doanh và "
                + "báo cáo UBND thành phố Hà Nội.")
        #expect(!extracted.pairs(.issued).contains("Ủy ban nhân dân huyện Gia Lâm → 120/KH-UBND"), "\(extracted.summary)")
    }

    @Test("'Sở A (nay là Sở B) có Tờ trình số D': the body named before its present name issued D")
    func issuerBeforeItsPresentName() throws {
        let extracted = try Extracted(
            "Ngày 4/6/2001, Sở Thủy lợi (nay là Sở Nông nghiệp và Phát triển nông thôn) có Tờ trình số 225/TTr-NN đề nghị "
                + "UBND tỉnh Bến Tre cấp phép.")
        #expect(extracted.pairs(.issued).contains("Sở Thủy lợi → 225/TTr-NN"), "\(extracted.summary)")
    }

    @Test("'nằm trong cơ cấu X như: A; B; và C', 'Doanh nghiệp do X nắm giữ 100% vốn sẽ gồm 3 doanh nghiệp là: A; B; C'",
        arguments: [
            "Các đơn vị vẫn nằm trong cơ cấu Tổng công ty Sông Hồng như: Công ty Thủy điện Bản Vẽ; Công ty Thủy điện Nậm Chiến; "
                + "và Công ty Thủy điện Lai Châu.",
            "Doanh nghiệp do Tổng công ty Sông Hồng nắm giữ 100% vốn điều lệ sẽ gồm 3 doanh nghiệp là: Công ty Thủy điện Bản Vẽ; "
                + "Công ty Thủy điện Nậm Chiến; Công ty Thủy điện Lai Châu.",
        ])
    func unitsListedAfterTheirParent(text: String) throws {
        let extracted = try Extracted(text)
        for unit in ["Công ty Thủy điện Bản Vẽ", "Công ty Thủy điện Nậm Chiến", "Công ty Thủy điện Lai Châu"] {
            #expect(extracted.pairs(.partOf).contains("\(unit) → Tổng công ty Sông Hồng"), "\(unit): \(extracted.summary)")
        }
    }

    @Test("a divestment lists no units: 'X thoái vốn tại 2 doanh nghiệp, bao gồm: A; B', 'Các doanh nghiệp do X thoái vốn gồm'",
        arguments: [
            "Tổng công ty Sông Hồng sẽ thoái toàn bộ vốn tại 2 doanh nghiệp, bao gồm: Công ty Thủy điện Bản Vẽ; "
                + "Công ty Thủy điện Nậm Chiến.",
            "Các doanh nghiệp do Tổng công ty Sông Hồng thoái vốn năm nay gồm: Công ty Thủy điện Bản Vẽ; Công ty Thủy điện Nậm Chiến.",
        ])
    func divestmentIsNoUnitList(text: String) throws {
        let extracted = try Extracted(text)
        #expect(!extracted.relations.contains { $0.predicate == .partOf && $0.object == "Tổng công ty Sông Hồng" }, "\(extracted.summary)")
    }

    @Test("'cuộc gặp mặt truyền thống giữa A, B, C và D': every two of the parties met")
    func meetingOfAListOfParties() throws {
        let extracted = try Extracted(
            "Sáng 12/3, tại Hà Nội đã diễn ra cuộc gặp mặt truyền thống giữa Ban Tuyên giáo Trung ương, Ban Dân vận Trung ương, "
                + "Bộ Tư pháp và Bộ Nội vụ.")
        let bodies = ["Ban Tuyên giáo Trung ương", "Ban Dân vận Trung ương", "Bộ Tư pháp", "Bộ Nội vụ"]
        for (offset, a) in bodies.enumerated() {
            for b in bodies[(offset + 1)...] {
                #expect(extracted.pairs(.metWith).contains(pair(a, b, symmetric: true)), "\(a) – \(b): \(extracted.summary)")
            }
        }
    }

    @Test("'cuộc gặp mặt giữa Phòng A, Công an B và Cục C': a unit and the body after its comma did not meet")
    func meetingOfAUnitAndItsOwner() throws {
        let extracted = try Extracted(
            "Sáng 12/3, tại Hà Nội đã diễn ra cuộc gặp mặt giữa Phòng Cảnh sát kinh tế, Công an tỉnh Nam Định và Cục Hải quan "
                + "tỉnh Nam Định.")
        #expect(!extracted.pairs(.metWith).contains(pair("Phòng Cảnh sát kinh tế", "Công an tỉnh Nam Định", symmetric: true)),
            "\(extracted.summary)")
    }

    @Test("'cuộc trao đổi giữa ông A, Phó Giám đốc Sở B với các nhà báo': a person's post after a comma is no party")
    func postAfterTheFirstPartyIsNoParty() throws {
        let extracted = try Extracted(
            "Nhiều giáo viên bất bình khi nghe cuộc trao đổi giữa ông Lê Văn Ba, Phó Giám đốc Sở Y tế tỉnh Bến Tre với các nhà báo.")
        #expect(!extracted.pairs(.metWith).contains(pair("Lê Văn Ba", "Sở Y tế tỉnh Bến Tre", symmetric: true)), "\(extracted.summary)")
    }

    @Test("'Luật X (số 38/2019/QH14 …)': the National Assembly's code names it, though the symbol reader takes 'QH' for a type")
    func nationalAssemblyCode() throws {
        let extracted = try Extracted(
            "Nghị quyết số 12/2016/NQ-HĐND của HĐND tỉnh Bến Tre thực hiện theo Pháp lệnh Phí. Năm 2019, Quốc hội thông qua "
                + "Luật Thuế (số 38/2019/QH14 ngày 13/6/2019 có hiệu lực thi hành từ ngày 01/7/2020).")
        #expect(extracted.pairs(.issued).contains("Quốc hội → 38/2019/QH14"), "\(extracted.summary)")
    }

    @Test("'Bộ A, Hội B, Báo C, Tập đoàn D phối hợp tổ chức': a list set apart by commas alone cooperates, every pair")
    func commaListOfCooperatingBodies() throws {
        let extracted = try Extracted(
            "Ngày 5/7, tại Trường Đại học Cửu Long (Vĩnh Long), Bộ Tư pháp, Hội Luật gia Việt Nam, Báo Pháp luật, Tập đoàn "
                + "Sông Hồng phối hợp tổ chức Lễ phát động cuộc thi.")
        let bodies = ["Bộ Tư pháp", "Hội Luật gia Việt Nam", "Báo Pháp luật", "Tập đoàn Sông Hồng"]
        for (offset, a) in bodies.enumerated() {
            for b in bodies[(offset + 1)...] {
                #expect(extracted.pairs(.cooperatesWith).contains(pair(a, b, symmetric: true)), "\(a) – \(b): \(extracted.summary)")
            }
        }
        #expect(!extracted.relations.contains { $0.predicate == .cooperatesWith && $0.subject == "Trường Đại học Cửu Long" },
            "\(extracted.summary)")
    }

    @Test("'Theo Sở A, Bệnh viện B, Bệnh viện C phối hợp': the body after a preposition is no party of a comma list")
    func commaListAfterAPreposition() throws {
        let extracted = try Extracted("Theo Sở Y tế tỉnh Bến Tre, Bệnh viện Cửu Long, Bệnh viện Tây Đô phối hợp cấp cứu.")
        #expect(extracted.pairs(.cooperatesWith).isEmpty, "\(extracted.summary)")
    }

    @Test("'Ngày D, Phòng A, Công an B, Cục C phối hợp': a unit and the body it belongs to, side by side, do not cooperate")
    func unitAndItsOwnerInACommaList() throws {
        let extracted = try Extracted(
            "Ngày 5/3, Phòng Cảnh sát kinh tế, Công an tỉnh Nam Định, Cục Hải quan tỉnh Nam Định phối hợp kiểm tra cơ sở "
                + "kinh doanh.")
        #expect(!extracted.pairs(.cooperatesWith).contains(pair("Phòng Cảnh sát kinh tế", "Công an tỉnh Nam Định", symmetric: true)),
            "\(extracted.summary)")
        #expect(extracted.pairs(.cooperatesWith).contains(pair("Công an tỉnh Nam Định", "Cục Hải quan tỉnh Nam Định", symmetric: true)),
            "\(extracted.summary)")
    }

    @Test("'Hiệu trưởng Trường THPT A (quận B) Lê Văn C': the post is C's, past the school's district in parentheses")
    func postPastTheBodysPlaceInParentheses() throws {
        let extracted = try Extracted(
            "Giải thích việc tăng học phí, Hiệu trưởng Trường THPT Phan Bội Châu (quận Ba Đình) Lê Văn Toàn cho biết "
                + "trường tự chủ tài chính.")
        let titles = extracted.attributes("Lê Văn Toàn", .holdsPosition, "Trường THPT Phan Bội Châu").map { $0["title"] }
        #expect(titles == ["Hiệu trưởng"], "\(extracted.summary)")
    }

    @Test("'Phó Chủ tịch UBND tỉnh A (được … ủy quyền) tổ chức đối thoại với ông B': a dialogue is a meeting")
    func dialogueIsAMeeting() throws {
        let extracted = try Extracted(
            "Ngày 12/9/2018, Phó Chủ tịch UBND tỉnh Bến Tre Lê Văn Ba (được Chủ tịch UBND tỉnh ủy quyền) tổ chức đối thoại với "
                + "ông Nguyễn Văn Tư theo quy định của pháp luật.")
        #expect(extracted.pairs(.metWith).contains(pair("Lê Văn Ba", "Nguyễn Văn Tư", symmetric: true)), "\(extracted.summary)")
    }
}
