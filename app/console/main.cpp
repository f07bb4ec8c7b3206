// longjiang-console: the base technician's view of every studio room.
#include "consolewindow.h"
#include "roomstore.h"

#include "core/paths.h"
#include "core/uilanguage.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("longjiang-console"));
    QApplication::setApplicationVersion(QStringLiteral(LJ_VERSION));
    QApplication::setOrganizationName(QStringLiteral("longjiang"));
    lj::StudioPaths::init(QApplication::arguments().contains(QStringLiteral("--portable")));
    lj::installUiLanguage();
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Longjiang Base Console"));
    lj::console::RoomStore store(lj::console::RoomStore::defaultFile());
    lj::console::ConsoleWindow window(store);
    window.show();
    return QApplication::exec();
}
