#include "core/preflight.h"

#include "core/pluginregistry.h"

#include <QPointer>
#include <QTimer>

namespace lj {

Preflight::Preflight(PluginRegistry &registry, QObject *parent) : QObject(parent), m_registry(registry) {}

Preflight::~Preflight() = default;

void Preflight::run(const PreflightOptions &options)
{
    if (m_running)
        return;
    m_running = true;
    const quint64 round = ++m_round;
    const std::vector<PreflightCheck> checks = m_registry.preflightChecks();
    m_answers = QList<QList<PreflightResult>>(qsizetype(checks.size()));
    m_answered = QList<bool>(qsizetype(checks.size()), false);
    m_pending = int(checks.size());
    if (m_pending == 0) {
        QTimer::singleShot(0, this, &Preflight::finish);
        return;
    }
    QTimer::singleShot(kTimeoutMs, this, [this, round] {
        if (m_running && round == m_round)
            finish();
    });
    QPointer<Preflight> self(this);
    for (int i = 0; i < int(checks.size()); ++i) {
        checks[size_t(i)](options, [self, round, i](QList<PreflightResult> results) {
            if (!self || round != self->m_round || !self->m_running || self->m_answered[i])
                return;
            self->m_answered[i] = true;
            self->m_answers[i] = std::move(results);
            if (--self->m_pending == 0)
                self->finish();
        });
    }
}

void Preflight::finish()
{
    if (!m_running)
        return;
    m_running = false;
    QList<PreflightResult> results;
    for (int i = 0; i < m_answers.size(); ++i) {
        if (!m_answered[i]) {
            results << PreflightResult{PreflightResult::Level::Fail, tr("A check"),
                                       tr("It did not answer within %1 seconds.").arg(kTimeoutMs / 1000), QString()};
            continue;
        }
        results << m_answers[i];
    }
    Q_EMIT finished(results);
}

bool Preflight::passed(const QList<PreflightResult> &results)
{
    return std::none_of(results.begin(), results.end(),
                        [](const PreflightResult &r) { return r.level == PreflightResult::Level::Fail; });
}

bool Preflight::hasWarnings(const QList<PreflightResult> &results)
{
    return std::any_of(results.begin(), results.end(),
                       [](const PreflightResult &r) { return r.level == PreflightResult::Level::Warning; });
}

QString Preflight::levelText(PreflightResult::Level level)
{
    switch (level) {
    case PreflightResult::Level::Pass:
        return tr("PASS");
    case PreflightResult::Level::Warning:
        return tr("WARN");
    case PreflightResult::Level::Fail:
        return tr("FAIL");
    }
    return {};
}

QString Preflight::line(const PreflightResult &result)
{
    return QStringLiteral("[%1] %2: %3").arg(levelText(result.level), result.check, result.message);
}

} // namespace lj
