# Test helpers shared by tests/ and plugins/*/tests. Labels:
#   unit      no libobs, no display
#   obs       libobs under the X display (Xvfb) from scripts/test-services.sh
#   ui        real widgets under Xvfb
#   keychain  the Secret Service from scripts/test-services.sh
#   network   the nginx RTMP ingest from scripts/test-services.sh
find_package(Qt6 REQUIRED COMPONENTS Test)
# The test programs' precompiled header (cmake/StudioPch.cmake).
lj_add_pch_provider(lj_test_pch -Og)

set(LJ_TEST_ENV
    "LJ_DATA_DIR=${PROJECT_SOURCE_DIR}/resources/data"
    "LJ_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
    "LJ_STUDIO_BIN=$<TARGET_FILE:longjiang-studio>"
    "LJ_PLUGIN_PATH=${LJ_PLUGIN_OUTPUT_DIR}"
    "QT_QPA_PLATFORM=offscreen")

# lj_add_test(<name> LABELS ... SOURCES ... [LIBS ...] [ENV ...] [WRAPPER command...] [ARGS ...])
# ARGS are passed to the test program (e.g. the test functions to run).
# lj_add_test_run(<name> PROGRAM <test target> LABELS ... [ENV ...] [WRAPPER ...] [ARGS ...]): another
# CTest entry for a program lj_add_test built (other functions, in a process of
# their own — libobs starts once per process).
# Any QSKIP fails the test (see below): a case that cannot run here is a failure, not a pass.
# WRAPPER runs the test program through another command (e.g. xvfb-run for a
# display of its own size).
function(lj_add_test name)
    cmake_parse_arguments(ARG "" "" "LABELS;SOURCES;LIBS;ENV;WRAPPER;ARGS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE LongjiangCore Qt6::Test ${ARG_LIBS})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
    lj_use_test_pch(${name})
    lj_add_test_run(${name} PROGRAM ${name} LABELS ${ARG_LABELS} ENV ${ARG_ENV} WRAPPER ${ARG_WRAPPER} ARGS ${ARG_ARGS})
endfunction()

function(lj_add_test_run name)
    cmake_parse_arguments(ARG "" "PROGRAM" "LABELS;ENV;WRAPPER;ARGS" ${ARGN})
    add_test(NAME ${name} COMMAND ${ARG_WRAPPER} $<TARGET_FILE:${ARG_PROGRAM}> ${ARG_ARGS})
    # A skipped case checked nothing: CTest would count it as passed, so a
    # skip fails the test. Tests are written to run every case in CI.
    set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}"
        ENVIRONMENT "${LJ_TEST_ENV};${ARG_ENV}"
        FAIL_REGULAR_EXPRESSION "SKIP   : ")
endfunction()
