// The C ABI of Mekong's dynamic-library plugins, version 1.
//
// A plugin is a shared library that exports `mekong_plugin_entry`, returning a pointer to a static
// `MekongPluginV1`. Mekong checks `api_version` before it touches anything else, so a plugin built for
// another version is refused with a clear error instead of crashing. Documents and extractions cross
// the boundary as UTF-8 JSON in the shapes of WireMessages (Plugins/README.md), so the plugin and Mekong
// share no Swift types and need not be built by the same compiler.
#ifndef MEKONG_PLUGIN_H
#define MEKONG_PLUGIN_H

#include <stdint.h>

#define MEKONG_PLUGIN_API_VERSION 1

typedef struct MekongPluginV1 {
    /// MEKONG_PLUGIN_API_VERSION of the headers the plugin was built with.
    uint32_t api_version;
    /// JSON: {"id": …, "version": …, "summary": …, "consumes": [...], "produces": [...]}.
    const char *descriptor_json;
    /// Extracts from one document: takes a WireMessages.Request as JSON, returns a WireMessages.Response as
    /// JSON that the caller releases with `free_result`. Must be safe to call from several threads.
    char *(*extract)(const char *request_json);
    /// Releases a result of `extract`.
    void (*free_result)(char *result);
} MekongPluginV1;

/// The symbol Mekong looks up with dlsym.
typedef const MekongPluginV1 *(*MekongPluginEntry)(void);

#define MEKONG_PLUGIN_ENTRY_SYMBOL "mekong_plugin_entry"

#endif
