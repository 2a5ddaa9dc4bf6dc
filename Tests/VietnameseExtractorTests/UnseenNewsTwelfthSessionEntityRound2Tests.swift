import MekongPluginAPI
import Testing

/// Organization names left cut on the development corpus and on unseen news (issue 7), one general rule each: a
/// second task joined by "và" in lower case after the capitalized task that opens the name.
@Suite("Organization names: tasks joined by 'và' in lower case")
struct UnseenNewsTwelfthSessionEntityRound2Tests {
    @Test("a lower-case task joined by 'và' to the capitalized task that opens the name is part of it", arguments: [
        ("Bộ phối hợp với Cục Cạnh tranh và bảo vệ người tiêu dùng, Tổng cục Quản lý thị trường.",
            "Cục Cạnh tranh và bảo vệ người tiêu dùng"),
        ("Ông Nam làm việc tại Chi cục Khai thác và bảo vệ thủy sản.", "Chi cục Khai thác và bảo vệ thủy sản"),
    ])
    func lowerCaseTaskAfterConjunction(text: String, body: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.organization).contains(body), "\(extracted.summary)")
    }

    @Test("'người' and a compound in lower case name a kind of people inside a body's name")
    func kindOfPeopleInName() throws {
        let extracted = try Extracted("Ông Nam là Chủ tịch Hội người cao tuổi tỉnh Nghệ An từ năm 2015.")
        #expect(extracted.names(.organization).contains("Hội người cao tuổi tỉnh Nghệ An"), "\(extracted.summary)")
    }

    @Test("a known body's whole name joined by 'và' to lower-case words stays whole")
    func knownBodyBeforeConjunction() throws {
        let extracted = try Extracted("Đoàn đã làm việc với Bộ Y tế và bệnh viện.")
        #expect(extracted.names(.organization).contains("Bộ Y tế"), "\(extracted.summary)")
    }
}
