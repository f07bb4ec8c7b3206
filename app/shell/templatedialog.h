#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace lj {

/// "New room from template": the templates with their pictures, and the new room's name.
class TemplateDialog final : public QDialog {
    Q_OBJECT
public:
    TemplateDialog(const QString &locale, QWidget *parent = nullptr);

    QString templateId() const;
    QString roomName() const;

private:
    QListWidget *m_list;
    QLineEdit *m_name;
};

} // namespace lj
