#include "recordpanel.h"

#include "core/recorder.h"
#include "core/studio.h"
#include "uiutil.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace lj {

RecordPanel::RecordPanel(Studio &studio, QWidget *parent)
    : QWidget(parent), m_studio(studio), m_button(new QPushButton(this)), m_elapsed(new QLabel(this)),
      m_file(new QLabel(this)), m_tick(new QTimer(this))
{
    m_button->setObjectName(QStringLiteral("recordButton"));
    m_button->setCheckable(true);
    m_elapsed->setObjectName(QStringLiteral("recordElapsed"));
    m_elapsed->setAlignment(Qt::AlignCenter);
    m_file->setWordWrap(true);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_button);
    layout->addWidget(m_elapsed);
    layout->addWidget(m_file);
    layout->addStretch();

    Recorder &recorder = m_studio.recorder();
    connect(m_button, &QPushButton::clicked, this, &RecordPanel::toggle);
    connect(&recorder, &Recorder::started, this, &RecordPanel::update);
    connect(&recorder, &Recorder::stopped, this, [this](const QString &error) {
        if (!error.isEmpty())
            showError(this, error);
        update();
    });
    m_tick->setInterval(250);
    connect(m_tick, &QTimer::timeout, this, &RecordPanel::update);
    update();
}

void RecordPanel::toggle()
{
    Recorder &recorder = m_studio.recorder();
    if (recorder.isActive()) {
        recorder.stop();
        m_button->setEnabled(false); // until the file is finalised
        return;
    }
    const OutputSettings &output = m_studio.room().output;
    QString error;
    if (!recorder.start(Recorder::newFilePath(output, m_studio.room().name), output, &error))
        showError(this, error);
    update();
}

void RecordPanel::update()
{
    const Recorder &recorder = m_studio.recorder();
    const bool active = recorder.isActive();
    m_button->setText(active ? tr("Stop recording") : tr("Start recording"));
    m_button->setChecked(active);
    if (!active)
        m_button->setEnabled(true);
    m_elapsed->setText(QTime(0, 0).addMSecs(int(recorder.elapsedMs())).toString(QStringLiteral("hh:mm:ss")));
    m_file->setText(active ? QDir::toNativeSeparators(recorder.path()) : QString());
    if (active && !m_tick->isActive())
        m_tick->start();
    else if (!active)
        m_tick->stop();
}

} // namespace lj
