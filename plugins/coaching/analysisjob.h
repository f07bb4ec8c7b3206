#pragma once

#include "audioanalysis.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <optional>

namespace lj::coaching {

/// One recording analysed on a thread of its own (an hour's show takes
/// seconds); `done` runs on the Qt thread. Deleting the job cancels it and
/// waits for the thread, and `done` is then never called.
class AnalysisJob final : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const std::optional<AudioAnalysis> &audio, const QString &error)>;

    /// Starts at once.
    AnalysisJob(const QString &recording, Done done, QObject *parent = nullptr);
    ~AnalysisJob() override;

    QString recording() const { return m_recording; }

private:
    QString m_recording;
    Done m_done;
    std::atomic_bool m_cancel = false;
    QThread *m_thread = nullptr;
};

} // namespace lj::coaching
