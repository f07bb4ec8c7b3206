#include "pushmanager.h"

#include "platforms.h"

#include "core/logging.h"
#include "core/plugincontext.h"
#include "core/portraitcanvas.h"
#include "core/roomprofile.h"
#include "core/secretstore.h"

#include <QJsonArray>

#include <optional>

namespace lj::push {

namespace {
/// Video waiting in the kernel's send queue that counts as a full buffer
/// (congestion 1): a link at capacity keeps some queued (its own buffers, a
/// few hundred ms on a 4G link); a link that cannot carry the pushes piles up
/// more every second, and libobs starts dropping frames once the kernel's
/// buffer is full and its own queue passes 700 ms — the cut must come first.
constexpr double kQueueFullMs = 800;

} // namespace

PushManager::PushManager(PluginContext &context, QObject *parent)
    : LiveService(parent), m_context(context), m_healthLog(context.configDir() + QStringLiteral("/push-health")), m_baseRelay(*this)
{
    m_healthLog.prune();
    // What other plugins follow: a target's health, or (empty id) the list.
    connect(this, &PushManager::healthChanged, this, &PushManager::stateChanged);
    connect(this, &PushManager::targetsChanged, this, [this] { Q_EMIT stateChanged(QString()); });
    connect(this, &PushManager::stateChanged, this, &LiveService::statusChanged);
    reload();
    connect(&m_baseRelay, &BaseRelay::changed, this, [this] { Q_EMIT stateChanged(QString()); });
    // The portrait canvas going away (a room switch): its pushes end at once.
    connect(&context.portrait(), &PortraitCanvas::aboutToStop, this, [this] {
        for (const auto &[id, output] : m_outputs)
            if (output->target().portrait && output->output())
                obs_output_force_stop(output->output());
        m_sharedPortrait = {};
    });
    m_sampler.setInterval(1000);
    connect(&m_sampler, &QTimer::timeout, this, &PushManager::sampleAll);
    m_sampler.start();
}

PushManager::~PushManager()
{
    // Outputs go before the encoders they use.
    m_outputs.clear();
    m_shared = {};
    m_sharedPortrait = {};
    if (m_holdsPortrait)
        m_context.portrait().require(QStringLiteral("pushmanager"), false);
}

void PushManager::releaseIdle()
{
    bool landscape = false, portrait = false, canvas = false;
    for (const auto &[id, output] : m_outputs) {
        const PushTarget &t = output->target();
        canvas = canvas || t.portrait;
        if (!t.ownEncoder)
            (t.portrait ? portrait : landscape) = true;
    }
    if (!landscape)
        m_shared = {};
    if (!portrait)
        m_sharedPortrait = {};
    if (!canvas && m_holdsPortrait) {
        m_holdsPortrait = false;
        // After the stopped outputs are gone (they are deleted later).
        QTimer::singleShot(0, this, [this] {
            if (!m_holdsPortrait)
                m_context.portrait().require(QStringLiteral("pushmanager"), false);
        });
    }
}

int PushManager::indexOf(const QString &id) const
{
    for (int i = 0; i < m_targets.size(); ++i) {
        if (m_targets[i].id == id)
            return i;
    }
    return -1;
}

void PushManager::reload()
{
    m_targets.clear();
    const QJsonArray list = m_context.roomData().value(QStringLiteral("targets")).toArray();
    bool newIds = false;
    for (const QJsonValue &v : list) {
        m_targets.append(PushTarget::fromJson(v.toObject()));
        newIds |= v.toObject().value(QStringLiteral("id")).toString() != m_targets.last().id;
    }
    // A target written by hand (or by an old version) without an id gets one
    // now, and keeps it: its key in the keychain is found under it next time.
    if (newIds)
        persist();
    Q_EMIT targetsChanged();
}

void PushManager::persist()
{
    QJsonArray list;
    for (const PushTarget &t : std::as_const(m_targets))
        list.append(t.toJson());
    QString error;
    if (!m_context.setRoomData({{QStringLiteral("targets"), list}}, &error))
        qWarning("push targets not saved: %s", qPrintable(error));
}

void PushManager::saveTarget(const PushTarget &saved, const QString &key, const QString &passphrase)
{
    PushTarget target = saved;
    if (target.main) // one main platform: the newly marked one
        for (PushTarget &t : m_targets)
            t.main = false;
    if (!passphrase.isEmpty()) {
        target.srtPassphrase = true;
        m_passphrases.insert(target.id, passphrase);
        StudioLog::addSecret(passphrase);
        m_context.secrets().write(target.passphraseKeyName(), passphrase, [this](const SecretResult &r) {
            if (!r.ok())
                Q_EMIT keychainProblem(r.message);
        });
    }
    const int index = indexOf(target.id);
    if (index >= 0)
        m_targets[index] = target;
    else
        m_targets.append(target);
    persist();
    if (!key.isEmpty()) {
        m_keys.insert(target.id, key);
        StudioLog::addSecret(key);
        m_context.secrets().write(target.keyName(), key, [this](const SecretResult &r) {
            if (!r.ok())
                Q_EMIT keychainProblem(r.message);
        });
    }
    Q_EMIT targetsChanged();
}

void PushManager::removeTarget(const QString &id)
{
    const int index = indexOf(id);
    if (index < 0)
        return;
    stop(id);
    m_context.secrets().remove(m_targets[index].keyName(), {});
    if (m_targets[index].srtPassphrase)
        m_context.secrets().remove(m_targets[index].passphraseKeyName(), {});
    m_targets.removeAt(index);
    m_keys.remove(id);
    m_passphrases.remove(id);
    m_finalHealth.remove(id);
    persist();
    Q_EMIT targetsChanged();
}

void PushManager::provideKey(const QString &id, const QString &key)
{
    if (key.isEmpty() || indexOf(id) < 0)
        return;
    m_keys.insert(id, key);
    StudioLog::addSecret(key);
    start(id);
}

void PushManager::collectKeys(const std::function<void(QMap<QString, QString>)> &done)
{
    auto keys = std::make_shared<QMap<QString, QString>>();
    auto pending = std::make_shared<int>(int(m_targets.size()));
    if (*pending == 0) {
        done(*keys);
        return;
    }
    for (const PushTarget &t : std::as_const(m_targets)) {
        auto finish = [keys, pending, done] {
            if (--*pending == 0)
                done(*keys);
        };
        if (m_keys.contains(t.id)) {
            keys->insert(t.id, m_keys.value(t.id));
            finish();
            continue;
        }
        m_context.secrets().read(t.keyName(), [keys, id = t.id, finish](const SecretResult &r) {
            if (r.ok())
                keys->insert(id, r.value);
            finish();
        });
    }
}

void PushManager::start(const QString &id)
{
    const int index = indexOf(id);
    if (index < 0)
        return;
    auto it = m_outputs.find(id);
    if (it != m_outputs.end() && it->second->isActive())
        return;
    m_finalHealth.remove(id);
    const PushTarget target = m_targets[index];
    // Whoever asks (a dock's button, a remote call): a rehearsal never reaches the public.
    if (m_rehearsal && !target.classroom) {
        fail(id, tr("This is a rehearsal: public platforms are not pushed to. Turn rehearsal off to go live here."));
        return;
    }
    const QString key = m_keys.value(id);
    if (!key.isEmpty()) {
        startWithSecrets(target, key);
        return;
    }
    m_context.secrets().read(target.keyName(), [this, id](const SecretResult &r) {
        const int i = indexOf(id);
        if (i < 0)
            return;
        if (r.ok()) {
            m_keys.insert(id, r.value);
            startWithSecrets(m_targets[i], r.value);
        } else if (r.status == SecretResult::Status::NotFound) {
            fail(id, tr("No stream key is saved for this target. Edit it and enter the key."));
        } else {
            fail(id, r.message);
            if (!m_context.isHeadless())
                Q_EMIT keyNeeded(id, r.message);
        }
    });
}

void PushManager::startWithSecrets(const PushTarget &target, const QString &key)
{
    const bool srt = target.server.startsWith(QLatin1String("srt://"), Qt::CaseInsensitive);
    if (!srt || !target.srtPassphrase || m_passphrases.contains(target.id)) {
        startWithKey(target, key);
        return;
    }
    m_context.secrets().read(target.passphraseKeyName(), [this, id = target.id, key](const SecretResult &r) {
        const int i = indexOf(id);
        if (i < 0)
            return;
        if (!r.ok()) {
            fail(id, r.status == SecretResult::Status::NotFound ? tr("The SRT passphrase is not in the keychain. Edit the target and enter it.")
                                                                 : r.message);
            return;
        }
        m_passphrases.insert(id, r.value);
        StudioLog::addSecret(r.value);
        startWithKey(m_targets[i], key);
    });
}

void PushManager::startWithKey(const PushTarget &target, const QString &key)
{
    PushUrl url = PushUrl::split(target.server, key);
    url.passphrase = m_passphrases.value(target.id);
    url.latencyMs = target.srtLatencyMs;
    if (!url.isValid()) {
        fail(target.id, url.error);
        return;
    }
    const QDateTime expiry = PushUrl::expiry(url.key);
    if (expiry.isValid() && expiry <= QDateTime::currentDateTime()) {
        fail(target.id, tr("The push URL expired at %1. Get a new one from the platform's console.")
                            .arg(expiry.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        return;
    }

    // The portrait canvas runs while a push is on it.
    video_t *canvas = nullptr;
    if (target.portrait) {
        QString error;
        if (!m_context.portrait().require(QStringLiteral("pushmanager"), true, &error)) {
            fail(target.id, error);
            return;
        }
        m_holdsPortrait = true;
        canvas = m_context.portrait().video();
    }

    auto output = std::make_unique<PushOutput>(target);
    PushOutput *raw = output.get();
    const QString id = target.id;
    connect(raw, &PushOutput::changed, this, [this, id] {
        Q_EMIT healthChanged(id);
        checkGoLive();
    });
    connect(raw, &PushOutput::finished, this, [this, id] { onFinished(id); });
    m_outputs[id] = std::move(output);

    const OutputSettings &room = m_context.room().output;
    // An output that cannot even start never reports back: drop it now.
    auto started = [this, id, raw](bool ok) {
        if (ok)
            return;
        m_finalHealth.insert(id, raw->health());
        m_outputs.erase(id);
        releaseIdle();
        Q_EMIT healthChanged(id);
        checkGoLive();
    };
    if (target.ownEncoder) {
        OutputSettings own = room;
        if (target.videoBitrateKbps > 0)
            own.videoBitrateKbps = target.videoBitrateKbps;
        started(raw->startWithOwnEncoders(url, own, canvas));
        return;
    }
    // One encoder per canvas, shared by every push on it.
    EncoderPair &shared = target.portrait ? m_sharedPortrait : m_shared;
    if (!shared.isValid()) {
        const bool first = !m_shared.isValid() && !m_sharedPortrait.isValid();
        QString error;
        shared = EncoderPair::create(room, target.portrait ? QStringLiteral("push shared portrait") : QStringLiteral("push shared"),
                                     &error, canvas);
        if (!shared.isValid()) {
            m_outputs.erase(id);
            releaseIdle();
            fail(id, error);
            return;
        }
        // A new encoder starts at the room's bitrate; the budget starts over with it.
        if (first)
            m_budget.reset({room.videoBitrateKbps, LinkBudget::floorFor(m_context.room().video.outputHeight), room.audioBitrateKbps},
                           QDateTime::currentMSecsSinceEpoch());
    }
    started(raw->start(url, shared.video, shared.audio));
}

void PushManager::fail(const QString &id, const QString &message)
{
    PushHealth failed;
    failed.state = PushState::Failed;
    failed.lastError = message;
    m_finalHealth.insert(id, failed);
    qWarning("push target %s failed: %s", qPrintable(id), qPrintable(message));
    Q_EMIT healthChanged(id);
    checkGoLive();
}

void PushManager::onFinished(const QString &id)
{
    auto it = m_outputs.find(id);
    if (it == m_outputs.end())
        return;
    m_queued.remove(id);
    PushHealth last = it->second->health();
    if (m_paused.contains(id)) {
        last.state = PushState::Paused;
        last.lastError = tr("Paused: the network cannot carry every platform. It comes back by itself when the network allows.");
    }
    m_finalHealth.insert(id, last);
    // The output is inside its own signal: let it finish before it goes.
    it->second.release()->deleteLater();
    m_outputs.erase(it);
    releaseIdle();
    Q_EMIT healthChanged(id);
    checkGoLive();
    if (m_stopping && !isLive()) {
        m_stopping = false;
        Q_EMIT stopped();
    }
}

void PushManager::stop(const QString &id)
{
    if (m_paused.removeAll(id) && m_outputs.find(id) == m_outputs.end()) {
        m_finalHealth.remove(id); // no longer waiting for the network
        Q_EMIT healthChanged(id);
    }
    auto it = m_outputs.find(id);
    if (it != m_outputs.end())
        it->second->stop();
}

void PushManager::startAll()
{
    for (const PushTarget &t : std::as_const(m_targets)) {
        if (takesPart(t))
            start(t.id);
    }
}

bool PushManager::takesPart(const PushTarget &target) const
{
    if (!target.enabled || target.classroom != m_rehearsal)
        return false;
    if (m_rehearsal)
        return true;
    return relay() ? target.isRelay() : !target.isRelay();
}

QString PushManager::roomName() const
{
    return m_context.room().name;
}

const PushTarget *PushManager::relay() const
{
    for (const PushTarget &t : m_targets)
        if (t.isRelay() && t.enabled && !t.classroom)
            return &t;
    return nullptr;
}

bool PushManager::relayedByBase(const PushTarget &target) const
{
    return !m_rehearsal && target.enabled && !target.classroom && !target.isRelay() && relay();
}

void PushManager::setRehearsal(bool rehearsal)
{
    if (rehearsal == m_rehearsal)
        return;
    m_rehearsal = rehearsal;
    Q_EMIT stateChanged(QString()); // the chips show other targets now
}

void PushManager::stopAll()
{
    for (const QString &id : QStringList(m_paused))
        stop(id);
    std::vector<PushOutput *> outputs;
    for (auto &[id, output] : m_outputs)
        outputs.push_back(output.get());
    for (PushOutput *output : outputs)
        output->stop();
}

void PushManager::reconnectNow(const QString &id)
{
    auto it = m_outputs.find(id);
    if (it == m_outputs.end() || it->second->health().state != PushState::Reconnecting)
        return;
    // A fresh output connects at once; the waiting one goes without a word
    // (its destructor disconnects its signals before stopping it).
    m_outputs.erase(it);
    start(id);
}

QList<LiveTargetStatus> PushManager::targetStatus() const
{
    QList<LiveTargetStatus> list;
    for (const PushTarget &t : m_targets) {
        if (relayedByBase(t)) {
            list << m_baseRelay.status(t);
            continue;
        }
        if (!takesPart(t))
            continue;
        const PushHealth h = health(t.id);
        LiveTargetStatus s{t.id, t.name, LiveTargetStatus::State::Idle, QString()};
        switch (h.state) {
        case PushState::Idle: s.state = LiveTargetStatus::State::Idle; break;
        case PushState::Connecting: s.state = LiveTargetStatus::State::Connecting; break;
        case PushState::Live: s.state = LiveTargetStatus::State::Live; break;
        case PushState::Reconnecting: s.state = LiveTargetStatus::State::Reconnecting; break;
        case PushState::Failed: s.state = LiveTargetStatus::State::Failed; break;
        case PushState::Paused: s.state = LiveTargetStatus::State::Paused; break;
        }
        if (s.state == LiveTargetStatus::State::Failed || s.state == LiveTargetStatus::State::Reconnecting ||
            s.state == LiveTargetStatus::State::Paused)
            s.reason = h.lastError;
        else if (s.state == LiveTargetStatus::State::Live && !t.ownEncoder && m_budget.isReduced())
            s.reason = m_uploadWarning;
        s.droppedFrames = h.droppedFrames;
        s.totalFrames = h.totalFrames;
        s.bitrateKbps = h.bitrateKbps;
        list << s;
    }
    return list;
}

QList<PushTargetInfo> PushManager::targetList() const
{
    QList<PushTargetInfo> list;
    for (const PushTarget &t : m_targets)
        list << PushTargetInfo{t.id, t.name, t.platform, t.enabled};
    return list;
}

QString PushManager::addTarget(const QString &name, const QString &platform, const QString &pushUrl, QString *error)
{
    const PushUrl url = PushUrl::split(pushUrl, QString());
    if (!url.isValid()) {
        *error = url.error;
        return {};
    }
    PushTarget target;
    target.id = PushTarget::newId();
    target.name = name;
    target.platform = platform;
    target.server = url.server;
    target.portrait = Platforms::byId(platform).portrait; // the phone platforms' rooms are portrait
    saveTarget(target, url.key);
    return target.id;
}

QMetaObject::Connection PushManager::onStateChanged(QObject *context, std::function<void(const QString &)> changed)
{
    return QObject::connect(this, &PushManager::stateChanged, context, std::move(changed));
}

PushHealth PushManager::health(const QString &id) const
{
    auto it = m_outputs.find(id);
    return it != m_outputs.end() ? it->second->health() : m_finalHealth.value(id);
}

obs_encoder_t *PushManager::videoEncoder(const QString &id) const
{
    auto it = m_outputs.find(id);
    return it != m_outputs.end() ? it->second->videoEncoder() : nullptr;
}

void PushManager::goLive()
{
    m_paused.clear();
    m_goLivePending.clear();
    for (const PushTarget &t : std::as_const(m_targets)) {
        if (takesPart(t))
            m_goLivePending << t.id;
    }
    if (m_goLivePending.isEmpty() && m_rehearsal) {
        // A rehearsal needs no audience: it is recorded for the coaching report.
        Q_EMIT goLiveFinished(true, {tr("Rehearsal: nothing is pushed (no classroom address is set); the rehearsal is recorded.")});
        return;
    }
    if (m_goLivePending.isEmpty()) {
        Q_EMIT goLiveFinished(false, {tr("No push target is enabled in this room.")});
        return;
    }
    m_goLiveActive = true;
    startAll();
}

void PushManager::checkGoLive()
{
    if (!m_goLiveActive)
        return;
    m_goLivePending.erase(std::remove_if(m_goLivePending.begin(), m_goLivePending.end(),
                                         [this](const QString &id) {
                                             const PushState s = health(id).state;
                                             return s == PushState::Live || s == PushState::Failed ||
                                                    indexOf(id) < 0;
                                         }),
                          m_goLivePending.end());
    if (!m_goLivePending.isEmpty())
        return;
    m_goLiveActive = false;
    bool allLive = true;
    QStringList report;
    for (const PushTarget &t : std::as_const(m_targets)) {
        if (!takesPart(t))
            continue;
        const PushHealth h = health(t.id);
        if (h.state == PushState::Live) {
            report << tr("%1: live").arg(t.name);
        } else {
            allLive = false;
            report << tr("%1: failed — %2").arg(t.name, h.lastError);
        }
    }
    Q_EMIT goLiveFinished(allLive, report);
}

void PushManager::stopLive()
{
    m_goLiveActive = false;
    for (const QString &id : QStringList(m_paused))
        stop(id);
    if (!isLive()) {
        QTimer::singleShot(0, this, &PushManager::stopped);
        return;
    }
    m_stopping = true;
    stopAll();
}

bool PushManager::isLive() const
{
    // An output leaves the map only once libobs has told it stopped; "active"
    // turns false earlier, while a stop is still under way.
    return !m_outputs.empty();
}

QList<PushHealthSample> PushManager::healthHistory(qint64 fromMs, qint64 toMs) const
{
    return m_healthLog.read(fromMs, toMs);
}

void PushManager::sampleAll()
{
    double needed = 0, achieved = 0;
    bool dropping = false;
    const bool logNow = !m_outputs.empty() && ++m_samplesSinceLog >= kHealthLogEverySec;
    QList<PushHealthSample> logged;
    QVector<LinkSample> shared;
    const OutputSettings &room = m_context.room().output;
    std::optional<QList<UplinkProbe::Socket>> sockets; // read once a tick, when a shared push needs them
    for (auto &[id, output] : m_outputs) {
        const int droppedBefore = output->health().droppedFrames;
        output->sample();
        const PushHealth &h = output->health();
        const int index = indexOf(id);
        if (logNow && index >= 0)
            logged << PushHealthSample{QDateTime::currentMSecsSinceEpoch(), id, m_targets[index].name, h.state, h.kbpsLastSecond,
                                       h.droppedFrames, h.totalFrames, h.retries, h.bitrateKbps};
        if (h.state != PushState::Live || index < 0)
            continue;
        const PushTarget &t = m_targets[index];
        needed += (t.ownEncoder && t.videoBitrateKbps > 0 ? t.videoBitrateKbps : room.videoBitrateKbps) + room.audioBitrateKbps;
        achieved += h.kbpsLastSecond;
        dropping = dropping || h.droppedFrames > droppedBefore;
        if (!t.ownEncoder) { // own encoders adapt on their own (libobs' dynamic bitrate)
            if (!sockets)
                sockets = UplinkProbe::ownSockets();
            shared << linkSample(id, *output, t.main, h.droppedFrames - droppedBefore, *sockets);
        }
    }
    if (logNow) {
        // A platform of the show that is not pushing (it failed, or gave up) is part of its story too.
        for (const PushTarget &t : std::as_const(m_targets))
            if (takesPart(t) && m_outputs.find(t.id) == m_outputs.end()) {
                const PushHealth h = health(t.id);
                logged << PushHealthSample{QDateTime::currentMSecsSinceEpoch(), t.id, t.name, h.state, 0, h.droppedFrames, h.totalFrames, h.retries};
            }
        m_healthLog.append(logged);
        m_samplesSinceLog = 0;
    }
    m_baseRelay.watch();
    if (room.adaptiveBitrate && (m_shared.isValid() || m_sharedPortrait.isValid())) {
        budgetLink(shared);
        return;
    }
    // Without adaptation: only a link that drops frames tells its real capacity.
    setUploadWarning(dropping && needed > achieved * 1.1
                         ? tr("The upload carries about %1 kbps but the pushes need %2 kbps, so frames are dropped. "
                              "Stop a platform or lower the bitrate.")
                               .arg(qRound(achieved))
                               .arg(qRound(needed))
                         : QString());
}

LinkSample PushManager::linkSample(const QString &id, const PushOutput &output, bool main, int droppedDelta,
                                   const QList<UplinkProbe::Socket> &sockets)
{
    const PushHealth &h = output.health();
    // Pushes to one server share its sockets in the probe's eyes: each gets its part.
    int sharing = 0;
    for (const auto &[otherId, other] : m_outputs)
        sharing += other->endpoints() == output.endpoints() ? 1 : 0;
    const quint64 queued = UplinkProbe::queuedBytes(sockets, output.endpoints()) / quint64(std::max(1, sharing));
    const qint64 growth = qint64(queued) - qint64(m_queued.value(id, 0));
    m_queued.insert(id, queued);
    // What the link carried: written to the socket, less what piled up in it.
    const double carried = std::max(0.0, h.kbpsLastSecond - double(growth) * 8 / 1000);
    const double queuedMs = double(queued) * 8 / std::max(1, h.bitrateKbps + m_context.room().output.audioBitrateKbps);
    const double congestion = std::max(double(obs_output_get_congestion(output.output())), queuedMs / kQueueFullMs);
    return LinkSample{id, main, carried, droppedDelta, congestion};
}

void PushManager::budgetLink(const QVector<LinkSample> &shared)
{
    const LinkDecision d = m_budget.step(shared, m_paused, QDateTime::currentMSecsSinceEpoch());
    if (d.bitrateChanged) {
        // x264 and the hardware encoders take a new bitrate while running.
        for (const EncoderPair *shared : {&m_shared, &m_sharedPortrait}) {
            if (!shared->isValid())
                continue;
            OBSDataAutoRelease settings = obs_encoder_get_settings(shared->video);
            obs_data_set_int(settings, "bitrate", d.bitrateKbps);
            obs_encoder_update(shared->video, settings);
        }
        qInfo("link budget: the shared encoder now runs at %d kbps (the link carried %.0f kbps for %d pushes)", d.bitrateKbps,
              m_budget.capacityKbps(), int(shared.size()));
    }
    for (const QString &id : d.pause) {
        qInfo("link budget: pausing push target %s until the network allows", qPrintable(id));
        m_paused << id;
        if (auto it = m_outputs.find(id); it != m_outputs.end())
            it->second->stop(); // its end is recorded as paused (onFinished)
    }
    for (const QString &id : d.resume) {
        qInfo("link budget: resuming push target %s", qPrintable(id));
        m_paused.removeAll(id);
        m_finalHealth.remove(id);
        start(id);
    }
    QStringList pausedNames;
    for (const QString &id : std::as_const(m_paused))
        if (const int i = indexOf(id); i >= 0)
            pausedNames << m_targets[i].name;
    QStringList notice;
    if (m_budget.isReduced() && !shared.isEmpty())
        notice << tr("The network is weak: picture quality was lowered automatically (now %1 kbps).").arg(m_budget.bitrateKbps());
    if (!pausedNames.isEmpty())
        notice << tr("Paused until the network allows: %1.").arg(pausedNames.join(QStringLiteral(", ")));
    setUploadWarning(notice.join(QLatin1Char(' ')));
}

void PushManager::setUploadWarning(const QString &warning)
{
    if (warning == m_uploadWarning)
        return;
    m_uploadWarning = warning;
    Q_EMIT uploadWarningChanged(warning);
    Q_EMIT statusChanged(); // the host's banner and chips say it too
}

} // namespace lj::push
