// Inputs: the sources of the room's scenes — list, kinds, settings, mute and
// volume — as obs-websocket names them.
#include "requests.h"
#include "requestutil.h"

#include "core/obsptr.h"
#include "core/plugincontext.h"

#include <obs.h>

#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

namespace lj::remote {

namespace {

/// Runs `act` with the input named in `data`, or answers why it cannot.
void withInput(const QJsonObject &data, const Requests::Done &done, const std::function<void(obs_source_t *)> &act)
{
    const QString name = data.value(QStringLiteral("inputName")).toString();
    if (name.isEmpty())
        return done(missing("inputName"));
    OBSSourceAutoRelease source = obs_get_source_by_name(name.toUtf8().constData());
    if (!source || obs_source_is_scene(source))
        return done({Status::ResourceNotFound, QStringLiteral("No input named %1").arg(name), {}});
    act(source);
}

QJsonObject volumeOf(obs_source_t *source)
{
    const float mul = obs_source_get_volume(source);
    const float db = obs_mul_to_db(mul);
    return {{QStringLiteral("inputVolumeMul"), double(mul)}, {QStringLiteral("inputVolumeDb"), std::isfinite(db) ? double(db) : -100.0}};
}

} // namespace

void Requests::addInputs()
{
    add("GetInputList", [](const QJsonObject &data, const Done &done) {
        struct Found {
            QString kind;
            QJsonArray inputs;
        } found{data.value(QStringLiteral("inputKind")).toString(), {}};
        obs_enum_sources(
            [](void *param, obs_source_t *source) {
                auto *f = static_cast<Found *>(param);
                const QString kind = QString::fromUtf8(obs_source_get_id(source));
                if (f->kind.isEmpty() || f->kind == kind)
                    f->inputs.append(QJsonObject{{QStringLiteral("inputName"), QString::fromUtf8(obs_source_get_name(source))},
                                                 {QStringLiteral("inputKind"), kind},
                                                 {QStringLiteral("unversionedInputKind"), QString::fromUtf8(obs_source_get_unversioned_id(source))}});
                return true;
            },
            &found);
        done({Status::Success, {}, {{QStringLiteral("inputs"), found.inputs}}});
    });
    add("GetInputKindList", [](const QJsonObject &, const Done &done) {
        QJsonArray kinds;
        const char *id = nullptr;
        for (size_t i = 0; obs_enum_input_types(i, &id); ++i)
            kinds.append(QString::fromUtf8(id));
        done({Status::Success, {}, {{QStringLiteral("inputKinds"), kinds}}});
    });
    add("GetSpecialInputs", [](const QJsonObject &, const Done &done) {
        // The studio's sound comes from the scenes' own sources, not from global channels.
        done({Status::Success, {},
              {{QStringLiteral("desktop1"), QJsonValue()}, {QStringLiteral("desktop2"), QJsonValue()}, {QStringLiteral("mic1"), QJsonValue()},
               {QStringLiteral("mic2"), QJsonValue()}, {QStringLiteral("mic3"), QJsonValue()}, {QStringLiteral("mic4"), QJsonValue()}}});
    });
    add("GetInputSettings", [](const QJsonObject &data, const Done &done) {
        withInput(data, done, [&done](obs_source_t *source) {
            OBSDataAutoRelease settings = obs_source_get_settings(source);
            const char *json = obs_data_get_json(settings);
            done({Status::Success, {},
                  {{QStringLiteral("inputSettings"), QJsonDocument::fromJson(json ? QByteArray(json) : QByteArray("{}")).object()},
                   {QStringLiteral("inputKind"), QString::fromUtf8(obs_source_get_id(source))}}});
        });
    });
    add("GetInputMute", [](const QJsonObject &data, const Done &done) {
        withInput(data, done, [&done](obs_source_t *source) {
            done({Status::Success, {}, {{QStringLiteral("inputMuted"), obs_source_muted(source)}}});
        });
    });
    add("SetInputMute", [](const QJsonObject &data, const Done &done) {
        if (!data.value(QStringLiteral("inputMuted")).isBool())
            return done(missing("inputMuted"));
        withInput(data, done, [&done, &data](obs_source_t *source) {
            obs_source_set_muted(source, data.value(QStringLiteral("inputMuted")).toBool());
            done({});
        });
    });
    add("ToggleInputMute", [](const QJsonObject &data, const Done &done) {
        withInput(data, done, [&done](obs_source_t *source) {
            obs_source_set_muted(source, !obs_source_muted(source));
            done({Status::Success, {}, {{QStringLiteral("inputMuted"), obs_source_muted(source)}}});
        });
    });
    add("GetInputVolume", [](const QJsonObject &data, const Done &done) {
        withInput(data, done, [&done](obs_source_t *source) { done({Status::Success, {}, volumeOf(source)}); });
    });
    add("SetInputVolume", [](const QJsonObject &data, const Done &done) {
        const QJsonValue mul = data.value(QStringLiteral("inputVolumeMul")), db = data.value(QStringLiteral("inputVolumeDb"));
        if (!mul.isDouble() && !db.isDouble())
            return done(missing("inputVolumeMul or inputVolumeDb"));
        if ((mul.isDouble() && (mul.toDouble() < 0 || mul.toDouble() > 20)) || (db.isDouble() && (db.toDouble() < -100 || db.toDouble() > 26)))
            return done({Status::RequestFieldOutOfRange, QStringLiteral("inputVolumeMul goes from 0 to 20, inputVolumeDb from -100 to 26."), {}});
        withInput(data, done, [&done, mul, db](obs_source_t *source) {
            obs_source_set_volume(source, mul.isDouble() ? float(mul.toDouble()) : obs_db_to_mul(float(db.toDouble())));
            done({});
        });
    });
}

} // namespace lj::remote
