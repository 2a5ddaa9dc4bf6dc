import Foundation
import MekongIngest
import MekongPluginAPI
import Testing

@testable import VietnameseOrganizations

/// The short-form resolver looks each short form up in an index, instead of comparing it with every full
/// name before it: its time grows with the number of mentions, not with its square.
@Suite("Short-form resolution at scale")
struct ShortFormResolverScalingTests {
    /// One paragraph in which two academies alternate, each followed by a bare "Học viện".
    private func mentions(pairs: Int) throws -> (Document, [EntityMention]) {
        let sentence = "Học viện Báo chí và Tuyên truyền họp. Học viện phát biểu. Học viện Chính trị khu vực II họp. Học viện nói."
        let text = "Tin tức\n\n" + Array(repeating: sentence, count: pairs).joined(separator: " ")
        let parsed = try ArticleReader().read(text: text, path: "long.txt")
        let document = DocumentBuilder().document(for: parsed, path: "long.txt")
        let scalars = document.scalars
        var mentions: [EntityMention] = []
        func add(_ name: String, short: Bool) {
            let pattern = Array(name.unicodeScalars)
            var start = mentions.last.map(\.span.end) ?? 0
            while start + pattern.count <= scalars.count {
                if Array(scalars[start..<(start + pattern.count)]) == pattern,
                    short == false || scalars[start + pattern.count] == " " && scalars[start + pattern.count + 1] != "B"
                        && scalars[start + pattern.count + 1] != "C"
                {
                    var mention = EntityMention(
                        type: .organization, span: TextSpan(start: start, end: start + pattern.count), text: name)
                    if short { mention.hints.isShortForm = true }
                    mentions.append(mention)
                    return
                }
                start += 1
            }
        }
        for _ in 0..<pairs {
            add("Học viện Báo chí và Tuyên truyền", short: false)
            add("Học viện", short: true)
            add("Học viện Chính trị khu vực II", short: false)
            add("Học viện", short: true)
        }
        return (document, mentions)
    }

    @Test("each bare short form takes the full name named last before it")
    func nearestNameWins() throws {
        let (document, mentions) = try mentions(pairs: 3)
        let resolved = ShortFormResolver.resolve(mentions, document: document, provinces: ProvincesNamed(document, lexicon: .shared))
        #expect(resolved.count == 12)
        let shorts = resolved.enumerated().filter { $0.offset % 2 == 1 }.map(\.element.canonicalName)
        #expect(shorts == Array(repeating: ["Học viện Báo chí và Tuyên truyền", "Học viện Chính trị khu vực II"], count: 3).flatMap { $0 })
    }

    @Test("20,000 mentions in one paragraph resolve in well under a second per thousand")
    func linearTime() throws {
        let (document, mentions) = try mentions(pairs: 5_000)
        let started = Date()
        let resolved = ShortFormResolver.resolve(mentions, document: document, provinces: ProvincesNamed(document, lexicon: .shared))
        let seconds = Date().timeIntervalSince(started)
        #expect(resolved.count == mentions.count)
        #expect(resolved.last?.canonicalName == "Học viện Chính trị khu vực II")
        // The quadratic search took minutes here (10,000 short forms × 10,000 full names).
        #expect(seconds < 5, "took \(seconds) s")
    }
}
