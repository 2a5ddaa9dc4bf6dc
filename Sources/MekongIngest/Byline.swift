import Foundation

/// Who wrote an article and for which outlet, as its byline or credit line states it.
struct Byline: Equatable {
    var author: String?
    var source: String?

    /// A line that is only a byline or credit: "Tin, ảnh: Thanh Sang (TTXVN)", "Theo TTXVN",
    /// "Nguồn: Báo Lao Động", "Thanh Sang (TTXVN)". Nil for anything else, in particular body sentences
    /// that happen to start with "Theo" ("Theo Tỉnh ủy An Giang, thời gian qua, …").
    static func line(_ line: String, profile: LanguageProfile) -> Byline? {
        guard line.hasScalarCount(atMost: 100) else { return nil }
        let scalars = line.unicodeScalars
        let lower = line.lowercased()
        for prefix in profile.creditPrefixes where lower.hasPrefix(prefix) {
            let rest = trimmed(String(scalars.dropFirst(prefix.unicodeScalars.count)))
            guard !rest.isEmpty, rest.unicodeScalars.count <= 70 else { return nil }
            return credit(rest)
        }
        for prefix in profile.sourcePrefixes where lower.hasPrefix(prefix) {
            let rest = stripTrailingPeriod(trimmed(String(scalars.dropFirst(prefix.unicodeScalars.count))))
            guard !rest.isEmpty, isAgencyOrOutlet(rest) else { return nil }
            return Byline(author: nil, source: rest)
        }
        for prefix in profile.citationPrefixes where lower.hasPrefix(prefix) {
            var rest = stripTrailingPeriod(trimmed(String(scalars.dropFirst(prefix.unicodeScalars.count))))
            for word in profile.outletWords where rest.lowercased().hasPrefix(word) {
                rest = String(rest.unicodeScalars.dropFirst(word.unicodeScalars.count))
                break
            }
            guard isAgencyOrOutlet(rest) else { return nil }
            return Byline(author: nil, source: rest)
        }
        // "Thanh Sang (TTXVN)": a name with an agency; a bare name is only trusted at the very end.
        if let byline = trailingName(line, profile: profile), byline.source != nil { return byline }
        return nil
    }

    /// The signature at the end of an article: "Nguyễn Trường", "Hồ Xuân Mai -", "Quỳnh Hoa (TTXVN)",
    /// "(Tổng hợp) Hoàng Yên", "PV", two reporters "Hải Dương - Hoan Trần". Nil when the text does not look like one.
    static func trailingName(_ text: String, profile: LanguageProfile) -> Byline? {
        guard text.hasScalarCount(atMost: 80) else { return nil }
        var text = trimmed(text)
        while let last = text.unicodeScalars.last, last == "-" || last == " " {
            text = String(text.unicodeScalars.dropLast())
        }
        if text.unicodeScalars.first == "(", let close = text.unicodeScalars.firstIndex(of: ")"),
            text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: close) <= 20
        {
            text = trimmed(String(text.unicodeScalars[text.unicodeScalars.index(after: close)...]))
        }
        guard !text.isEmpty, text.unicodeScalars.count <= 60 else { return nil }
        if profile.anonymousSignatures.contains(text) { return Byline(author: nil, source: nil) }
        let byline = credit(text)
        if let author = byline.author {
            // "Hải Dương - Hoan Trần": two reporters' names joined by a dash.
            guard author.components(separatedBy: " - ").allSatisfy(isName) else { return nil }
        } else if byline.source == nil {
            return nil
        }
        return byline
    }

    /// Splits "Name (AGENCY)", "Name/AGENCY" or "Name - AGENCY" into author and source.
    private static func credit(_ text: String) -> Byline {
        let text = stripTrailingPeriod(trimmed(text))
        let scalars = text.unicodeScalars
        if scalars.last == ")", let open = scalars.lastIndex(of: "(") {
            let inside = trimmed(String(scalars[scalars.index(after: open)..<scalars.index(before: scalars.endIndex)]))
            if isAgencyOrOutlet(inside) {
                return Byline(author: nonEmpty(String(scalars[..<open])), source: inside)
            }
        }
        for separator in ["/", " - "] {
            if let range = text.range(of: separator, options: .backwards) {
                let after = trimmed(String(text[range.upperBound...]))
                if isAgency(after) { return Byline(author: nonEmpty(String(text[..<range.lowerBound])), source: after) }
            }
        }
        return Byline(author: nonEmpty(text), source: nil)
    }

    /// A person's name as signed: one to five capitalized words of letters ("Đ,Bắc" and "Đ.Bắc" included).
    static func isName(_ text: String) -> Bool {
        let words = text.unicodeScalars.split(separator: " ")
        guard (1...5).contains(words.count), text.unicodeScalars.count <= 40 else { return false }
        for word in words {
            guard let first = word.first, first.isUppercaseLetter else { return false }
            var letters = 0
            var uppercase = 0
            for scalar in word {
                if scalar.isLetter {
                    letters += 1
                    if scalar.isUppercaseLetter { uppercase += 1 }
                } else if scalar != "," && scalar != "." {
                    return false
                }
            }
            // An all-caps word is an acronym ("HCM", "UBND"), not part of a signature.
            if letters >= 2 && uppercase == letters { return false }
        }
        return true
    }

    /// An agency written in capitals ("TTXVN", "TTXVN/Vietnam+", "VNA").
    private static func isAgency(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard scalars.count >= 2, scalars.count <= 30, let first = scalars.first, first.isUppercaseLetter else {
            return false
        }
        var lettersBeforeBreak = 0
        var uppercaseBeforeBreak = 0
        for scalar in scalars {
            if scalar == "/" || scalar == " " { break }
            if scalar.isLetter {
                lettersBeforeBreak += 1
                if scalar.isUppercaseLetter { uppercaseBeforeBreak += 1 }
            }
        }
        return lettersBeforeBreak >= 2 && uppercaseBeforeBreak == lettersBeforeBreak
    }

    /// An agency, or an outlet named in capitalized words ("Báo Lao Động", "Tuổi Trẻ", "VnExpress").
    private static func isAgencyOrOutlet(_ text: String) -> Bool {
        if isAgency(text) { return true }
        let words = text.unicodeScalars.split(separator: " ")
        guard (1...6).contains(words.count), text.unicodeScalars.count <= 50 else { return false }
        return words.allSatisfy { word in
            guard let first = word.first, first.isUppercaseLetter || first.isDigit else { return false }
            return word.allSatisfy { $0.isLetter || $0.isDigit || $0 == "." || $0 == "+" || $0 == "/" || $0 == "-" }
        }
    }

    private static func nonEmpty(_ text: String) -> String? {
        let text = trimmed(text)
        return text.isEmpty ? nil : text
    }

    private static func stripTrailingPeriod(_ text: String) -> String {
        text.unicodeScalars.last == "." ? trimmed(String(text.unicodeScalars.dropLast())) : text
    }

    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.isSpaceOrNewline }),
            let end = scalars.lastIndex(where: { !$0.isSpaceOrNewline })
        else { return "" }
        return String(scalars[start...end])
    }
}
