import MekongPluginAPI
import VietnameseDocuments
import VietnameseOfficials
import VietnameseOrganizations
import VietnamesePlaces
import VietnameseNames
import VietnameseRelations
import AcronymExtractor
// mekong:plugin-imports — `mekong plugins new NAME` adds its import above this line.

/// The extractors compiled into `mekong`, registered explicitly in one place.
public enum BuiltInExtractors {
    /// Registers every built-in extractor.
    ///
    /// Order matters only as the tie-break of the pipeline's ordering: dates before relations, so that
    /// relation rules can read the dates of sentences. `nameModel` is the model vi.names tags with (nil: the bundled one).
    public static func register(into registry: ExtractorRegistry, nameModel: NameTaggerModel? = nil) throws {
        try registry.register(VietnameseOrganizationExtractor())
        try registry.register(VietnamesePlaceExtractor())
        try registry.register(VietnameseDocumentExtractor())
        try registry.register(VietnameseDateExtractor())
        try registry.register(VietnameseNameExtractor(model: nameModel))
        try registry.register(VietnameseOfficialExtractor())
        try registry.register(VietnameseRelationExtractor())
        try registry.register(AcronymExtractor())
        // mekong:plugin-registrations — `mekong plugins new NAME` adds its registration above this line.
    }

    /// A registry holding the built-in extractors, vi.names tagging with `nameModel`.
    public static func registry(nameModel: NameTaggerModel? = nil) -> ExtractorRegistry {
        let registry = ExtractorRegistry()
        // The built-in ids are distinct by construction; a clash here is a programming error.
        do { try register(into: registry, nameModel: nameModel) } catch { preconditionFailure("built-in extractors clash: \(error)") }
        return registry
    }
}
