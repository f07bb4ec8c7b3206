#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>

namespace lj::coaching {

/// Work on a recording (an analysis, chapters, clips: seconds to minutes for
/// an hour's show) on a thread of its own. The work gets a cancel flag and
/// returns what to do with its result, which then runs on the Qt thread.
/// Deleting the job cancels it and waits for the thread; the result is then
/// never delivered.
class BackgroundJob final : public QObject {
    Q_OBJECT
public:
    using Deliver = std::function<void()>;
    using Work = std::function<Deliver(const std::atomic_bool &cancel)>;

    /// Starts at once, at low priority (the show may be live again meanwhile).
    BackgroundJob(const QString &name, Work work, QObject *parent = nullptr);
    ~BackgroundJob() override;

    /// Asks the work to stop; its result is dropped.
    void cancel() { m_cancel = true; }
    bool isCancelled() const { return m_cancel.load(); }

private:
    Work m_work;
    std::atomic_bool m_cancel = false;
    QThread *m_thread = nullptr;
};

} // namespace lj::coaching
