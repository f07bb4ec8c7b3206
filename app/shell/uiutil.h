#pragma once

#include <QString>

#include <functional>
#include <initializer_list>

class QHBoxLayout;
class QWidget;

namespace lj {

/// A small tool button row under a list.
struct ToolButtonSpec {
    QString objectName;
    QString text;
    QString toolTip;
    std::function<void()> onClick;
};
QHBoxLayout *toolRow(QWidget *parent, std::initializer_list<ToolButtonSpec> buttons);

/// A non-blocking warning box: the studio keeps running behind it.
void showError(QWidget *parent, const QString &message);

} // namespace lj
