/// Numbers written into Graphviz attributes (`pos`, `bb`, `width`).
enum GraphvizNumber {
    /// `value` with at most two decimals and no exponent, as Graphviz's own attributes are written.
    static func text(_ value: Double) -> String {
        let hundredths = (value * 100).rounded()
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = Int(abs(hundredths))
        let whole = magnitude / 100
        let fraction = magnitude % 100
        if fraction == 0 { return "\(sign)\(whole)" }
        return fraction % 10 == 0 ? "\(sign)\(whole).\(fraction / 10)" : "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
