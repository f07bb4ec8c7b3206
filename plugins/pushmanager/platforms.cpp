#include "platforms.h"

namespace lj::push {

const QList<Platform> &Platforms::all()
{
    static const QList<Platform> platforms = {
        {QStringLiteral("douyin"), tr("Douyin 抖音"), QString(),
         tr("抖音直播伴侣/开放平台 → 推流设置: copy the push URL (推流地址) and paste it here."), true},
        {QStringLiteral("kuaishou"), tr("Kuaishou 快手"), QStringLiteral("rtmp://open-push.voip.yximgs.com/gifshow/"),
         tr("快手直播伴侣 → 推流地址: paste the server and the stream key (推流码)."), true},
        {QStringLiteral("taobao"), tr("Taobao Live 淘宝直播"), QString(),
         tr("淘宝直播中控台 → 推流地址: paste the whole push URL.")},
        {QStringLiteral("wechat"), tr("WeChat Channels 微信视频号"), QString(),
         tr("视频号助手 → 直播 → 推流地址: paste the server address and the stream key."), true},
        {QStringLiteral("bilibili"), tr("Bilibili 哔哩哔哩"), QStringLiteral("rtmp://live-push.bilivideo.com/live-bvc/"),
         tr("Bilibili 直播中心 → 开播设置: paste the stream key (直播码).")},
        {QStringLiteral("jd"), tr("JD 京东直播"), QString(), tr("京东直播控制台 → 推流地址: paste the whole push URL.")},
        {QStringLiteral("xiaohongshu"), tr("Xiaohongshu 小红书"), QString(),
         tr("小红书直播 → 推流设置: paste the whole push URL.")},
        {QStringLiteral("rtmp"), tr("Custom RTMP/RTMPS"), QString(),
         tr("Any RTMP or RTMPS server: rtmp://host/app/ and a stream key.")},
        {QStringLiteral("srt"), tr("Custom SRT"), QString(),
         tr("An SRT listener: srt://host:port, and the stream id as the key.")},
        {QStringLiteral("relay"), tr("Base relay 基地中转"), QString(),
         tr("The base's own media server (nginx-rtmp or SRS): rtmp://server/app/ and this room's stream name. While it is "
            "on, the studio pushes only there and the server sends the show on to the room's other platforms: one "
            "stream on the uplink, however many platforms.")},
    };
    return platforms;
}

const Platform &Platforms::byId(const QString &id)
{
    for (const Platform &p : all()) {
        if (p.id == id)
            return p;
    }
    for (const Platform &p : all()) {
        if (p.id == QLatin1String("rtmp"))
            return p;
    }
    return all().first();
}

} // namespace lj::push
