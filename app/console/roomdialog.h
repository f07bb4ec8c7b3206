#pragma once

// Adds or edits a room: its name, the studio's address and port, and the
// remote-control password the studio showed when it was turned on.

#include "roomlink.h"

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace lj::console {

class RoomDialog final : public QDialog {
    Q_OBJECT
public:
    /// `password` empty when adding: the field must be filled.
    RoomDialog(const RoomAddress &room, bool adding, QWidget *parent = nullptr);

    RoomAddress room() const;
    /// Empty when editing and left unchanged.
    QString password() const;

private:
    void accept() override;

    RoomAddress m_room;
    bool m_adding;
    QLineEdit *m_name;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_password;
};

} // namespace lj::console
