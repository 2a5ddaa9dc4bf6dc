import MekongPluginAPI
import VietnameseLexicon

/// Two bodies of one kind named together, the second by its own name only: "Nhà máy nhiệt điện Duyên Hải 1 và Duyên
/// Hải 3", "Nhà máy Alumin Tân Rai và Nhân Cơ".
extension OrganizationGrammar {
    /// The two bodies that a parsed name joining two own names by "và" stands for, or nil when it is one body.
    ///
    /// The words after "và" (capitalized syllables and numbers, every one of them) take the place of as many words at
    /// the end of the name before "và", which must be capitalized syllables or numbers too: "Nhà máy Alumin Tân Rai và
    /// Nhân Cơ" names "Nhà máy Alumin Tân Rai" and "Nhà máy Alumin Nhân Cơ". A field joined by "và" stays in one name:
    /// its second syllable is in lower case ("Sở Giáo dục và Đào tạo", "Bộ Kế hoạch và Đầu tư"), or, written in title
    /// case, it is a name compound ("Khoa học Xã Hội và Nhân Văn") — unless the second name repeats the first word it
    /// replaces ("Duyên Hải 1 và Duyên Hải 3").
    func coordinatedOwnNames(in parsed: ParsedOrganization) -> [ParsedOrganization]? {
        guard parsed.nested.isEmpty, let head = lexicon.heads.longestMatch(in: keys, at: parsed.start), head.payload == .body
        else { return nil }
        let joints = (parsed.start + head.length..<parsed.end).filter { keys[$0] == "và" }
        guard joints.count == 1, let joint = joints.first else { return nil }
        let length = parsed.end - joint - 1
        let replaced = joint - length
        guard length >= 1, replaced > parsed.start + head.length else { return nil }
        let tokens = document.tokens
        func ownWord(_ position: Int) -> Bool {
            tokens[position].kind == .number || (tokens[position].kind == .word && tokens[position].isCapitalized)
        }
        func holdsCompound(_ range: Range<Int>) -> Bool {
            range.dropLast().contains { lexicon.nameCompounds.contains(keys[$0] + " " + keys[$0 + 1]) }
        }
        guard (replaced..<joint).allSatisfy(ownWord), (joint + 1..<parsed.end).allSatisfy(ownWord),
            (joint + 1..<parsed.end).contains(where: { tokens[$0].kind == .word }),
            keys[joint + 1] == keys[replaced] || (!holdsCompound(replaced..<joint) && !holdsCompound(joint + 1..<parsed.end))
        else { return nil }
        let first = ParsedOrganization(
            start: parsed.start, end: joint, canonicalName: expand(parsed.start, joint), aliases: [], isShortForm: false,
            nested: [], rule: "coordinated-own-names")
        let second = ParsedOrganization(
            start: joint + 1, end: parsed.end, canonicalName: expand(parsed.start, replaced) + " " + expand(joint + 1, parsed.end),
            aliases: [], isShortForm: false, nested: [], rule: "coordinated-own-names")
        return [first, second]
    }
}
