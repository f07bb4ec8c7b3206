# Precompiled headers: the standard, Qt and libobs headers most of our files
# include are parsed once per kind of target instead of once per file (most of
# a file's compile time was Qt's headers). Two shared headers:
#   lj_pch       the build's own flags: core, shell, console, plugins, tools, benchmarks
#   lj_test_pch  -Og: test programs (test code is stepped through, not timed;
#                -Og compiles a heavy test object in a third of -O2's time)
# QtTest, QtNetwork and QtSql stay out: QtTest's headers change with the
# QT_*_LIB and QT_TESTCASE_BUILDDIR definitions, which differ per target, and
# a target must link what it includes. A target whose flags stop matching its
# shared header gets -Winvalid-pch, which the -Werror build (CI) turns into an error.
set(LJ_PCH_HEADERS
    <algorithm> <atomic> <cmath> <cstdio> <functional> <memory> <optional> <vector>
    <QByteArray> <QCoreApplication> <QDate> <QDateTime> <QDir> <QElapsedTimer> <QEventLoop>
    <QFile> <QFileInfo> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject> <QList>
    <QMetaObject> <QObject> <QPointer> <QProcess> <QRegularExpression> <QSize> <QString>
    <QStringList> <QTemporaryDir> <QThread> <QTimer> <QUrl> <QUuid>
    <QGuiApplication> <QImage> <QPainter>
    <QAction> <QApplication> <QCheckBox> <QComboBox> <QDialog> <QDialogButtonBox> <QFileDialog>
    <QFormLayout> <QHBoxLayout> <QLabel> <QLineEdit> <QListWidget> <QMessageBox> <QPushButton>
    <QSpinBox> <QToolButton> <QTreeWidget> <QVBoxLayout> <QWidget>
    # The compiler's SIMD intrinsics (through Qt) before libobs: libobs' SIMDe
    # declares names the intrinsics headers would declare again if they came after.
    <QtCore/qsimd.h>
    <obs.h>)

# lj_add_pch_provider(<name> [options...]): an object library that only compiles the shared header
# (with those compile options; its consumers must use the same).
function(lj_add_pch_provider name)
    add_library(${name} OBJECT ${PROJECT_SOURCE_DIR}/cmake/pch.cpp)
    target_link_libraries(${name} PRIVATE Qt6::Core Qt6::Gui Qt6::Widgets OBS::libobs)
    target_compile_options(${name} PRIVATE ${ARGN})
    set_target_properties(${name} PROPERTIES POSITION_INDEPENDENT_CODE ON AUTOMOC OFF)
    target_precompile_headers(${name} PRIVATE ${LJ_PCH_HEADERS})
endfunction()

lj_add_pch_provider(lj_pch)

# lj_use_pch(<target>): compile <target> with the shared header.
function(lj_use_pch target)
    target_precompile_headers(${target} REUSE_FROM lj_pch)
endfunction()

# lj_use_test_pch(<target>): a test program, -Og, with the tests' shared header.
function(lj_use_test_pch target)
    target_compile_options(${target} PRIVATE -Og)
    target_precompile_headers(${target} REUSE_FROM lj_test_pch)
endfunction()

# lj_use_pch_everywhere(): every library and program built on the core and not
# already given a header (the tests are, in lj_add_test) gets lj_pch. Called
# once at the end of the top-level CMakeLists, so a new target needs nothing.
function(lj_use_pch_everywhere)
    set(dirs ${PROJECT_SOURCE_DIR})
    while(dirs)
        list(POP_FRONT dirs dir)
        get_property(subdirs DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
        list(APPEND dirs ${subdirs})
        get_property(targets DIRECTORY ${dir} PROPERTY BUILDSYSTEM_TARGETS)
        foreach(target ${targets})
            get_target_property(type ${target} TYPE)
            if(NOT type MATCHES "^(STATIC_LIBRARY|SHARED_LIBRARY|MODULE_LIBRARY|EXECUTABLE)$")
                continue()
            endif()
            get_target_property(own ${target} PRECOMPILE_HEADERS)
            get_target_property(reused ${target} PRECOMPILE_HEADERS_REUSE_FROM)
            # Built on the core (or the core itself): its flags match lj_pch's (Qt Core, Gui, Widgets, libobs).
            lj_linked_targets(${target} linked)
            if((target STREQUAL "LongjiangCore" OR "LongjiangCore" IN_LIST linked) AND NOT own AND NOT reused)
                lj_use_pch(${target})
            endif()
        endforeach()
    endwhile()
endfunction()
