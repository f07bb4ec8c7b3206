#include "analysisjob.h"

namespace lj::coaching {

AnalysisJob::AnalysisJob(const QString &recording, Done done, QObject *parent)
    : QObject(parent), m_recording(recording), m_done(std::move(done))
{
    m_thread = QThread::create([this] {
        AnalysisOptions options;
        options.cancel = &m_cancel;
        QString error;
        std::optional<AudioAnalysis> audio = AudioAnalyzer::analyze(m_recording, options, &error);
        if (m_cancel.load())
            return;
        // Queued to this object: dropped if it is deleted first.
        QMetaObject::invokeMethod(this, [this, audio = std::move(audio), error] { m_done(audio, error); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("coaching analysis"));
    m_thread->start(QThread::LowPriority);
}

AnalysisJob::~AnalysisJob()
{
    m_cancel = true;
    m_thread->wait();
    delete m_thread;
}

} // namespace lj::coaching
