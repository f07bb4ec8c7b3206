#include "backgroundjob.h"

namespace lj::coaching {

BackgroundJob::BackgroundJob(const QString &name, Work work, QObject *parent) : QObject(parent), m_work(std::move(work))
{
    m_thread = QThread::create([this] {
        Deliver deliver = m_work(m_cancel);
        if (m_cancel.load() || !deliver)
            return;
        // Queued to this object: dropped if it is deleted first.
        QMetaObject::invokeMethod(this, [this, deliver = std::move(deliver)] {
            if (!m_cancel.load())
                deliver();
        }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(name);
    m_thread->start(QThread::LowPriority);
}

BackgroundJob::~BackgroundJob()
{
    m_cancel = true;
    m_thread->wait();
    delete m_thread;
}

} // namespace lj::coaching
