# studio_add_plugin(<target> SOURCES ... [LIBRARIES ...] [ID <plugin id>])
# One call per feature plugin: a Qt MODULE library that links only the core,
# placed in the build tree's plugin folder and installed beside the app.
# With ID, the plugin's translations/<id>_*.ts are compiled and embedded under
# :/studio/<id>/i18n/, where lj::PluginTranslator looks for them.
function(studio_add_plugin target)
    cmake_parse_arguments(ARG "" "OUTPUT_DIR;ID" "SOURCES;LIBRARIES" ${ARGN})
    if(NOT ARG_OUTPUT_DIR)
        set(ARG_OUTPUT_DIR "${LJ_PLUGIN_OUTPUT_DIR}")
    endif()
    add_library(${target} MODULE ${ARG_SOURCES})
    target_link_libraries(${target} PRIVATE LongjiangCore ${ARG_LIBRARIES})
    set_target_properties(${target} PROPERTIES
        PREFIX ""
        LIBRARY_OUTPUT_DIRECTORY "${ARG_OUTPUT_DIR}")
    if(ARG_ID)
        file(GLOB ts_files "${CMAKE_CURRENT_SOURCE_DIR}/translations/${ARG_ID}_*.ts")
        qt_add_lrelease(${target} TS_FILES ${ts_files} QM_FILES_OUTPUT_VARIABLE qm_files)
        qt_add_resources(${target} "${ARG_ID}_i18n" PREFIX "/studio/${ARG_ID}/i18n"
            BASE "${CMAKE_CURRENT_BINARY_DIR}" FILES ${qm_files})
    endif()
    if(ARG_OUTPUT_DIR STREQUAL LJ_PLUGIN_OUTPUT_DIR)
        install(TARGETS ${target} LIBRARY DESTINATION "${LJ_PLUGIN_INSTALL_DIR}")
        add_dependencies(studio ${target})
    endif()
endfunction()
