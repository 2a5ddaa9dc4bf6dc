// The plugin ABI is header-only; this file exists because a C target needs one source file.
#include "mekong_plugin.h"

const uint32_t mekong_plugin_host_api_version = MEKONG_PLUGIN_API_VERSION;
