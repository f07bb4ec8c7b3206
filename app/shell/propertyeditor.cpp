#include "propertyeditor.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFontDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace lj {

namespace {

/// libobs colours are 0xAABBGGRR.
QColor fromObsColor(long long value)
{
    const auto v = quint32(value);
    return QColor(int(v & 0xFF), int((v >> 8) & 0xFF), int((v >> 16) & 0xFF), int((v >> 24) & 0xFF));
}

long long toObsColor(const QColor &c)
{
    return (qint64(c.alpha()) << 24) | (qint64(c.blue()) << 16) | (qint64(c.green()) << 8) | c.red();
}

QString fontText(obs_data_t *font)
{
    return QStringLiteral("%1 %2, %3")
        .arg(QString::fromUtf8(obs_data_get_string(font, "face")),
             QString::fromUtf8(obs_data_get_string(font, "style")))
        .arg(obs_data_get_int(font, "size"));
}

} // namespace

PropertyEditor::PropertyEditor(QWidget *parent) : QWidget(parent), m_scroll(new QScrollArea(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    m_scroll->setWidgetResizable(true);
    rebuild();
}

PropertyEditor::~PropertyEditor()
{
    obs_properties_destroy(m_props);
}

void PropertyEditor::setSource(obs_source_t *source)
{
    if (source == m_source.Get())
        return;
    m_source = source;
    m_settings = nullptr;
    if (source) {
        OBSDataAutoRelease settings = obs_source_get_settings(source);
        m_settings = settings.Get();
    }
    rebuild();
}

void PropertyEditor::rebuild()
{
    m_rebuildQueued = false;
    obs_properties_destroy(m_props);
    m_props = m_source ? obs_source_properties(m_source) : nullptr;

    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (!m_source) {
        auto *hint = new QLabel(tr("Select a source to edit its properties."), page);
        hint->setWordWrap(true);
        form->addRow(hint);
    } else if (m_props) {
        obs_properties_apply_settings(m_props, m_settings);
        addProperties(m_props, form);
    }
    m_scroll->setWidget(page); // deletes the previous page
}

void PropertyEditor::addProperties(obs_properties_t *props, QFormLayout *form)
{
    for (obs_property_t *prop = obs_properties_first(props); prop; obs_property_next(&prop)) {
        if (!obs_property_visible(prop))
            continue;
        const QString label = QString::fromUtf8(obs_property_description(prop));
        if (obs_property_get_type(prop) == OBS_PROPERTY_GROUP) {
            auto *box = new QGroupBox(label, form->parentWidget());
            auto *inner = new QFormLayout(box);
            addProperties(obs_property_group_content(prop), inner);
            form->addRow(box);
            continue;
        }
        QWidget *editor = createEditor(prop);
        if (!editor)
            continue;
        editor->setObjectName(QString::fromUtf8(obs_property_name(prop)));
        editor->setEnabled(obs_property_enabled(prop));
        editor->setToolTip(QString::fromUtf8(obs_property_long_description(prop)));
        editor->setAccessibleName(label);
        if (obs_property_get_type(prop) == OBS_PROPERTY_BOOL || obs_property_get_type(prop) == OBS_PROPERTY_BUTTON)
            form->addRow(editor);
        else
            form->addRow(label, editor);
    }
}

QWidget *PropertyEditor::createEditor(obs_property_t *prop)
{
    const QByteArray name = obs_property_name(prop);
    obs_data_t *settings = m_settings;
    QWidget *parent = m_scroll;

    switch (obs_property_get_type(prop)) {
    case OBS_PROPERTY_BOOL: {
        auto *box = new QCheckBox(QString::fromUtf8(obs_property_description(prop)), parent);
        box->setChecked(obs_data_get_bool(settings, name));
        connect(box, &QCheckBox::toggled, this, [this, prop, name](bool on) {
            obs_data_set_bool(m_settings, name, on);
            changed(prop);
        });
        return box;
    }
    case OBS_PROPERTY_INT: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(obs_property_int_min(prop), obs_property_int_max(prop));
        spin->setSingleStep(obs_property_int_step(prop));
        spin->setSuffix(QString::fromUtf8(obs_property_int_suffix(prop)));
        spin->setValue(int(obs_data_get_int(settings, name)));
        connect(spin, &QSpinBox::valueChanged, this, [this, prop, name](int value) {
            obs_data_set_int(m_settings, name, value);
            changed(prop);
        });
        return spin;
    }
    case OBS_PROPERTY_FLOAT: {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setRange(obs_property_float_min(prop), obs_property_float_max(prop));
        spin->setSingleStep(obs_property_float_step(prop));
        spin->setDecimals(3);
        spin->setSuffix(QString::fromUtf8(obs_property_float_suffix(prop)));
        spin->setValue(obs_data_get_double(settings, name));
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, prop, name](double value) {
            obs_data_set_double(m_settings, name, value);
            changed(prop);
        });
        return spin;
    }
    case OBS_PROPERTY_TEXT: {
        const QString value = QString::fromUtf8(obs_data_get_string(settings, name));
        const obs_text_type type = obs_property_text_type(prop);
        if (type == OBS_TEXT_INFO) {
            auto *label = new QLabel(QString::fromUtf8(obs_property_description(prop)), parent);
            label->setWordWrap(true);
            return label;
        }
        if (type == OBS_TEXT_MULTILINE) {
            auto *edit = new QPlainTextEdit(value, parent);
            edit->setMaximumHeight(90);
            connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, prop, name] {
                obs_data_set_string(m_settings, name, edit->toPlainText().toUtf8().constData());
                changed(prop);
            });
            return edit;
        }
        auto *edit = new QLineEdit(value, parent);
        if (type == OBS_TEXT_PASSWORD)
            edit->setEchoMode(QLineEdit::Password);
        connect(edit, &QLineEdit::textEdited, this, [this, prop, name](const QString &text) {
            obs_data_set_string(m_settings, name, text.toUtf8().constData());
            changed(prop);
        });
        return edit;
    }
    case OBS_PROPERTY_PATH: {
        auto *box = new QWidget(parent);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        auto *edit = new QLineEdit(QString::fromUtf8(obs_data_get_string(settings, name)), box);
        edit->setObjectName(QString::fromUtf8(name) + QStringLiteral("_edit"));
        auto *browse = new QPushButton(tr("Browse…"), box);
        row->addWidget(edit, 1);
        row->addWidget(browse);
        auto apply = [this, prop, name](const QString &path) {
            obs_data_set_string(m_settings, name, path.toUtf8().constData());
            changed(prop);
        };
        connect(edit, &QLineEdit::editingFinished, this, [edit, apply] { apply(edit->text()); });
        connect(browse, &QPushButton::clicked, this, [this, edit, prop, apply] {
            const QString filter = QString::fromUtf8(obs_property_path_filter(prop));
            const QString start = edit->text().isEmpty() ? QString::fromUtf8(obs_property_path_default_path(prop))
                                                         : edit->text();
            const QString path = obs_property_path_type(prop) == OBS_PATH_DIRECTORY
                                     ? QFileDialog::getExistingDirectory(this, QString(), start)
                                     : QFileDialog::getOpenFileName(this, QString(), start, filter);
            if (!path.isEmpty()) {
                edit->setText(path);
                apply(path);
            }
        });
        return box;
    }
    case OBS_PROPERTY_LIST: {
        auto *combo = new QComboBox(parent);
        const obs_combo_format format = obs_property_list_format(prop);
        const size_t count = obs_property_list_item_count(prop);
        int current = -1;
        for (size_t i = 0; i < count; ++i) {
            const QString text = QString::fromUtf8(obs_property_list_item_name(prop, i));
            QVariant value;
            if (format == OBS_COMBO_FORMAT_INT) {
                value = qlonglong(obs_property_list_item_int(prop, i));
                if (value.toLongLong() == obs_data_get_int(settings, name))
                    current = int(i);
            } else if (format == OBS_COMBO_FORMAT_FLOAT) {
                value = obs_property_list_item_float(prop, i);
                if (qFuzzyCompare(value.toDouble(), obs_data_get_double(settings, name)))
                    current = int(i);
            } else {
                value = QString::fromUtf8(obs_property_list_item_string(prop, i));
                if (value.toString() == QString::fromUtf8(obs_data_get_string(settings, name)))
                    current = int(i);
            }
            combo->addItem(text, value);
        }
        combo->setCurrentIndex(current);
        connect(combo, &QComboBox::activated, this, [this, combo, prop, name, format](int index) {
            const QVariant value = combo->itemData(index);
            if (format == OBS_COMBO_FORMAT_INT)
                obs_data_set_int(m_settings, name, value.toLongLong());
            else if (format == OBS_COMBO_FORMAT_FLOAT)
                obs_data_set_double(m_settings, name, value.toDouble());
            else
                obs_data_set_string(m_settings, name, value.toString().toUtf8().constData());
            changed(prop);
        });
        return combo;
    }
    case OBS_PROPERTY_COLOR:
    case OBS_PROPERTY_COLOR_ALPHA: {
        const bool alpha = obs_property_get_type(prop) == OBS_PROPERTY_COLOR_ALPHA;
        auto *button = new QPushButton(parent);
        auto paint = [button](const QColor &c) {
            button->setText(c.name(QColor::HexArgb).toUpper());
            button->setStyleSheet(QStringLiteral("background-color: %1; color: %2")
                                      .arg(c.name(), c.lightness() > 128 ? QStringLiteral("black")
                                                                         : QStringLiteral("white")));
        };
        paint(fromObsColor(obs_data_get_int(settings, name)));
        connect(button, &QPushButton::clicked, this, [this, prop, name, alpha, paint] {
            const QColor start = fromObsColor(obs_data_get_int(m_settings, name));
            const QColor c = QColorDialog::getColor(
                start, this, QString(), alpha ? QColorDialog::ShowAlphaChannel : QColorDialog::ColorDialogOptions());
            if (!c.isValid())
                return;
            QColor chosen = c;
            if (!alpha)
                chosen.setAlpha(255);
            obs_data_set_int(m_settings, name, toObsColor(chosen));
            paint(chosen);
            changed(prop);
        });
        return button;
    }
    case OBS_PROPERTY_FONT: {
        OBSDataAutoRelease font = obs_data_get_obj(settings, name);
        auto *button = new QPushButton(font ? fontText(font) : tr("Choose font…"), parent);
        connect(button, &QPushButton::clicked, this, [this, button, prop, name] {
            OBSDataAutoRelease current = obs_data_get_obj(m_settings, name);
            QFont start(QString::fromUtf8(obs_data_get_string(current, "face")),
                        int(obs_data_get_int(current, "size")));
            start.setStyleName(QString::fromUtf8(obs_data_get_string(current, "style")));
            bool ok = false;
            const QFont chosen = QFontDialog::getFont(&ok, start, this);
            if (!ok)
                return;
            OBSDataAutoRelease font = obs_data_create();
            obs_data_set_string(font, "face", chosen.family().toUtf8().constData());
            obs_data_set_string(font, "style", chosen.styleName().toUtf8().constData());
            obs_data_set_int(font, "size", chosen.pointSize() > 0 ? chosen.pointSize() : 32);
            obs_data_set_int(font, "flags", (chosen.bold() ? OBS_FONT_BOLD : 0) |
                                                (chosen.italic() ? OBS_FONT_ITALIC : 0) |
                                                (chosen.underline() ? OBS_FONT_UNDERLINE : 0));
            obs_data_set_obj(m_settings, name, font);
            button->setText(fontText(font));
            changed(prop);
        });
        return button;
    }
    case OBS_PROPERTY_BUTTON: {
        auto *button = new QPushButton(QString::fromUtf8(obs_property_description(prop)), parent);
        connect(button, &QPushButton::clicked, this, [this, prop] {
            if (obs_property_button_clicked(prop, m_source.Get()))
                QTimer::singleShot(0, this, &PropertyEditor::rebuild);
        });
        return button;
    }
    default:
        // Editable lists and frame-rate pickers are not offered here yet.
        return nullptr;
    }
}

void PropertyEditor::changed(obs_property_t *prop)
{
    obs_source_update(m_source, m_settings);
    // A property may show or hide others; the form must follow, but not from
    // inside the editor's own signal.
    if (obs_property_modified(prop, m_settings) && !m_rebuildQueued) {
        m_rebuildQueued = true;
        QTimer::singleShot(0, this, &PropertyEditor::rebuild);
    }
}

} // namespace lj
