// The CLI and other front ends see the whole library through MekongKit.
import MekongIngest
@_exported import MekongCore
@_exported import MekongPluginAPI
@_exported import MekongRender
@_exported import MekongStore
@_exported import MekongPostgres

/// What ingest knows of the articles' language and press (``ArticleIngestor/init(extractors:limits:language:)``).
public typealias LanguageProfile = MekongIngest.LanguageProfile
