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
        # Installed, a plugin finds the core library one folder up.
        set_target_properties(${target} PROPERTIES INSTALL_RPATH "$ORIGIN/..")
        add_dependencies(studio ${target})
    endif()
    set_property(GLOBAL APPEND PROPERTY LJ_PLUGIN_TARGETS ${target})
endfunction()

# The folder under plugins/ (or examples/) a target was defined in: its plugin.
function(_lj_target_home target out)
    get_target_property(dir ${target} SOURCE_DIR)
    file(RELATIVE_PATH rel "${PROJECT_SOURCE_DIR}" "${dir}")
    if(rel MATCHES "^(plugins|examples)/([^/]+)")
        set(${out} "${CMAKE_MATCH_1}/${CMAKE_MATCH_2}" PARENT_SCOPE)
    else()
        set(${out} "" PARENT_SCOPE)
    endif()
endfunction()

# Writes what every plugin links, directly or not, to <build>/plugin-links.txt:
# "plugin target | its folder | linked target | that target's folder | type".
# tst_pluginrules reads it: a plugin may use another plugin's public headers
# (an INTERFACE library) but never link its code. Call once, after every
# plugin is defined.
function(studio_write_plugin_links)
    get_property(plugins GLOBAL PROPERTY LJ_PLUGIN_TARGETS)
    set(lines "")
    foreach(plugin ${plugins})
        _lj_target_home(${plugin} home)
        lj_linked_targets(${plugin} libs)
        foreach(lib ${libs})
            _lj_target_home(${lib} lib_home)
            get_target_property(lib_type ${lib} TYPE)
            string(APPEND lines "${plugin}|${home}|${lib}|${lib_home}|${lib_type}\n")
        endforeach()
        string(APPEND lines "${plugin}|${home}|||\n")
    endforeach()
    file(WRITE "${CMAKE_BINARY_DIR}/plugin-links.txt" "${lines}")
endfunction()

# lj_linked_targets(<target> <out>): the build's own targets <target> links,
# directly or through others (aliases resolved, imported targets left out).
function(lj_linked_targets target out)
    set(seen "")
    set(found "")
    set(queue ${target})
    while(queue)
        list(POP_FRONT queue current)
        get_target_property(type ${current} TYPE)
        set(props INTERFACE_LINK_LIBRARIES)
        if(NOT type STREQUAL "INTERFACE_LIBRARY")
            list(APPEND props LINK_LIBRARIES)
        endif()
        foreach(prop ${props})
            get_target_property(libs ${current} ${prop})
            foreach(lib ${libs})
                if(TARGET ${lib} AND NOT lib IN_LIST seen)
                    get_target_property(aliased ${lib} ALIASED_TARGET)
                    if(aliased)
                        set(lib ${aliased})
                    endif()
                    get_target_property(imported ${lib} IMPORTED)
                    list(APPEND seen ${lib})
                    if(NOT imported)
                        list(APPEND found ${lib})
                        list(APPEND queue ${lib})
                    endif()
                endif()
            endforeach()
        endforeach()
    endwhile()
    set(${out} ${found} PARENT_SCOPE)
endfunction()
