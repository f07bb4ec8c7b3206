#pragma once

#include <obs.h>

#include <QLineEdit>

namespace lj {

/// Captures one key combination as libobs understands it (from the native key code).
class HotkeyEdit final : public QLineEdit {
    Q_OBJECT
public:
    explicit HotkeyEdit(QWidget *parent = nullptr);
    obs_key_combination_t combination() const { return m_combo; }
    void setCombination(obs_key_combination_t combo);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    obs_key_combination_t m_combo = {0, OBS_KEY_NONE};
};

} // namespace lj
