#pragma once

// The core is built with default-hidden symbols; this marks its public API.
#define LJ_CORE_EXPORT __attribute__((visibility("default")))
