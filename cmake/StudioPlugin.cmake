# studio_add_plugin(<target> SOURCES ... [LIBRARIES ...])
# One call per feature plugin: a Qt MODULE library that links only the core,
# placed in the build tree's plugin folder and installed beside the app.
function(studio_add_plugin target)
    cmake_parse_arguments(ARG "" "OUTPUT_DIR" "SOURCES;LIBRARIES" ${ARGN})
    if(NOT ARG_OUTPUT_DIR)
        set(ARG_OUTPUT_DIR "${LJ_PLUGIN_OUTPUT_DIR}")
    endif()
    add_library(${target} MODULE ${ARG_SOURCES})
    target_link_libraries(${target} PRIVATE LongjiangCore ${ARG_LIBRARIES})
    set_target_properties(${target} PROPERTIES
        PREFIX ""
        LIBRARY_OUTPUT_DIRECTORY "${ARG_OUTPUT_DIR}")
    if(ARG_OUTPUT_DIR STREQUAL LJ_PLUGIN_OUTPUT_DIR)
        install(TARGETS ${target} LIBRARY DESTINATION "${LJ_PLUGIN_INSTALL_DIR}")
        add_dependencies(studio ${target})
    endif()
endfunction()
