extension LanguageProfile {
    /// Vietnamese news: tone marks in the new style, the credit lines and anonymous signatures of the Vietnamese
    /// press, the mastheads of government sites, and the abbreviations written with a period ("TP.", "ThS.").
    public static let vietnamese = LanguageProfile(
        name: "vi", respellsToneMarks: true, readsBylines: true,
        abbreviations: [
            "TP", "Tp", "tp", "TX", "Tx", "ThS", "Ths", "TS", "Ts", "TSKH", "PGS", "Pgs", "GS", "Gs", "BS", "KS", "Th",
            "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Q", "P", "NXB", "Nxb", "tr", "Bs", "TT",
        ],
        creditPrefixes: [
            "tin, ảnh:", "tin và ảnh:", "tin - ảnh:", "tin/ảnh:", "tin-ảnh:", "bài, ảnh:", "bài và ảnh:", "bài - ảnh:",
            "bài/ảnh:", "bài-ảnh:", "nhóm phóng viên:", "phóng viên:", "bài:", "tin:", "ảnh:",
        ],
        sourcePrefixes: ["nguồn:"],
        citationPrefixes: ["theo "],
        outletWords: ["báo "],
        anonymousSignatures: ["PV", "Nhóm PV", "NPV", "BTV", "CTV", "PV tổng hợp"],
        captionMarkers: ["chú thích ảnh", "chú thích ảnh:"],
        mastheads: [
            "chính phủ nước cộng hòa xã hội chủ nghĩa việt nam báo điện tử chính phủ",
            "diễn đàn của nhân dân, doanh nghiệp về xây dựng, thực thi chính sách, pháp luật",
            "cổng thông tin điện tử chính phủ",
        ],
        boilerplatePrefixes: [
            "các đơn vị thông tin của", "bản quyền thuộc", "tags:", "từ khóa:", "xem thêm:", "bài liên quan",
            "tin liên quan", "đọc thêm:",
        ],
        shareButtons: ["chia sẻ"],
        boilerplateWordPairs: [WordPair("thông cáo báo chí", "rao vặt")])
}
