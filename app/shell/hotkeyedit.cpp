#include "hotkeyedit.h"

#include "core/hotkeys.h"

#include <QKeyEvent>

namespace lj {

HotkeyEdit::HotkeyEdit(QWidget *parent) : QLineEdit(parent)
{
    setReadOnly(true);
    setPlaceholderText(tr("Press keys…"));
    setClearButtonEnabled(false);
}

void HotkeyEdit::setCombination(obs_key_combination_t combo)
{
    m_combo = combo;
    setText(HotkeyManager::keyText(combo));
}

void HotkeyEdit::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Control:
    case Qt::Key_Shift:
    case Qt::Key_Alt:
    case Qt::Key_Meta:
        return; // wait for the real key
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
        if (event->modifiers() == Qt::NoModifier) {
            setCombination({0, OBS_KEY_NONE});
            return;
        }
        break;
    default:
        break;
    }
    obs_key_combination_t combo = {0, obs_key_from_virtual_key(int(event->nativeVirtualKey()))};
    const Qt::KeyboardModifiers mods = event->modifiers();
    if (mods & Qt::ControlModifier)
        combo.modifiers |= INTERACT_CONTROL_KEY;
    if (mods & Qt::AltModifier)
        combo.modifiers |= INTERACT_ALT_KEY;
    if (mods & Qt::ShiftModifier)
        combo.modifiers |= INTERACT_SHIFT_KEY;
    if (mods & Qt::MetaModifier)
        combo.modifiers |= INTERACT_COMMAND_KEY;
    if (combo.key != OBS_KEY_NONE)
        setCombination(combo);
}

} // namespace lj
