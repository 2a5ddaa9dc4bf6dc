/// A Vietnamese document number ("số, ký hiệu") read from text: Party `11-QĐ/TW`, state legal
/// `100/2019/NĐ-CP`, administrative `534/QĐ-HVCTQG`, letters `6985/VPCP-KTN`.
struct DocumentSymbol: Equatable {
    /// The symbol as written (without spaces).
    var text: String
    /// The number without leading zeros, for matching short references ("Chỉ thị số 5" = "05-CT/TW").
    var number: String
    /// The type abbreviation ("QĐ", "NĐ", "CT"), when the symbol has one.
    var type: String?
    /// Scalars consumed.
    var length: Int

    /// Reads a symbol starting at `start` (which must be a digit not preceded by a letter or digit).
    /// - Parameter bareIssuer: also read `1611/BDN` (a number and an issuer code only), which a type word
    ///   before it ("Công văn số") makes a document; alone it could be anything.
    static func read(_ scalars: [Unicode.Scalar], at start: Int, bareIssuer: Bool = false) -> DocumentSymbol? {
        /// An issuer's code standing alone: capitals ("BDN", "CP"), or capitals with a lower-case tail ("TTg").
        func isIssuerCode(_ kind: String) -> Bool {
            let letters = kind.unicodeScalars
            return letters.count >= 2 && letters.first?.properties.isUppercase == true
                && letters.filter({ $0.properties.isUppercase }).count >= 2 && letters.allSatisfy({ $0.properties.isAlphabetic })
        }
        var index = start
        func digits() -> String {
            var out = ""
            while index < scalars.count, ("0"..."9").contains(scalars[index]) {
                out.unicodeScalars.append(scalars[index])
                index += 1
            }
            return out
        }
        func code(maxLength: Int) -> String? {
            guard index < scalars.count, scalars[index].properties.isUppercase else { return nil }
            var out = ""
            while index < scalars.count, out.unicodeScalars.count < maxLength,
                scalars[index].properties.isAlphabetic || ("0"..."9").contains(scalars[index])
                    // "SVH&TT", "BGD&ĐT": a body whose name joins two fields with "&".
                    || (scalars[index] == "&" && index + 1 < scalars.count && scalars[index + 1].properties.isUppercase)
            {
                out.unicodeScalars.append(scalars[index])
                index += 1
            }
            return out
        }
        func codes(maxLength: Int) -> String? {
            guard var out = code(maxLength: maxLength) else { return nil }
            while index + 1 < scalars.count, scalars[index] == "-", scalars[index + 1].properties.isUppercase {
                index += 1
                guard let next = code(maxLength: maxLength) else { break }
                out += "-" + next
            }
            return out
        }
        func accept(_ character: Unicode.Scalar) -> Bool {
            if index < scalars.count, scalars[index] == character {
                index += 1
                return true
            }
            return false
        }
        /// A dash before an issuer's code, also with a stray space after it ("6386/BNV- CCVC").
        func acceptDash() -> Bool {
            if index + 2 < scalars.count, scalars[index] == "-", scalars[index + 1] == " ", scalars[index + 2].properties.isUppercase {
                index += 2
                return true
            }
            return accept("-")
        }
        let number = digits()
        guard !number.isEmpty, number.count <= 6 else { return nil }
        var type: String?
        var text: String
        // "439 – QĐNS/TW": spaces around the dash (normalized to "-") before a Party type code.
        var spacedDash = false
        if index + 3 < scalars.count, scalars[index] == " ", scalars[index + 1] == "-", scalars[index + 2] == " ",
            scalars[index + 3].properties.isUppercase
        {
            index += 1
            spacedDash = true
        }
        if accept("-") {
            if spacedDash { index += 1 }
            // Party: 11-QĐ/TW; non-standard year form 19-2017/NQ-CP.
            let checkpoint = index
            let year = digits()
            if year.count == 4, accept("/"), let kind = code(maxLength: 6), accept("-"), let issuer = codes(maxLength: 15) {
                type = kind
                text = "\(number)-\(year)/\(kind)-\(issuer)"
            } else {
                index = checkpoint
                guard let kind = code(maxLength: 6), accept("/"), let issuer = codes(maxLength: 15) else { return nil }
                type = kind
                text = "\(number)-\(kind)/\(issuer)"
            }
        } else if accept("/") {
            let checkpoint = index
            let year = digits()
            if year.count == 4, accept("/") {
                // State legal: 100/2019/NĐ-CP, or 80/2015/QH13.
                guard let kind = code(maxLength: 8) else { return nil }
                if accept("-"), let issuer = codes(maxLength: 15) {
                    type = kind
                    text = "\(number)/\(year)/\(kind)-\(issuer)"
                } else if kind.hasPrefix("QH") || kind.hasPrefix("UBTVQH") {
                    type = "QH"
                    text = "\(number)/\(year)/\(kind)"
                } else if bareIssuer, isIssuerCode(kind) {
                    // "Nghị định 108/2014/CP": an old or careless form with the issuer's code alone.
                    type = nil
                    text = "\(number)/\(year)/\(kind)"
                } else {
                    return nil
                }
            } else {
                index = checkpoint
                // Administrative 534/QĐ-HVCTQG, or a letter 6985/VPCP-KTN (also "6386/BNV- CCVC").
                guard let kind = code(maxLength: 10) else { return nil }
                let afterKind = index
                if acceptDash(), let issuer = codes(maxLength: 15) {
                    type = kind
                    text = "\(number)/\(kind)-\(issuer)"
                } else if bareIssuer, isIssuerCode(kind) {
                    type = nil
                    text = "\(number)/\(kind)"
                    // "văn bản 2520/UBND/GPMB": the issuer's code, then its unit's.
                    let afterDash = index
                    index = afterKind
                    if accept("/"), let unit = codes(maxLength: 15) {
                        text += "/\(unit)"
                    } else {
                        index = afterDash
                    }
                } else {
                    return nil
                }
            }
        } else {
            return nil
        }
        // A symbol ends at a word boundary.
        if index < scalars.count, scalars[index].properties.isAlphabetic { return nil }
        let trimmed = String(number.drop(while: { $0 == "0" }))
        return DocumentSymbol(text: text, number: trimmed.isEmpty ? "0" : trimmed, type: type, length: index - start)
    }
}
