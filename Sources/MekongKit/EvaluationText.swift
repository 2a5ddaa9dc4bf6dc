import Foundation

/// The human-readable form of an ``EvaluationReport``.
public enum EvaluationText {
    /// How many rules with false positives `--verbose` lists.
    static let rulesListed = 25

    /// A table per article, the micro-averages, and (verbose) every false positive and miss.
    public static func render(_ report: EvaluationReport, verbose: Bool) -> String {
        func row(_ label: String, _ score: Score) -> String {
            String(format: "%@  P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)", label.padding(toLength: 58, withPad: " ", startingAt: 0),
                   score.precision, score.recall, score.f1, score.truePositives, score.falsePositives, score.falseNegatives)
        }
        var lines: [String] = []
        for article in report.articles {
            lines.append(article.article)
            lines.append(row("  entities", article.entities))
            lines.append(row("  relations", article.relations))
            if article.titlesMatched > 0 { lines.append("  titles right: \(article.titlesRight)/\(article.titlesMatched)") }
            if !article.trapsHit.isEmpty { lines.append("  TRAPS HIT: \(article.trapsHit.joined(separator: ", "))") }
            for failure in article.extractorFailures { lines.append("  EXTRACTOR FAILED: \(failure)") }
            if verbose {
                for item in article.falsePositives { lines.append("    + \(item)") }
                for item in article.misses { lines.append("    - \(item)") }
            }
        }
        lines.append("")
        lines.append("micro-averaged over \(report.articles.count) articles")
        lines.append(row("entities", report.entities))
        for (type, score) in report.entitiesByType.sorted(by: { $0.key < $1.key }) { lines.append(row("  \(type)", score)) }
        lines.append(row("relations", report.relations))
        lines.append(String(format: "titles right: %d/%d (%.1f%%)", report.titlesRight, report.titlesMatched, report.titleAccuracy * 100))
        lines.append("traps hit: \(report.trapsHit)")
        for (label, relationCauses) in [("entity misses by cause", false), ("relation misses by cause", true)] {
            let causes = MissCause.allCases.filter { $0.isRelationCause == relationCauses }
                .map { ($0.rawValue, report.missCauses[$0.rawValue] ?? 0) }.filter { $0.1 > 0 }
            guard !causes.isEmpty else { continue }
            lines.append(label + ": " + causes.map { "\($0.0) \($0.1)" }.joined(separator: ", "))
        }
        // "vi.relations/document-about/concerns  12 / 13  (P 0.48)": the rules that gave false facts, most first.
        if verbose {
            let rules = report.relationsByRule.filter { $0.value.falsePositives > 0 }
                .sorted { ($0.value.falsePositives, $1.key) > ($1.value.falsePositives, $0.key) }
            if !rules.isEmpty {
                lines.append("relations by rule, the rules with false ones (true / false, precision):")
                for (rule, score) in rules.prefix(Self.rulesListed) {
                    lines.append(String(format: "  %@  %d / %d  (P %.2f)", rule.padding(toLength: 64, withPad: " ", startingAt: 0),
                                        score.truePositives, score.falsePositives, score.precision))
                }
                if rules.count > Self.rulesListed { lines.append("  … and \(rules.count - Self.rulesListed) rules more (--json lists all)") }
            }
        }
        return lines.joined(separator: "\n")
    }
}
