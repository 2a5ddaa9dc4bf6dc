// A plugin author imports MekongPluginExport alone and sees the whole plugin API (Extractor, Document, …).
@_exported import MekongPluginAPI
