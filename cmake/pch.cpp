// Compiles the shared precompiled header (cmake/StudioPch.cmake); nothing else.
