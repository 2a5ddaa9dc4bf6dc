// Extractors see the graph vocabulary (EntityType, Predicate, Article) through the plugin API alone.
@_exported import MekongCore
