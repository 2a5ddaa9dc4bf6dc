import Foundation
import MekongPluginAPI

/// The descriptor a plugin table carries, as JSON:
/// `{"id": …, "version": …, "summary": …, "consumes": [...], "produces": [...]}`.
///
/// `id` and `version` are required; `summary`, `consumes` and `produces` default to empty.
struct PluginDescriptorJSON: Decodable {
    var id: String
    var version: String
    var summary: String?
    var consumes: [String]?
    var produces: [String]?

    /// The descriptor of a dynamic plugin, or why the JSON cannot be one.
    func descriptor() throws(DescriptorProblem) -> ExtractorDescriptor {
        guard !id.trimmingCharacters(in: .whitespaces).isEmpty else { throw DescriptorProblem("the id is empty") }
        guard !version.isEmpty else { throw DescriptorProblem("the version is empty") }
        for capability in (consumes ?? []) + (produces ?? []) where !Self.isCapability(capability) {
            throw DescriptorProblem("\"\(capability)\" is not a capability (write entity:TYPE or relation:PREDICATE)")
        }
        return ExtractorDescriptor(
            id: id, version: version, kind: .dynamic, summary: summary ?? "",
            consumes: Set((consumes ?? []).map(Capability.init(rawValue:))),
            produces: Set((produces ?? []).map(Capability.init(rawValue:))))
    }

    private static func isCapability(_ text: String) -> Bool {
        for prefix in ["entity:", "relation:"] where text.hasPrefix(prefix) && text.count > prefix.count { return true }
        return false
    }

    /// Why a decoded descriptor is not acceptable.
    struct DescriptorProblem: Error {
        let reason: String
        init(_ reason: String) { self.reason = reason }
    }
}
