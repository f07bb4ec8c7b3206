#pragma once

#include "core/export.h"
#include "core/videosettings.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace lj {

class PluginRegistry;

/// One line of the check before going live (开播检查).
struct PreflightResult {
    enum class Level { Pass, Warning, Fail };
    Level level = Level::Pass;
    QString check;   ///< what was checked, short: "Stream key · 抖音"
    QString message; ///< what was found, in plain words
    QString fix;     ///< where the fix is: "dock:<dock id>", "settings:<page id>", or empty
};

/// What the checks need to know about the show about to start.
struct PreflightOptions {
    int plannedMinutes = 120; ///< how long the show is planned to run

    /// What a room's settings say about its next show.
    static PreflightOptions forShow(const OutputSettings &output) { return {output.plannedMinutes}; }
};

/// A check contributed by a plugin (or the studio): it answers with one or
/// more results through `done`, at once or later (on the Qt thread).
using PreflightCheck = std::function<void(const PreflightOptions &options, std::function<void(QList<PreflightResult>)> done)>;

/// Runs every contributed check together and collects their answers in the
/// order the checks were registered. A check that does not answer within
/// kTimeoutMs fails with that said.
class LJ_CORE_EXPORT Preflight final : public QObject {
    Q_OBJECT
public:
    static constexpr int kTimeoutMs = 5000;

    explicit Preflight(PluginRegistry &registry, QObject *parent = nullptr);
    ~Preflight() override;

    /// Starts the checks; `finished` follows (also when there is none).
    void run(const PreflightOptions &options);
    bool isRunning() const { return m_running; }

    /// Nothing failed (warnings allowed).
    static bool passed(const QList<PreflightResult> &results);
    static bool hasWarnings(const QList<PreflightResult> &results);
    /// "PASS", "WARN" or "FAIL" (translated) and the line the command line prints.
    static QString levelText(PreflightResult::Level level);
    static QString line(const PreflightResult &result);

Q_SIGNALS:
    void finished(const QList<PreflightResult> &results);

private:
    void finish();

    PluginRegistry &m_registry;
    bool m_running = false;
    QList<QList<PreflightResult>> m_answers;
    QList<bool> m_answered;
    int m_pending = 0;
    quint64 m_round = 0; ///< answers of an earlier, timed-out round are ignored
};

} // namespace lj
