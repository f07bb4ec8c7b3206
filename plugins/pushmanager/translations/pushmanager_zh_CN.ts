<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>lj::push::BaseRelay</name>
    <message>
        <source>Add a base relay target (platform &quot;Base relay&quot;) and enable it first.</source>
        <translation>请先添加并启用一个“基地中转”推流目标。</translation>
    </message>
    <message>
        <source>The base relay has no stream name yet: edit it and enter one.</source>
        <translation>基地中转还没有流名称：请编辑它并填写。</translation>
    </message>
    <message>
        <source>Sent on by the base relay.</source>
        <translation>由基地中转服务器转推。</translation>
    </message>
    <message>
        <source>Sent on by the base relay; give the relay&apos;s statistics address to see each platform here.</source>
        <translation>由基地中转服务器转推；填写中转服务器的统计地址后，可在这里看到每个平台的状态。</translation>
    </message>
    <message>
        <source>Sent on by the base relay; waiting for its statistics. %1</source>
        <translation>由基地中转服务器转推；正在等待其统计数据。%1</translation>
    </message>
    <message>
        <source>The base relay receives the show; its server does not report each platform.</source>
        <translation>基地中转服务器已收到直播流；该服务器不提供每个平台的状态。</translation>
    </message>
    <message>
        <source>The base relay does not receive the show yet.</source>
        <translation>基地中转服务器尚未收到直播流。</translation>
    </message>
    <message>
        <source>Live through the base relay (its statistics show the push).</source>
        <translation>经基地中转直播中（中转服务器统计显示正在推流）。</translation>
    </message>
    <message>
        <source>The base relay is not pushing to it: check the relay&apos;s configuration and its error log.</source>
        <translation>基地中转服务器没有推流到该平台：请检查中转服务器的配置和错误日志。</translation>
    </message>
</context>
<context>
    <name>lj::push::Platforms</name>
    <message>
        <source>Douyin 抖音</source>
        <translation>抖音</translation>
    </message>
    <message>
        <source>抖音直播伴侣/开放平台 → 推流设置: copy the push URL (推流地址) and paste it here.</source>
        <translation>抖音直播伴侣/开放平台 → 推流设置：复制推流地址并粘贴到这里。</translation>
    </message>
    <message>
        <source>Kuaishou 快手</source>
        <translation>快手</translation>
    </message>
    <message>
        <source>快手直播伴侣 → 推流地址: paste the server and the stream key (推流码).</source>
        <translation>快手直播伴侣 → 推流地址：粘贴服务器地址和推流码。</translation>
    </message>
    <message>
        <source>Taobao Live 淘宝直播</source>
        <translation>淘宝直播</translation>
    </message>
    <message>
        <source>淘宝直播中控台 → 推流地址: paste the whole push URL.</source>
        <translation>淘宝直播中控台 → 推流地址：粘贴完整的推流地址。</translation>
    </message>
    <message>
        <source>WeChat Channels 微信视频号</source>
        <translation>微信视频号</translation>
    </message>
    <message>
        <source>视频号助手 → 直播 → 推流地址: paste the server address and the stream key.</source>
        <translation>视频号助手 → 直播 → 推流地址：粘贴服务器地址和推流密钥。</translation>
    </message>
    <message>
        <source>Bilibili 哔哩哔哩</source>
        <translation>哔哩哔哩</translation>
    </message>
    <message>
        <source>Bilibili 直播中心 → 开播设置: paste the stream key (直播码).</source>
        <translation>哔哩哔哩直播中心 → 开播设置：粘贴直播码。</translation>
    </message>
    <message>
        <source>JD 京东直播</source>
        <translation>京东直播</translation>
    </message>
    <message>
        <source>京东直播控制台 → 推流地址: paste the whole push URL.</source>
        <translation>京东直播控制台 → 推流地址：粘贴完整的推流地址。</translation>
    </message>
    <message>
        <source>Xiaohongshu 小红书</source>
        <translation>小红书</translation>
    </message>
    <message>
        <source>小红书直播 → 推流设置: paste the whole push URL.</source>
        <translation>小红书直播 → 推流设置：粘贴完整的推流地址。</translation>
    </message>
    <message>
        <source>Custom RTMP/RTMPS</source>
        <translation>自定义 RTMP/RTMPS</translation>
    </message>
    <message>
        <source>Any RTMP or RTMPS server: rtmp://host/app/ and a stream key.</source>
        <translation>任意 RTMP 或 RTMPS 服务器：rtmp://主机/应用/ 加推流码。</translation>
    </message>
    <message>
        <source>Custom SRT</source>
        <translation>自定义 SRT</translation>
    </message>
    <message>
        <source>An SRT listener: srt://host:port, and the stream id as the key.</source>
        <translation>SRT 接收端：srt://主机:端口，推流码填写 stream id。</translation>
    </message>
    <message>
        <source>Base relay 基地中转</source>
        <translation>基地中转（Base relay）</translation>
    </message>
    <message>
        <source>The base&apos;s own media server (nginx-rtmp or SRS): rtmp://server/app/ and this room&apos;s stream name. While it is on, the studio pushes only there and the server sends the show on to the room&apos;s other platforms: one stream on the uplink, however many platforms.</source>
        <translation>基地自己的流媒体服务器（nginx-rtmp 或 SRS）：填写 rtmp://服务器/应用/ 和本直播间的流名称。启用后，工作室只推流到这里，由服务器转推到本直播间的其他平台：不论有多少平台，上行网络只传一路流。</translation>
    </message>
</context>
<context>
    <name>lj::push::PushDock</name>
    <message>
        <source>Go live on all</source>
        <translation>全部开播</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>全部停止</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Reconnect now</source>
        <translation>立即重连</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import push targets</source>
        <translation>导入推流目标</translation>
    </message>
    <message>
        <source>Push targets (*.json)</source>
        <translation>推流目标 (*.json)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export push targets</source>
        <translation>导出推流目标</translation>
    </message>
    <message>
        <source>Remove push target</source>
        <translation>删除推流目标</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; and its saved stream key?</source>
        <translation>删除“%1”及其保存的推流码？</translation>
    </message>
    <message>
        <source>Stream key needed</source>
        <translation>需要推流码</translation>
    </message>
    <message>
        <source>%1

Enter the stream key for &quot;%2&quot;. It is kept only until the studio closes.</source>
        <translation>%1

请输入“%2”的推流码。它只保存到工作室关闭为止。</translation>
    </message>
    <message>
        <source>Stream key not saved</source>
        <translation>推流码未保存</translation>
    </message>
    <message>
        <source>%1

The key is used until the studio closes.</source>
        <translation>%1

此推流码只在工作室关闭前有效。</translation>
    </message>
    <message>
        <source>Include the stream keys?

The file then holds every stream key in plain text: anyone who gets it can stream to your channels. It is saved readable by you only; keep it on a USB stick or send it privately, never to a group chat.</source>
        <translation>要包含推流密钥吗？

文件里会以明文保存所有推流密钥：任何拿到文件的人都能向你的直播间推流。文件只有你本人可读；请存在 U 盘里或私下发送，切勿发到群聊。</translation>
    </message>
    <message>
        <source>Relay…</source>
        <translation>基地中转…</translation>
    </message>
    <message>
        <source>Link budget: %1 kbps of video to each platform on the shared encoder (%2 live; the room&apos;s setting: %3 kbps).</source>
        <translation>带宽预算：共用编码的每个平台视频码率 %1 kbps（%2 个平台直播中；直播间设定 %3 kbps）。</translation>
    </message>
    <message>
        <source>The uplink carried %1 kbps when it was last full.</source>
        <translation>上次网络拥塞时，上行实际带宽约 %1 kbps。</translation>
    </message>
</context>
<context>
    <name>lj::push::PushManager</name>
    <message>
        <source>No stream key is saved for this target. Edit it and enter the key.</source>
        <translation>此推流目标没有保存推流码。请编辑它并填写推流码。</translation>
    </message>
    <message>
        <source>The push URL expired at %1. Get a new one from the platform&apos;s console.</source>
        <translation>推流地址已于 %1 过期。请到平台后台获取新的推流地址。</translation>
    </message>
    <message>
        <source>No push target is enabled in this room.</source>
        <translation>此直播间没有启用的推流目标。</translation>
    </message>
    <message>
        <source>%1: live</source>
        <translation>%1：已开播</translation>
    </message>
    <message>
        <source>%1: failed — %2</source>
        <translation>%1：失败 — %2</translation>
    </message>
    <message>
        <source>The upload carries about %1 kbps but the pushes need %2 kbps, so frames are dropped. Stop a platform or lower the bitrate.</source>
        <translation>上行带宽约 %1 kbps，而推流需要 %2 kbps，因此正在丢帧。请停止一个平台或降低码率。</translation>
    </message>
    <message>
        <source>This is a rehearsal: public platforms are not pushed to. Turn rehearsal off to go live here.</source>
        <translation>现在是彩排：不推流到公开平台。关闭彩排后才能在这里开播。</translation>
    </message>
    <message>
        <source>Rehearsal: nothing is pushed (no classroom address is set); the rehearsal is recorded.</source>
        <translation>彩排：不推流（未设置课堂地址）；彩排会被录制。</translation>
    </message>
    <message>
        <source>Paused: the network cannot carry every platform. It comes back by itself when the network allows.</source>
        <translation>网络不足，已暂停：当前网络带宽不足以同时推送所有平台，网络好转后会自动恢复。</translation>
    </message>
    <message>
        <source>The network is weak: picture quality was lowered automatically (now %1 kbps).</source>
        <translation>网络较弱，已自动降低画质（当前 %1 kbps）。</translation>
    </message>
    <message>
        <source>Paused until the network allows: %1.</source>
        <translation>网络不足，已暂停：%1。网络好转后自动恢复。</translation>
    </message>
    <message>
        <source>The SRT passphrase is not in the keychain. Edit the target and enter it.</source>
        <translation>系统钥匙串中没有 SRT 密码。请编辑该推流目标并填写。</translation>
    </message>
</context>
<context>
    <name>lj::push::PushOutput</name>
    <message>
        <source>The server address is wrong or its name cannot be found.</source>
        <translation>服务器地址有误，或无法解析其域名。</translation>
    </message>
    <message>
        <source>Cannot reach the server: the host is unreachable or refused the connection.</source>
        <translation>无法连接服务器：主机不可达或拒绝连接。</translation>
    </message>
    <message>
        <source>The platform rejected the stream: the key is wrong, expired or already in use.</source>
        <translation>平台拒绝了推流：推流码错误、已过期或正在被使用。</translation>
    </message>
    <message>
        <source>The connection was lost and could not be restored.</source>
        <translation>连接已断开，且未能恢复。</translation>
    </message>
    <message>
        <source>The server does not accept this kind of stream.</source>
        <translation>服务器不接受这种类型的流。</translation>
    </message>
    <message>
        <source>The encoder failed.</source>
        <translation>编码器出错。</translation>
    </message>
    <message>
        <source>The push stopped because of an error (code %1).</source>
        <translation>推流因错误而停止（代码 %1）。</translation>
    </message>
    <message>
        <source>The push output could not be created.</source>
        <translation>无法创建推流输出。</translation>
    </message>
    <message>
        <source>The push could not start: %1</source>
        <translation>推流无法开始：%1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>%1 Gave up after %2 tries.</source>
        <translation>%1 已重试 %2 次，放弃重连。</translation>
    </message>
    <message>
        <source>The connection was lost; trying again.</source>
        <translation>连接已断开，正在重试。</translation>
    </message>
    <message>
        <source>Reconnected after the connection was lost.</source>
        <translation>连接断开后已重新连上。</translation>
    </message>
</context>
<context>
    <name>lj::push::PushPlugin</name>
    <message>
        <source>Live Push</source>
        <translation>多平台推流</translation>
    </message>
    <message>
        <source>Go live on all platforms</source>
        <translation>所有平台开播</translation>
    </message>
    <message>
        <source>Stop all pushes</source>
        <translation>停止所有推流</translation>
    </message>
</context>
<context>
    <name>lj::push::PushPreflight</name>
    <message>
        <source>Ingest · %1</source>
        <translation>推流服务器 · %1</translation>
    </message>
    <message>
        <source>%1:%2 accepts a connection.</source>
        <translation>%1:%2 可以连接。</translation>
    </message>
    <message>
        <source>%1:%2 cannot be reached (%3). Check the network and the push address.</source>
        <translation>无法连接 %1:%2（%3）。请检查网络和推流地址。</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒内无响应</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>直播平台</translation>
    </message>
    <message>
        <source>No platform is set up to go live on. Add one in the Live Push panel.</source>
        <translation>还没有设置任何直播平台。请在“多平台推流”面板中添加。</translation>
    </message>
    <message>
        <source>Stream key · %1</source>
        <translation>推流码 · %1</translation>
    </message>
    <message>
        <source>No stream key is saved in the system keychain. Edit the target and paste the push URL.</source>
        <translation>系统钥匙串中没有保存推流码。请编辑该平台并粘贴推流地址。</translation>
    </message>
    <message>
        <source>Push address · %1</source>
        <translation>推流地址 · %1</translation>
    </message>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>已保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>The push URL expired at %1. Get a new one from the platform&apos;s console.</source>
        <translation>推流地址已于 %1 过期。请到平台后台获取新的推流地址。</translation>
    </message>
    <message>
        <source>The push URL expires at %1, before the planned end of the show.</source>
        <translation>推流地址将于 %1 过期，早于计划的下播时间。</translation>
    </message>
    <message>
        <source>Rehearsal: no public platform is pushed to, and no classroom address is set; it is recorded.</source>
        <translation>彩排：不推流到公开平台，也未设置课堂地址；会被录制。</translation>
    </message>
</context>
<context>
    <name>lj::push::PushUrl</name>
    <message>
        <source>Enter the push server address (it starts with rtmp://, rtmps:// or srt://).</source>
        <translation>请填写推流服务器地址（以 rtmp://、rtmps:// 或 srt:// 开头）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid push address.</source>
        <translation>“%1”不是有效的推流地址。</translation>
    </message>
    <message>
        <source>Push addresses start with rtmp://, rtmps:// or srt://, not %1://.</source>
        <translation>推流地址应以 rtmp://、rtmps:// 或 srt:// 开头，而不是 %1://。</translation>
    </message>
    <message>
        <source>The address has parameters but no stream key.</source>
        <translation>地址带有参数，但没有推流码。</translation>
    </message>
    <message>
        <source>The server address must not contain &quot;?&quot; parameters; they belong to the stream key.</source>
        <translation>服务器地址中不能包含“?”参数，参数属于推流码。</translation>
    </message>
    <message>
        <source>The push address has no application path (such as /live/).</source>
        <translation>推流地址缺少应用路径（例如 /live/）。</translation>
    </message>
    <message>
        <source>Enter the stream key (or paste the whole push URL).</source>
        <translation>请填写推流码（或粘贴完整的推流地址）。</translation>
    </message>
    <message>
        <source>An SRT passphrase has 10 to 79 characters.</source>
        <translation>SRT 密码需要 10 到 79 个字符。</translation>
    </message>
</context>
<context>
    <name>lj::push::RelayConfig</name>
    <message>
        <source>This file holds the stream key of every platform in plain text. Copy it to the base&apos;s server only (readable by the server alone), delete every other copy, and keep the server&apos;s statistics page closed to the internet: it shows the addresses it pushes to.</source>
        <translation>此文件以明文保存所有平台的推流码。请只复制到基地的服务器上（仅服务器本身可读），删除其他所有副本，并且不要让服务器的统计页面暴露在互联网上：它会显示转推地址。</translation>
    </message>
    <message>
        <source>The relay&apos;s statistics page cannot be read: %1</source>
        <translation>无法读取中转服务器的统计页面：%1</translation>
    </message>
    <message>
        <source>The relay&apos;s API answer cannot be read.</source>
        <translation>无法读取中转服务器接口的应答。</translation>
    </message>
</context>
<context>
    <name>lj::push::RelayDialog</name>
    <message>
        <source>Save for the server</source>
        <translation>保存给服务器</translation>
    </message>
    <message>
        <source>Relay through the base</source>
        <translation>基地中转</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Save the relay configuration</source>
        <translation>保存中转配置</translation>
    </message>
    <message>
        <source>The studio pushes one stream to the base&apos;s server, and the server sends it on to every other platform of this room: the uplink carries one stream however many platforms there are. Give this configuration to the base&apos;s technician.</source>
        <translation>工作室只推一路流到基地的服务器，由服务器转推到本直播间的其他所有平台：不论有多少平台，上行网络只传一路流。请把这份配置交给基地技术人员。</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Saved to %1, readable by you only. It holds the stream keys: copy it to the base&apos;s server and delete this copy.</source>
        <translation>已保存到 %1，仅你本人可读。文件包含推流码：复制到基地服务器后请删除此副本。</translation>
    </message>
</context>
<context>
    <name>lj::push::RelayWatch</name>
    <message>
        <source>The base relay&apos;s statistics cannot be fetched: %1</source>
        <translation>无法获取基地中转服务器的统计数据：%1</translation>
    </message>
</context>
<context>
    <name>lj::push::TargetDialog</name>
    <message>
        <source>Show key</source>
        <translation>显示推流码</translation>
    </message>
    <message>
        <source>Encode separately for this platform</source>
        <translation>为此平台单独编码</translation>
    </message>
    <message>
        <source>Add push target</source>
        <translation>添加推流目标</translation>
    </message>
    <message>
        <source>Edit push target</source>
        <translation>编辑推流目标</translation>
    </message>
    <message>
        <source>Saved in the system keychain; leave empty to keep it</source>
        <translation>已保存在系统钥匙串中；留空则保持不变</translation>
    </message>
    <message>
        <source>Stream key (推流码)</source>
        <translation>推流码</translation>
    </message>
    <message>
        <source> kbps</source>
        <translation> kbps</translation>
    </message>
    <message>
        <source>Room&apos;s bitrate</source>
        <translation>使用直播间码率</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>平台：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Stream key:</source>
        <translation>推流码：</translation>
    </message>
    <message>
        <source>Video bitrate:</source>
        <translation>视频码率：</translation>
    </message>
    <message>
        <source>Reconnect after:</source>
        <translation>重连间隔：</translation>
    </message>
    <message>
        <source>Give up after tries:</source>
        <translation>最多重试次数：</translation>
    </message>
    <message>
        <source>⚠ This push URL expired at %1. Get a new one before going live.</source>
        <translation>⚠ 此推流地址已于 %1 过期。开播前请获取新的地址。</translation>
    </message>
    <message>
        <source>This push URL is valid until %1.</source>
        <translation>此推流地址有效期至 %1。</translation>
    </message>
    <message>
        <source>Give the target a name.</source>
        <translation>请为推流目标命名。</translation>
    </message>
    <message>
        <source>Classroom address: used only in rehearsals (彩排), never in a public show</source>
        <translation>课堂地址：只在彩排时使用，公开直播时从不使用</translation>
    </message>
    <message>
        <source>Main platform: on a weak network the others pause first</source>
        <translation>主平台：网络不足时先暂停其他平台，保住主平台</translation>
    </message>
    <message>
        <source>http://server:8080/stat (nginx-rtmp) or http://server:1985/api/v1/streams (SRS)</source>
        <translation>http://服务器:8080/stat（nginx-rtmp）或 http://服务器:1985/api/v1/streams（SRS）</translation>
    </message>
    <message>
        <source>Relay server:</source>
        <translation>中转服务器：</translation>
    </message>
    <message>
        <source>Relay statistics:</source>
        <translation>中转统计地址：</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>The server&apos;s default</source>
        <translation>服务器默认值</translation>
    </message>
    <message>
        <source>How long the receiver waits for lost packets: on a shaky 4G link, 500 to 2000 ms keeps the picture whole.</source>
        <translation>接收端等待丢失数据包的时间：4G 网络不稳定时，设为 500 到 2000 毫秒可保持画面完整。</translation>
    </message>
    <message>
        <source>Only if the server asks for one (10 to 79 characters)</source>
        <translation>仅在服务器要求时填写（10 到 79 个字符）</translation>
    </message>
    <message>
        <source>SRT latency:</source>
        <translation>SRT 延迟：</translation>
    </message>
    <message>
        <source>SRT passphrase:</source>
        <translation>SRT 密码：</translation>
    </message>
    <message>
        <source>Landscape 16:9 (computers, TV)</source>
        <translation>横屏 16:9（电脑、电视）</translation>
    </message>
    <message>
        <source>Portrait 9:16 (phones: 抖音, 快手, 视频号)</source>
        <translation>竖屏 9:16（手机：抖音、快手、视频号）</translation>
    </message>
    <message>
        <source>The portrait canvas has its own scene: the same camera and products, laid out for a phone.</source>
        <translation>竖屏画布有自己的场景：同样的镜头和商品，按手机画面排布。</translation>
    </message>
    <message>
        <source>Canvas:</source>
        <translation>画布：</translation>
    </message>
</context>
<context>
    <name>lj::push::TargetFile</name>
    <message>
        <source>This is not a push targets file.</source>
        <translation>这不是推流目标文件。</translation>
    </message>
    <message>
        <source>This push targets file was written by a newer version of the studio.</source>
        <translation>此推流目标文件由更新版本的工作室生成。</translation>
    </message>
    <message>
        <source>The push targets file has no list of targets.</source>
        <translation>推流目标文件中没有目标列表。</translation>
    </message>
    <message>
        <source>Target %1 in the file has no name.</source>
        <translation>文件中第 %1 个目标没有名称。</translation>
    </message>
</context>
<context>
    <name>lj::push::TargetsModel</name>
    <message>
        <source>Idle</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>直播中</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>重连中</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1 / %2 kbps</source>
        <translation>%1 / %2 kbps</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>推流目标</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Live time</source>
        <translation>直播时长</translation>
    </message>
    <message>
        <source>Bitrate (1 s / 1 min)</source>
        <translation>码率（1 秒 / 1 分钟）</translation>
    </message>
    <message>
        <source>Dropped frames</source>
        <translation>丢帧</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>下次重试</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>%1 (classroom, rehearsals only)</source>
        <translation>%1（课堂，仅彩排）</translation>
    </message>
    <message>
        <source>Paused: the network is too weak</source>
        <translation>网络不足，已暂停</translation>
    </message>
    <message>
        <source>%1 (main platform)</source>
        <translation>%1（主平台）</translation>
    </message>
    <message>
        <source>%1 kbps</source>
        <translation>%1 kbps</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>编码码率</translation>
    </message>
    <message>
        <source>%1 · portrait 9:16</source>
        <translation>%1 · 竖屏 9:16</translation>
    </message>
</context>
</TS>
