// The CLI and other front ends see the whole library through MekongKit.
@_exported import MekongCore
@_exported import MekongPluginAPI
@_exported import MekongRender
@_exported import MekongStore
