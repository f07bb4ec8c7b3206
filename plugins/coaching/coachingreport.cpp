#include "coachingreport.h"

#include "core/money.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace lj::coaching {

namespace {

/// Within 20 % of the plan, or half a minute, is on time.
ProductReport::Timing timingOf(double planned, double actual)
{
    if (planned <= 0)
        return ProductReport::Timing::OnTime;
    const double slack = std::max(30.0, planned * 0.2);
    if (actual > planned + slack)
        return ProductReport::Timing::Long;
    if (actual < planned - slack)
        return ProductReport::Timing::Short;
    return ProductReport::Timing::OnTime;
}

QString timingName(ProductReport::Timing t)
{
    switch (t) {
    case ProductReport::Timing::Short:
        return QStringLiteral("short");
    case ProductReport::Timing::Long:
        return QStringLiteral("long");
    case ProductReport::Timing::OnTime:
        break;
    }
    return QStringLiteral("on-time");
}

QString clock(double seconds)
{
    const int s = int(std::lround(seconds));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

CoachingReport CoachingReport::build(const ShowFacts &show, const AudioAnalysis &audio)
{
    CoachingReport r;
    r.title = show.title;
    r.showId = show.showId;
    r.rehearsal = show.rehearsal;
    r.startedAtMs = show.recordingStartedAtMs;
    r.audio = audio;
    r.durationSec = audio.durationSec;
    const auto onRecording = [&show](qint64 ms) { return double(ms - show.recordingStartedAtMs) / 1000.0; };
    const double end = show.endedAtMs > 0 ? std::min(onRecording(show.endedAtMs), r.durationSec) : r.durationSec;

    QHash<QString, double> planned;
    for (const catalog::RundownItem &item : show.plan)
        planned.insert(item.productCode, item.plannedMinutes * 60.0);
    for (qsizetype i = 0; i < show.explanations.size(); ++i) {
        const auto &[code, startMs, endMs] = show.explanations[i];
        ProductReport p;
        p.code = code;
        p.title = show.titles.value(code, code);
        p.startSec = onRecording(startMs);
        const double stop = endMs > 0 ? onRecording(endMs) : end;
        p.plannedSeconds = planned.value(code);
        p.actualSeconds = std::max(0.0, stop - p.startSec);
        p.talkSeconds = audio.talkSeconds(p.startSec, stop);
        p.segmentsPerMinute = audio.segmentsPerMinute(p.startSec, stop);
        p.timing = timingOf(p.plannedSeconds, p.actualSeconds);
        for (const catalog::Order &o : show.orders) {
            const double at = onRecording(o.orderedAtMs);
            if (o.productCode == code && at >= p.startSec && at < stop) {
                ++p.orders;
                p.salesFen += o.amountFen;
            }
        }
        r.products << p;
    }
    // Planned products never explained: none of their minutes were given.
    for (const catalog::RundownItem &item : show.plan) {
        const bool explained = std::any_of(r.products.cbegin(), r.products.cend(),
                                           [&item](const ProductReport &p) { return p.code == item.productCode; });
        if (explained || item.plannedMinutes <= 0)
            continue;
        ProductReport p;
        p.code = item.productCode;
        p.title = show.titles.value(item.productCode, item.productCode);
        p.startSec = -1;
        p.plannedSeconds = item.plannedMinutes * 60.0;
        p.timing = ProductReport::Timing::Short;
        r.products << p;
    }
    r.ordersPerMinute = QList<int>(qsizetype(std::ceil(std::max(r.durationSec, 1.0) / 60.0)), 0);
    for (const catalog::Order &o : show.orders) {
        const double at = onRecording(o.orderedAtMs);
        if (at >= 0 && at < r.durationSec)
            ++r.ordersPerMinute[qsizetype(at / 60.0)];
    }
    for (const push::PushHealthSample &s : show.health) {
        auto it = std::find_if(r.platforms.begin(), r.platforms.end(), [&s](const PlatformReport &p) { return p.id == s.targetId; });
        if (it == r.platforms.end()) {
            r.platforms << PlatformReport{s.targetId, s.name};
            it = r.platforms.end() - 1;
        }
        it->kbps << std::pair{onRecording(s.atMs), s.kbps};
        it->droppedFrames = std::max(it->droppedFrames, s.droppedFrames);
        it->totalFrames = std::max(it->totalFrames, s.totalFrames);
        it->reconnects = std::max(it->reconnects, s.retries);
        if (s.state == push::PushState::Live) {
            it->averageKbps += s.kbps; // summed here, divided below
            it->liveShare += 1;
        }
    }
    for (PlatformReport &p : r.platforms) {
        if (p.liveShare > 0)
            p.averageKbps /= p.liveShare;
        p.liveShare /= double(p.kbps.size());
    }
    r.suggest();
    return r;
}

CoachingReport::Loudness CoachingReport::loudness() const
{
    if (!std::isfinite(audio.integratedLufs) || audio.integratedLufs < kTargetLufs - kToleranceLu)
        return Loudness::TooQuiet;
    if (audio.integratedLufs > kTargetLufs + kToleranceLu)
        return Loudness::TooLoud;
    return Loudness::Good;
}

QString CoachingReport::loudnessName() const
{
    switch (loudness()) {
    case Loudness::TooQuiet:
        return QStringLiteral("too-quiet");
    case Loudness::TooLoud:
        return QStringLiteral("too-loud");
    case Loudness::Good:
        break;
    }
    return QStringLiteral("good");
}

QString CoachingReport::loudnessVerdict() const
{
    switch (loudness()) {
    case Loudness::TooQuiet:
        return tr("too quiet");
    case Loudness::TooLoud:
        return tr("too loud");
    case Loudness::Good:
        break;
    }
    return tr("good");
}

void CoachingReport::suggest()
{
    suggestions.clear();
    // The product furthest from its plan.
    const ProductReport *furthest = nullptr;
    for (const ProductReport &p : std::as_const(products))
        if (p.timing != ProductReport::Timing::OnTime &&
            (!furthest || std::fabs(p.actualSeconds - p.plannedSeconds) > std::fabs(furthest->actualSeconds - furthest->plannedSeconds)))
            furthest = &p;
    if (furthest) {
        const int number = int(furthest - products.constData()) + 1;
        suggestions << tr("Product %1 (%2) was explained for %3 (minutes:seconds); the plan was %4.")
                           .arg(number)
                           .arg(furthest->title, clock(furthest->actualSeconds), clock(furthest->plannedSeconds));
    }
    // Silences.
    if (!audio.silences.isEmpty()) {
        const Silence longest = *std::max_element(audio.silences.cbegin(), audio.silences.cend(),
                                                  [](const Silence &a, const Silence &b) { return a.duration < b.duration; });
        suggestions << tr("Silences of more than 5 seconds: %1; the longest was %2 s at %3.")
                           .arg(audio.silences.size())
                           .arg(std::lround(longest.duration))
                           .arg(clock(longest.start));
    }
    // The stream: the platform that struggled most.
    const PlatformReport *shaky = nullptr;
    const auto dropShare = [](const PlatformReport &p) { return p.totalFrames > 0 ? double(p.droppedFrames) / p.totalFrames : 0.0; };
    for (const PlatformReport &p : std::as_const(platforms))
        if ((p.reconnects > 0 || dropShare(p) > 0.01) && (!shaky || dropShare(p) + p.reconnects > dropShare(*shaky) + shaky->reconnects))
            shaky = &p;
    if (shaky)
        suggestions << tr("%1 dropped %2 % of its frames; reconnections: %3. Use a wired connection, or a lower bitrate for it.")
                           .arg(shaky->name)
                           .arg(std::lround(100.0 * dropShare(*shaky)))
                           .arg(shaky->reconnects);
    // The voice.
    if (!audio.clippingAt.isEmpty())
        suggestions << tr("The voice clipped (moments: %1, the first at %2): lower the microphone's gain or move it back a little.")
                           .arg(audio.clippingAt.size())
                           .arg(clock(audio.clippingAt.first()));
    if (loudness() == Loudness::TooQuiet)
        suggestions << tr("The voice was too quiet (%1 LUFS, aim for %2): move the microphone closer or raise its gain.")
                           .arg(audio.integratedLufs, 0, 'f', 1)
                           .arg(kTargetLufs, 0, 'f', 0);
    else if (loudness() == Loudness::TooLoud)
        suggestions << tr("The voice was too loud (%1 LUFS, aim for %2): lower the microphone's gain.")
                           .arg(audio.integratedLufs, 0, 'f', 1)
                           .arg(kTargetLufs, 0, 'f', 0);
    // A product explained with little talk.
    for (const ProductReport &p : std::as_const(products)) {
        if (p.actualSeconds >= 60 && p.talkSeconds < p.actualSeconds * 0.5) {
            suggestions << tr("While showing %1 you spoke only %2 % of the time: say what the buyers see.")
                               .arg(p.title)
                               .arg(std::lround(100.0 * p.talkSeconds / p.actualSeconds));
            break;
        }
    }
    // Where the sales came from.
    const ProductReport *best = nullptr;
    for (const ProductReport &p : std::as_const(products))
        if (p.salesFen > 0 && (!best || p.salesFen > best->salesFen))
            best = &p;
    if (best)
        suggestions << tr("Most sales came while you showed %1 (orders: %2, ¥%3): open with it next time.")
                           .arg(best->title)
                           .arg(best->orders)
                           .arg(formatYuan(best->salesFen));
    if (suggestions.size() < 3 && loudness() == Loudness::Good)
        suggestions << tr("The voice was at a good loudness (%1 LUFS).").arg(audio.integratedLufs, 0, 'f', 1);
    if (suggestions.size() < 3)
        suggestions << tr("Every product kept to its plan: keep the same rhythm.");
    while (suggestions.size() > 5)
        suggestions.removeLast();
}

QJsonObject CoachingReport::toJson() const
{
    QJsonArray silences;
    for (const Silence &s : audio.silences)
        silences.append(QJsonObject{{QStringLiteral("start"), s.start}, {QStringLiteral("duration"), s.duration}});
    QJsonArray list;
    for (const ProductReport &p : products)
        list.append(QJsonObject{{QStringLiteral("code"), p.code},
                                {QStringLiteral("title"), p.title},
                                {QStringLiteral("start"), p.startSec >= 0 ? QJsonValue(p.startSec) : QJsonValue()}, // null: never explained
                                {QStringLiteral("plannedSeconds"), p.plannedSeconds},
                                {QStringLiteral("actualSeconds"), p.actualSeconds},
                                {QStringLiteral("talkSeconds"), p.talkSeconds},
                                {QStringLiteral("segmentsPerMinute"), p.segmentsPerMinute},
                                {QStringLiteral("timing"), timingName(p.timing)},
                                {QStringLiteral("orders"), p.orders},
                                {QStringLiteral("salesFen"), p.salesFen}});
    QJsonArray platformList;
    for (const PlatformReport &p : platforms) {
        QJsonArray samples;
        for (const auto &[at, kbps] : p.kbps)
            samples.append(QJsonObject{{QStringLiteral("t"), at}, {QStringLiteral("kbps"), kbps}});
        platformList.append(QJsonObject{{QStringLiteral("id"), p.id},
                                        {QStringLiteral("name"), p.name},
                                        {QStringLiteral("averageKbps"), p.averageKbps},
                                        {QStringLiteral("droppedFrames"), p.droppedFrames},
                                        {QStringLiteral("totalFrames"), p.totalFrames},
                                        {QStringLiteral("reconnects"), p.reconnects},
                                        {QStringLiteral("liveShare"), p.liveShare},
                                        {QStringLiteral("samples"), samples}});
    }
    QJsonArray clipping;
    for (double at : audio.clippingAt)
        clipping.append(at);
    QJsonArray perMinute;
    for (int n : ordersPerMinute)
        perMinute.append(n);
    const auto finiteOrNull = [](double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(); };
    return {{QStringLiteral("title"), title},
            {QStringLiteral("show"), showId},
            {QStringLiteral("rehearsal"), rehearsal},
            {QStringLiteral("recording"), recording},
            {QStringLiteral("recordingStartedAt"), startedAtMs > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(startedAtMs).toString(Qt::ISODateWithMs)) : QJsonValue()},
            {QStringLiteral("placement"), placement},
            {QStringLiteral("durationSeconds"), durationSec},
            {QStringLiteral("silences"), silences},
            {QStringLiteral("loudness"), QJsonObject{{QStringLiteral("integratedLufs"), finiteOrNull(audio.integratedLufs)},
                                                     {QStringLiteral("rangeLu"), audio.rangeLu},
                                                     {QStringLiteral("samplePeakDbfs"), finiteOrNull(audio.samplePeakDbfs)},
                                                     {QStringLiteral("targetLufs"), kTargetLufs},
                                                     {QStringLiteral("verdict"), loudnessName()},
                                                     {QStringLiteral("clipping"), clipping}}},
            {QStringLiteral("talkSeconds"), audio.talkSeconds(0, durationSec)},
            {QStringLiteral("products"), list},
            {QStringLiteral("ordersPerMinute"), perMinute},
            {QStringLiteral("platforms"), platformList},
            {QStringLiteral("suggestions"), QJsonArray::fromStringList(suggestions)}};
}

} // namespace lj::coaching
