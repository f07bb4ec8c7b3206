<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>lj</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2 at byte %3)</source>
        <translation>%1 已损坏（第 %3 字节处：%2）</translation>
    </message>
    <message>
        <source>Cannot make %1 private: %2</source>
        <translation>无法把 %1 设为仅本人可读：%2</translation>
    </message>
</context>
<context>
    <name>lj::Chapters</name>
    <message>
        <source>Opening</source>
        <translation>开场</translation>
    </message>
</context>
<context>
    <name>lj::CommandLine</name>
    <message>
        <source>Longjiang Live Studio: go live on several platforms at once, with your products on screen.</source>
        <translation>龙江直播工作室：一键同时在多个平台开播，商品直接显示在画面上。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示本帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本号并退出。</translation>
    </message>
    <message>
        <source>Open the studio room NAME (created if it does not exist).</source>
        <translation>打开名为 NAME 的直播间（不存在则新建）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Keep all settings and rooms in a &quot;config&quot; folder beside the program.</source>
        <translation>把所有设置和直播间保存在程序旁的“config”文件夹中（便携模式）。</translation>
    </message>
    <message>
        <source>Run the room&apos;s scenes without a window (needs an X display such as Xvfb).</source>
        <translation>不打开窗口运行直播间场景（需要 X 显示，例如 Xvfb）。</translation>
    </message>
    <message>
        <source>Record the program output to PATH (.mp4 or .mkv).</source>
        <translation>把节目输出录制到 PATH（.mp4 或 .mkv）。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Stop after SECONDS and exit.</source>
        <translation>运行 SECONDS 秒后停止并退出。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>无法识别的参数：%1</translation>
    </message>
    <message>
        <source>--duration needs a whole number of seconds between 1 and 86400.</source>
        <translation>--duration 需要 1 到 86400 之间的整数秒。</translation>
    </message>
    <message>
        <source>--record needs a file name ending in .mp4 or .mkv.</source>
        <translation>--record 需要以 .mp4 或 .mkv 结尾的文件名。</translation>
    </message>
    <message>
        <source>Start pushing to every enabled platform of the room; the exit status says whether all of them went live.</source>
        <translation>开始向直播间所有启用的平台推流；退出码表示是否全部开播成功。</translation>
    </message>
    <message>
        <source>Check the room before going live (keys, push addresses, network, camera, microphone, disk, rundown), print one line per check and exit: 0 when nothing failed, 5 when something did. Runs without a window.</source>
        <translation>开播前检查直播间（推流码、推流地址、网络、摄像头、麦克风、磁盘、排品单），每项检查输出一行后退出：全部未失败时退出码为 0，有失败项时为 5。不打开窗口。</translation>
    </message>
    <message>
        <source>Make a room that does not exist yet from a template: studio (直播间), field (田间地头), factory (工厂车间 / 仓库) or classroom (课堂).</source>
        <translation>用模板新建一个还不存在的直播间：studio（直播间）、field（田间地头）、factory（工厂车间 / 仓库）或 classroom（课堂）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Write the coaching report (复盘报告) of a show from its RECORDING: products planned against explained, talk time, silences, loudness, orders. Needs --out. Runs without a window.</source>
        <translation>根据直播录像 RECORDING 生成复盘报告：商品计划与实际讲解时长、说话时长、冷场、响度、订单。需要 --out。不打开窗口。</translation>
    </message>
    <message>
        <source>RECORDING</source>
        <translation>录像</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>--report needs --out with a file name ending in .html, .pdf or .json.</source>
        <translation>--report 需要 --out，文件名以 .html、.pdf 或 .json 结尾。</translation>
    </message>
    <message>
        <source>--show needs the number of a show record.</source>
        <translation>--show 需要直播记录的编号。</translation>
    </message>
    <message>
        <source>Let controllers (obs-websocket 5: Companion, Stream Deck, the base console) steer this studio on 127.0.0.1 at PORT. The password comes from the keychain, or from LJ_REMOTE_PASSWORD when set.</source>
        <translation>允许控制器（obs-websocket 5：Companion、Stream Deck、基地控制台）通过 127.0.0.1 的 PORT 端口遥控本工作室。密码来自系统钥匙串，设置了 LJ_REMOTE_PASSWORD 时用它。</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>--remote-control needs a port number between 1 and 65535.</source>
        <translation>--remote-control 需要 1 到 65535 之间的端口号。</translation>
    </message>
    <message>
        <source>With --go-live: the share of its frames a platform may drop (default 10). Each platform&apos;s share and final bitrate are printed at the end; one above it makes the exit status 4.</source>
        <translation>与 --go-live 一起使用：每个平台允许丢帧的比例（默认 10）。结束时打印每个平台的丢帧比例和最终码率；超过该比例则退出码为 4。</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>--max-dropped needs --go-live and a percentage between 0 and 100.</source>
        <translation>--max-dropped 需要与 --go-live 一起使用，并给出 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <source>Cut a show&apos;s RECORDING into one clip per product explained (直播切片), named with order, product and length, into the folder --out names. Fast cuts copy from the keyframe before each explanation. Runs without a window.</source>
        <translation>把一场直播的录像 RECORDING 按讲解过的商品切成直播切片，每个商品一段，文件名含顺序、商品和时长，存入 --out 指定的文件夹。快速切片从每段讲解前的关键帧开始直接复制。不打开窗口运行。</translation>
    </message>
    <message>
        <source>With --clips: 9:16 portrait clips (the centre of a landscape recording, the product card kept on screen).</source>
        <translation>与 --clips 一起用：切成 9:16 竖屏切片（取横屏录像的中间部分，商品卡片保留在画面上）。</translation>
    </message>
    <message>
        <source>With --clips: re-encode, so each clip starts and ends on its explanation&apos;s frame.</source>
        <translation>与 --clips 一起用：重新编码，使每段切片正好在讲解开始和结束的那一帧起止。</translation>
    </message>
    <message>
        <source>With --report or --clips: the show record the recording belongs to (by default, the show that ran while it was recorded).</source>
        <translation>与 --report 或 --clips 一起用：录像所属的直播记录（默认为录制期间进行的那场直播）。</translation>
    </message>
    <message>
        <source>With --report: the report&apos;s file; .html, .pdf or .json by its name. With --clips: the folder the clips go to.</source>
        <translation>与 --report 一起用：报告文件，按扩展名输出 .html、.pdf 或 .json。与 --clips 一起用：存放切片的文件夹。</translation>
    </message>
    <message>
        <source>--portrait and --exact go with --clips.</source>
        <translation>--portrait 和 --exact 需与 --clips 一起使用。</translation>
    </message>
    <message>
        <source>--report and --clips cannot be asked for at once.</source>
        <translation>--report 和 --clips 不能同时使用。</translation>
    </message>
    <message>
        <source>--clips needs --out with the folder the clips go to.</source>
        <translation>--clips 需要用 --out 指定存放切片的文件夹。</translation>
    </message>
    <message>
        <source>--show and --out go with --report or --clips.</source>
        <translation>--show 和 --out 需与 --report 或 --clips 一起使用。</translation>
    </message>
</context>
<context>
    <name>lj::DemoRoom</name>
    <message>
        <source>Live Room</source>
        <translation>直播间</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Product clip</source>
        <translation>商品视频</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>lj::EncoderPair</name>
    <message>
        <source>The H.264/AAC encoders could not be created. Reinstall the obs-studio package.</source>
        <translation>无法创建 H.264/AAC 编码器。请重新安装 obs-studio 软件包。</translation>
    </message>
</context>
<context>
    <name>lj::FiltersPanel</name>
    <message>
        <source>Applied from the top down. Untick a filter to switch it off; select it to change its settings.</source>
        <translation>从上往下依次生效。取消勾选即可关闭滤镜；选中它可调整设置。</translation>
    </message>
    <message>
        <source>Remove filter</source>
        <translation>删除滤镜</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy this source&apos;s filters</source>
        <translation>复制此来源的滤镜</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Put copies of the copied filters on this source</source>
        <translation>把复制的滤镜粘贴到此来源</translation>
    </message>
    <message>
        <source>Add filter</source>
        <translation>添加滤镜</translation>
    </message>
    <message>
        <source>The filter type &quot;%1&quot; is not available here; it is kept as it was.</source>
        <translation>此处没有滤镜类型“%1”；它按原样保留。</translation>
    </message>
    <message>
        <source>The filter &quot;%1&quot; could not be created.</source>
        <translation>无法创建滤镜“%1”。</translation>
    </message>
</context>
<context>
    <name>lj::GeneralPage</name>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source>A new language takes effect when the studio starts again.</source>
        <translation>新的界面语言在工作室重新启动后生效。</translation>
    </message>
</context>
<context>
    <name>lj::GoLive</name>
    <message>
        <source>The backup recording could not start: %1. The show goes on without it.</source>
        <translation>备份录制无法开始：%1。直播将继续进行，但没有备份录制。</translation>
    </message>
    <message>
        <source>%1 The live show goes on.</source>
        <translation>%1 直播继续。</translation>
    </message>
</context>
<context>
    <name>lj::HeadlessRunner</name>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Recording room &quot;%1&quot; to %2</source>
        <translation>正在把直播间“%1”录制到 %2</translation>
    </message>
    <message>
        <source>Room &quot;%1&quot; is running without a window. Press Ctrl+C to stop.</source>
        <translation>直播间“%1”正在无窗口运行。按 Ctrl+C 停止。</translation>
    </message>
    <message>
        <source>Cannot go live: no push plugin is loaded (see Settings → Plugins).</source>
        <translation>无法开播：没有加载推流插件（见 设置 → 插件）。</translation>
    </message>
    <message>
        <source>Not every platform went live.</source>
        <translation>并非所有平台都开播成功。</translation>
    </message>
    <message>
        <source>Live on every platform.</source>
        <translation>所有平台均已开播。</translation>
    </message>
    <message>
        <source>Ready to go live.</source>
        <translation>可以开播。</translation>
    </message>
    <message>
        <source>Not ready to go live: fix what failed first.</source>
        <translation>还不能开播：请先解决失败的检查项。</translation>
    </message>
    <message>
        <source>The live show goes on without the recording.</source>
        <translation>直播继续，但不再录制。</translation>
    </message>
    <message>
        <source>No report can be written: the coaching plugin is not loaded.</source>
        <translation>无法生成报告：复盘插件未加载。</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <source>The network carries the show at full quality again.</source>
        <translation>网络已恢复，直播画质已恢复正常。</translation>
    </message>
    <message>
        <source>%1: dropped %2% of its frames (%3 of %4), video bitrate at the end %5 kbps</source>
        <translation>%1：丢帧 %2%（%4 帧中丢 %3 帧），结束时视频码率 %5 kbps</translation>
    </message>
    <message>
        <source>%1 dropped more than %2% of its frames: the network could not carry it.</source>
        <translation>%1 丢帧超过 %2%：网络带宽不足。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No clips can be cut: the coaching plugin is not loaded.</source>
        <translation>无法切片：复盘插件未加载。</translation>
    </message>
</context>
<context>
    <name>lj::HostBar</name>
    <message>
        <source>live</source>
        <translation>直播中</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>重连中</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>off air</source>
        <translation>未开播</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>开播检查</translation>
    </message>
    <message>
        <source>Go live anyway</source>
        <translation>仍然开播</translation>
    </message>
    <message>
        <source>Fix it</source>
        <translation>去解决</translation>
    </message>
    <message>
        <source>Check keys, push addresses, network, camera, microphone, disk and rundown without going live.</source>
        <translation>检查推流码、推流地址、网络、摄像头、麦克风、磁盘和排品单，但不开播。</translation>
    </message>
    <message>
        <source>Go live</source>
        <translation>开播</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>检查中…</translation>
    </message>
    <message>
        <source>End show %1</source>
        <translation>下播 %1</translation>
    </message>
    <message>
        <source>Ending…</source>
        <translation>正在下播…</translation>
    </message>
    <message>
        <source>No platform yet: add one in the guide or the Live Push panel.</source>
        <translation>还没有直播平台：请在开播向导或“多平台推流”面板中添加。</translation>
    </message>
    <message>
        <source>Every check passed: ready to go live.</source>
        <translation>所有检查均已通过：可以开播。</translation>
    </message>
    <message>
        <source>Not ready to go live:</source>
        <translation>还不能开播：</translation>
    </message>
    <message>
        <source>Ready, with warnings:</source>
        <translation>可以开播，但有提醒：</translation>
    </message>
    <message>
        <source>Live, but not everywhere:</source>
        <translation>已开播，但并非所有平台都成功：</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>彩排</translation>
    </message>
    <message>
        <source>Rehearsal (彩排): nothing goes to public platforms (only to a classroom address, if one is set), orders are made up, and the rehearsal is recorded for its coaching report.</source>
        <translation>彩排：不推流到任何公开平台（只推到课堂地址，如已设置），订单为模拟订单，彩排会录制下来用于复盘报告。</translation>
    </message>
    <message>
        <source>Start rehearsal</source>
        <translation>开始彩排</translation>
    </message>
    <message>
        <source>End rehearsal %1</source>
        <translation>结束彩排 %1</translation>
    </message>
    <message>
        <source>paused: weak network</source>
        <translation>网络不足，已暂停</translation>
    </message>
</context>
<context>
    <name>lj::HotkeyEdit</name>
    <message>
        <source>Press keys…</source>
        <translation>请按下按键…</translation>
    </message>
</context>
<context>
    <name>lj::HotkeysPage</name>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Click a key field and press the keys. Hotkeys work even while the studio window is in the background. They are saved with the room.</source>
        <translation>点击按键栏后按下按键。即使工作室窗口在后台，快捷键也有效。快捷键随直播间一起保存。</translation>
    </message>
</context>
<context>
    <name>lj::LookPresets</name>
    <message>
        <source>Noise suppression</source>
        <translation>降噪</translation>
    </message>
    <message>
        <source>Compressor</source>
        <translation>压缩器</translation>
    </message>
    <message>
        <source>Loudness</source>
        <translation>响度均衡</translation>
    </message>
    <message>
        <source>Limiter</source>
        <translation>限幅器</translation>
    </message>
    <message>
        <source>Beauty</source>
        <translation>美颜</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>色彩</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>裁剪</translation>
    </message>
    <message>
        <source>Green screen key</source>
        <translation>绿幕抠像</translation>
    </message>
    <message>
        <source>Daylight</source>
        <translation>日光</translation>
    </message>
    <message>
        <source>Wind cut</source>
        <translation>风噪衰减</translation>
    </message>
    <message>
        <source>Wind noise gate</source>
        <translation>风噪门</translation>
    </message>
    <message>
        <source>Left out, as this studio lacks their module: %1</source>
        <translation>缺少相应模块，未添加：%1</translation>
    </message>
    <message>
        <source>None of the preset&apos;s filters could be added: %1</source>
        <translation>预设中的滤镜都无法添加：%1</translation>
    </message>
    <message>
        <source>The background &quot;%1&quot; could not be added.</source>
        <translation>无法添加背景“%1”。</translation>
    </message>
    <message>
        <source>Green screen background</source>
        <translation>抠像背景</translation>
    </message>
    <message>
        <source>Indoor host (室内主播)</source>
        <translation>室内主播</translation>
    </message>
    <message>
        <source>美颜 (smoother, brighter skin) and a little more colour and contrast.</source>
        <translation>美颜（皮肤更细腻、更白皙），色彩和对比度略微增强。</translation>
    </message>
    <message>
        <source>Green screen (绿幕抠像)</source>
        <translation>绿幕抠像</translation>
    </message>
    <message>
        <source>The green cloth behind you becomes a picture or a video of your choice; green reflections on you are taken out.</source>
        <translation>身后的绿幕换成您选的图片或视频，并去除人身上反射的绿色。</translation>
    </message>
    <message>
        <source>Outdoors in the field (户外田间)</source>
        <translation>户外田间</translation>
    </message>
    <message>
        <source>Daylight: a little darker with more contrast. The microphone: wind rumble cut and shut out between words, the voice clear and even.</source>
        <translation>适合日光：画面稍暗、对比更强。麦克风：削减风声低频，说话间隙自动静音，人声清晰平稳。</translation>
    </message>
    <message>
        <source>Clear voice (人声清晰)</source>
        <translation>人声清晰</translation>
    </message>
    <message>
        <source>Background noise taken out, loud and soft parts evened, the voice brought to a steady loudness (%1 LUFS) and never clipped.</source>
        <translation>去除背景噪声，拉平忽大忽小的音量，人声保持稳定响度（%1 LUFS），不会爆音。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a preset for a camera.</source>
        <translation>“%1”不是摄像头预设。</translation>
    </message>
    <message>
        <source>No background was chosen: the room&apos;s own background shows where the green was.</source>
        <translation>未选择背景：绿幕处将显示直播间原有的背景。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a preset for a microphone.</source>
        <translation>“%1”不是麦克风预设。</translation>
    </message>
</context>
<context>
    <name>lj::LoudnessMeter</name>
    <message>
        <source>silent</source>
        <translation>无声</translation>
    </message>
    <message>
        <source>too quiet</source>
        <translation>太小声</translation>
    </message>
    <message>
        <source>good</source>
        <translation>正好</translation>
    </message>
    <message>
        <source>too loud</source>
        <translation>太大声</translation>
    </message>
    <message>
        <source>%1 LUFS · %2 (target %3)</source>
        <translation>%1 LUFS · %2（目标 %3）</translation>
    </message>
    <message>
        <source>Short-term loudness (EBU R 128, the last 3 seconds) against the target: a voice between %1 LU under and over it is good.</source>
        <translation>短期响度（EBU R 128，最近 3 秒）与目标的对比：高于或低于目标不超过 %1 LU 即为正好。</translation>
    </message>
</context>
<context>
    <name>lj::MainWindow</name>
    <message>
        <source>Scenes</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Audio Mixer</source>
        <translation>混音器</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>录制</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Rooms</source>
        <translation>直播间(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New room…</source>
        <translation>新建直播间(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Duplicate room…</source>
        <translation>复制直播间(&amp;D)…</translation>
    </message>
    <message>
        <source>Re&amp;name room…</source>
        <translation>重命名直播间(&amp;M)…</translation>
    </message>
    <message>
        <source>De&amp;lete room…</source>
        <translation>删除直播间(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Show current &amp;log</source>
        <translation>查看当前日志(&amp;L)</translation>
    </message>
    <message>
        <source>Open log &amp;folder</source>
        <translation>打开日志文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>&lt;b&gt;Longjiang Live Studio&lt;/b&gt; %1&lt;br&gt;Live e-commerce streaming studio, built on libobs %2 and Qt %3.</source>
        <translation>&lt;b&gt;龙江直播工作室&lt;/b&gt; %1&lt;br&gt;直播电商推流工作室，基于 libobs %2 与 Qt %3。</translation>
    </message>
    <message>
        <source>%1 — Room: %2</source>
        <translation>%1 — 直播间：%2</translation>
    </message>
    <message>
        <source>Room: %1  |  %2 fps  |  skipped frames: %3</source>
        <translation>直播间：%1  |  %2 帧/秒  |  跳帧：%3</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>新建直播间</translation>
    </message>
    <message>
        <source>Name of the new room:</source>
        <translation>新直播间名称：</translation>
    </message>
    <message>
        <source>Duplicate room</source>
        <translation>复制直播间</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>副本名称：</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 副本</translation>
    </message>
    <message>
        <source>Rename room</source>
        <translation>重命名直播间</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>This is the only room. Create another room before deleting it.</source>
        <translation>这是唯一的直播间。请先新建另一个直播间再删除它。</translation>
    </message>
    <message>
        <source>Delete room</source>
        <translation>删除直播间</translation>
    </message>
    <message>
        <source>Delete the room &quot;%1&quot; with all its scenes? This cannot be undone.</source>
        <translation>删除直播间“%1”及其全部场景？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Technician layout</source>
        <translation>专业模式</translation>
    </message>
    <message>
        <source>Host layout</source>
        <translation>主播模式</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>New room from &amp;template…</source>
        <translation>用模板新建直播间(&amp;T)…</translation>
    </message>
    <message>
        <source>REHEARSAL (彩排) — nothing goes to public platforms; orders are made up; it is recorded for the coaching report.</source>
        <translation>彩排中 — 不推流到公开平台；订单为模拟订单；录像用于复盘报告。</translation>
    </message>
    <message>
        <source>Canvas:</source>
        <translation>画布：</translation>
    </message>
    <message>
        <source>Landscape 16:9</source>
        <translation>横屏 16:9</translation>
    </message>
    <message>
        <source>Portrait 9:16</source>
        <translation>竖屏 9:16</translation>
    </message>
    <message>
        <source>The canvas 抖音, 快手 and 视频号 show on phones: the same sources placed for a tall frame, and sources of its own. Targets choose their canvas.</source>
        <translation>抖音、快手、视频号在手机上显示的画布：同样的来源按竖长画面摆放，也可以有它自己的来源。每个推流目标可选择自己的画布。</translation>
    </message>
    <message>
        <source>The portrait canvas, as the phone platforms receive it.</source>
        <translation>竖屏画布，即手机平台收到的画面。</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>滤镜</translation>
    </message>
</context>
<context>
    <name>lj::MixerPanel</name>
    <message>
        <source>No audio sources in this scene.</source>
        <translation>此场景中没有音频来源。</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <source>Volume of %1</source>
        <translation>%1 的音量</translation>
    </message>
</context>
<context>
    <name>lj::NetworkPreset</name>
    <message>
        <source>Studio broadband (720p, 30 fps, 2500 kbps)</source>
        <translation>直播间宽带（720p，30 帧，2500 kbps）</translation>
    </message>
    <message>
        <source>田间 4G: field or farm on a phone&apos;s 4G (720p, 30 fps, 1200 kbps)</source>
        <translation>田间 4G：在田间、果园用手机 4G 网络（720p，30 帧，1200 kbps）</translation>
    </message>
    <message>
        <source>弱网: weak network (540p, 25 fps, 800 kbps)</source>
        <translation>弱网：网络很差时（540p，25 帧，800 kbps）</translation>
    </message>
</context>
<context>
    <name>lj::ObsRuntime</name>
    <message>
        <source>The graphics driver does not support the OpenGL version libobs needs.</source>
        <translation>显卡驱动不支持 libobs 所需的 OpenGL 版本。</translation>
    </message>
    <message>
        <source>The video settings are invalid (canvas size or frame rate).</source>
        <translation>视频设置无效（画布尺寸或帧率有误）。</translation>
    </message>
    <message>
        <source>Video settings cannot change while recording or streaming.</source>
        <translation>录制或推流时不能更改视频设置。</translation>
    </message>
    <message>
        <source>The libobs OpenGL module is missing. Reinstall the obs-studio package.</source>
        <translation>缺少 libobs 的 OpenGL 模块。请重新安装 obs-studio 软件包。</translation>
    </message>
    <message>
        <source>libobs could not start its video pipeline (OpenGL/EGL failed). Check the log file for the driver&apos;s message.</source>
        <translation>libobs 无法启动视频管线（OpenGL/EGL 失败）。驱动的报错请查看日志文件。</translation>
    </message>
    <message>
        <source>No X display: DISPLAY is not set. Run the studio on a desktop, or headless with: xvfb-run -a longjiang-studio --headless</source>
        <translation>没有 X 显示：未设置 DISPLAY。请在桌面环境中运行，或用无窗口方式运行：xvfb-run -a longjiang-studio --headless</translation>
    </message>
    <message>
        <source>Cannot open the X display &quot;%1&quot;. Is the X server (or Xvfb) running?</source>
        <translation>无法打开 X 显示“%1”。X 服务器（或 Xvfb）是否在运行？</translation>
    </message>
    <message>
        <source>libobs failed to start. Check the log file for details.</source>
        <translation>libobs 启动失败。详情请查看日志文件。</translation>
    </message>
    <message>
        <source>libobs could not start its audio pipeline.</source>
        <translation>libobs 无法启动音频管线。</translation>
    </message>
    <message>
        <source>The libobs encoder modules (obs-x264, obs-ffmpeg) could not be loaded. Reinstall the obs-studio package.</source>
        <translation>无法加载 libobs 编码器模块（obs-x264、obs-ffmpeg）。请重新安装 obs-studio 软件包。</translation>
    </message>
</context>
<context>
    <name>lj::PluginContext</name>
    <message>
        <source>it offers the service &quot;%1&quot;, which plugin &quot;%2&quot; offers already</source>
        <translation>它提供的服务“%1”已由插件“%2”提供</translation>
    </message>
    <message>
        <source>it asked for the service &quot;%1&quot; before its dependencies were ready (ask in dependenciesReady())</source>
        <translation>它在依赖就绪之前就请求了服务“%1”（请在 dependenciesReady() 中请求）</translation>
    </message>
    <message>
        <source>it needs the service &quot;%1&quot;, which no loaded plugin offers</source>
        <translation>它需要服务“%1”，但没有已加载的插件提供该服务</translation>
    </message>
    <message>
        <source>it asked for the service &quot;%1&quot; of plugin &quot;%2&quot; without declaring &quot;%2&quot; in its dependencies</source>
        <translation>它请求了插件“%2”的服务“%1”，却没有在依赖中声明“%2”</translation>
    </message>
</context>
<context>
    <name>lj::PluginManager</name>
    <message>
        <source>it is not a Qt plugin, or its file is damaged</source>
        <translation>它不是 Qt 插件，或文件已损坏</translation>
    </message>
    <message>
        <source>it was built for another program or plugin interface version</source>
        <translation>它是为其他程序或其他插件接口版本构建的</translation>
    </message>
    <message>
        <source>it needs &quot;%1&quot;, which could not be loaded</source>
        <translation>它依赖的“%1”未能加载</translation>
    </message>
    <message>
        <source>it does not implement the studio plugin interface</source>
        <translation>它没有实现工作室插件接口</translation>
    </message>
    <message>
        <source>its library could not be loaded: %1</source>
        <translation>无法加载它的库文件：%1</translation>
    </message>
    <message>
        <source>it failed to start</source>
        <translation>它启动失败</translation>
    </message>
    <message>
        <source>Plugin &quot;%1&quot; was not loaded: %2</source>
        <translation>插件“%1”未加载：%2</translation>
    </message>
</context>
<context>
    <name>lj::PluginSpec</name>
    <message>
        <source>its metadata has no valid &quot;id&quot; (lowercase letters, digits, . _ -)</source>
        <translation>它的元数据缺少有效的“id”（小写字母、数字、. _ -）</translation>
    </message>
    <message>
        <source>its metadata has no valid &quot;version&quot; (such as &quot;1.2.0&quot;)</source>
        <translation>它的元数据缺少有效的“version”（例如“1.2.0”）</translation>
    </message>
    <message>
        <source>its &quot;dependencies&quot; is not a list</source>
        <translation>它的“dependencies”不是列表</translation>
    </message>
    <message>
        <source>a dependency has no &quot;id&quot;</source>
        <translation>有一个依赖项缺少“id”</translation>
    </message>
    <message>
        <source>it depends on itself</source>
        <translation>它依赖于自身</translation>
    </message>
    <message>
        <source>its dependencies form a cycle: %1</source>
        <translation>它的依赖形成了循环：%1</translation>
    </message>
    <message>
        <source>it needs the plugin &quot;%1&quot;, which is not installed</source>
        <translation>它需要插件“%1”，但该插件未安装</translation>
    </message>
    <message>
        <source>it needs &quot;%1&quot; %2 or newer, but %3 is installed</source>
        <translation>它需要“%1” %2 或更新版本，但已安装的是 %3</translation>
    </message>
    <message>
        <source>it needs &quot;%1&quot;, which is disabled</source>
        <translation>它需要的“%1”已被停用</translation>
    </message>
    <message>
        <source>it needs &quot;%1&quot;, which could not be loaded</source>
        <translation>它依赖的“%1”未能加载</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>已加载</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>its &quot;legacySecretsNamespace&quot; is not a valid name of its own</source>
        <translation>它的“legacySecretsNamespace”不是一个属于它自己的有效名称</translation>
    </message>
</context>
<context>
    <name>lj::PluginsPage</name>
    <message>
        <source>Plugin</source>
        <translation>插件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Turning a plugin on or off takes effect when the studio starts again.</source>
        <translation>启用或停用插件在工作室重新启动后生效。</translation>
    </message>
</context>
<context>
    <name>lj::PortraitCanvas</name>
    <message>
        <source>The portrait canvas needs the studio&apos;s video running.</source>
        <translation>竖屏画布需要直播间的视频正在运行。</translation>
    </message>
    <message>
        <source>The portrait scene could not be made.</source>
        <translation>无法创建竖屏场景。</translation>
    </message>
    <message>
        <source>libobs could not start the portrait canvas (%1×%2).</source>
        <translation>libobs 无法启动竖屏画布（%1×%2）。</translation>
    </message>
</context>
<context>
    <name>lj::Preflight</name>
    <message>
        <source>A check</source>
        <translation>某项检查</translation>
    </message>
    <message>
        <source>It did not answer within %1 seconds.</source>
        <translation>它在 %1 秒内没有响应。</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>lj::PreviewWidget</name>
    <message>
        <source>Program preview</source>
        <translation>节目预览</translation>
    </message>
</context>
<context>
    <name>lj::ProfileManager</name>
    <message>
        <source>A room needs a name.</source>
        <translation>直播间必须有名称。</translation>
    </message>
    <message>
        <source>A room name can have at most 64 characters.</source>
        <translation>直播间名称最多 64 个字符。</translation>
    </message>
    <message>
        <source>A room name cannot contain %1</source>
        <translation>直播间名称不能包含 %1</translation>
    </message>
    <message>
        <source>A room name cannot start with a dot.</source>
        <translation>直播间名称不能以点开头。</translation>
    </message>
    <message>
        <source>A room name cannot start or end with spaces.</source>
        <translation>直播间名称首尾不能有空格。</translation>
    </message>
    <message>
        <source>There is no room named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的直播间。</translation>
    </message>
    <message>
        <source>A room named &quot;%1&quot; already exists.</source>
        <translation>已存在名为“%1”的直播间。</translation>
    </message>
    <message>
        <source>Could not copy the room &quot;%1&quot;.</source>
        <translation>无法复制直播间“%1”。</translation>
    </message>
    <message>
        <source>Could not rename the room &quot;%1&quot;.</source>
        <translation>无法重命名直播间“%1”。</translation>
    </message>
    <message>
        <source>Could not delete the room &quot;%1&quot;.</source>
        <translation>无法删除直播间“%1”。</translation>
    </message>
</context>
<context>
    <name>lj::PropertyEditor</name>
    <message>
        <source>Select a source to edit its properties.</source>
        <translation>选择一个来源以编辑其属性。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose font…</source>
        <translation>选择字体…</translation>
    </message>
</context>
<context>
    <name>lj::RecordPanel</name>
    <message>
        <source>Stop recording</source>
        <translation>停止录制</translation>
    </message>
    <message>
        <source>Start recording</source>
        <translation>开始录制</translation>
    </message>
</context>
<context>
    <name>lj::Recorder</name>
    <message>
        <source>The encoder failed; the recording stopped.</source>
        <translation>编码器出错，录制已停止。</translation>
    </message>
    <message>
        <source>The recording stopped because of an error (code %1).</source>
        <translation>录制因错误而停止（代码 %1）。</translation>
    </message>
    <message>
        <source>The recording stopped: %1</source>
        <translation>录制已停止：%1</translation>
    </message>
    <message>
        <source>A recording is already running.</source>
        <translation>已经在录制中。</translation>
    </message>
    <message>
        <source>Cannot write to the folder %1.</source>
        <translation>无法写入文件夹 %1。</translation>
    </message>
    <message>
        <source>The recording output could not be created.</source>
        <translation>无法创建录制输出。</translation>
    </message>
    <message>
        <source>The recording could not start: %1</source>
        <translation>录制无法开始：%1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>The disk is full: the recording stopped. What was recorded until now is kept.</source>
        <translation>磁盘已满，录制已停止。已录下的内容会保留。</translation>
    </message>
    <message>
        <source>The disk of %1 has room for only about %2 more minutes of recording. Free some space, or the recording will stop.</source>
        <translation>%1 所在磁盘只够再录大约 %2 分钟。请清理空间，否则录制会停止。</translation>
    </message>
    <message>
        <source>The recording stopped by itself; the file holds what was recorded until then.</source>
        <translation>录制意外停止；文件里保留了此前录下的内容。</translation>
    </message>
</context>
<context>
    <name>lj::RoomPage</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Recording folder</source>
        <translation>录像文件夹</translation>
    </message>
    <message>
        <source>MP4</source>
        <translation>MP4</translation>
    </message>
    <message>
        <source>MKV (survives a crash)</source>
        <translation>MKV（崩溃后文件仍可用）</translation>
    </message>
    <message>
        <source> kbps</source>
        <translation> kbps</translation>
    </message>
    <message>
        <source>Canvas size:</source>
        <translation>画布尺寸：</translation>
    </message>
    <message>
        <source>Output size:</source>
        <translation>输出尺寸：</translation>
    </message>
    <message>
        <source>Frames per second:</source>
        <translation>帧率：</translation>
    </message>
    <message>
        <source>Recording folder:</source>
        <translation>录像文件夹：</translation>
    </message>
    <message>
        <source>Recording format:</source>
        <translation>录像格式：</translation>
    </message>
    <message>
        <source>Video bitrate:</source>
        <translation>视频码率：</translation>
    </message>
    <message>
        <source>Audio bitrate:</source>
        <translation>音频码率：</translation>
    </message>
    <message>
        <source>Video encoder:</source>
        <translation>视频编码器：</translation>
    </message>
    <message>
        <source>Record every show while live (backup)</source>
        <translation>直播时自动备份录制整场直播</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>The language of the product cards and the sales ticker on the video: the audience&apos;s, whatever the language of this window.</source>
        <translation>视频画面上商品卡片和成交播报使用的语言：按观众的语言，与本窗口的界面语言无关。</translation>
    </message>
    <message>
        <source>Planned show length:</source>
        <translation>计划直播时长：</translation>
    </message>
    <message>
        <source>Language on the video:</source>
        <translation>画面文字语言：</translation>
    </message>
    <message>
        <source>My own settings (below)</source>
        <translation>自定义（见下方设置）</translation>
    </message>
    <message>
        <source>Pick the network this room goes live on: the output size, frame rate and bitrate follow.</source>
        <translation>选择本直播间开播时使用的网络：输出分辨率、帧率和码率会随之设置。</translation>
    </message>
    <message>
        <source>Adapt to the network automatically: lower the quality when the upload cannot carry it (recommended)</source>
        <translation>自动适应网络：上行带宽不足时自动降低画质（推荐）</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>网络：</translation>
    </message>
    <message>
        <source>1080×1920 (sharpest)</source>
        <translation>1080×1920（最清晰）</translation>
    </message>
    <message>
        <source>720×1280 (lighter on the computer and the network)</source>
        <translation>720×1280（电脑和网络负担更轻）</translation>
    </message>
    <message>
        <source>The portrait canvas of 抖音, 快手 and 视频号 targets. A new size applies the next time the canvas starts (after the platforms on it stop).</source>
        <translation>抖音、快手、视频号推流目标使用的竖屏画布。新尺寸在画布下次启动时生效（即其上的平台停止推流之后）。</translation>
    </message>
    <message>
        <source>Portrait canvas:</source>
        <translation>竖屏画布：</translation>
    </message>
</context>
<context>
    <name>lj::RoomTemplates</name>
    <message>
        <source>There is no room template &quot;%1&quot;.</source>
        <translation>没有名为“%1”的直播间模板。</translation>
    </message>
    <message>
        <source>Live Room</source>
        <translation>直播间</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>The template uses sources no loaded plugin offers: %1</source>
        <translation>模板用到了没有已加载插件提供的来源：%1</translation>
    </message>
</context>
<context>
    <name>lj::SceneCollection</name>
    <message>
        <source>A scene needs a name.</source>
        <translation>场景必须有名称。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is already used by a scene or source.</source>
        <translation>名称“%1”已被某个场景或来源使用。</translation>
    </message>
    <message>
        <source>The scene file has no sources list.</source>
        <translation>场景文件中没有来源列表。</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>竖屏</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>“%2”上的“%1”（%3）</translation>
    </message>
</context>
<context>
    <name>lj::ScenesPanel</name>
    <message>
        <source>Add scene</source>
        <translation>添加场景</translation>
    </message>
    <message>
        <source>Remove scene</source>
        <translation>删除场景</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>A room needs at least one scene.</source>
        <translation>直播间至少需要一个场景。</translation>
    </message>
</context>
<context>
    <name>lj::SecretStore</name>
    <message>
        <source>No saved key was found in the system keychain.</source>
        <translation>系统钥匙串中没有找到已保存的密钥。</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock it and try again.</source>
        <translation>系统钥匙串拒绝访问。请解锁后重试。</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Keys cannot be saved; you will be asked for them each time.</source>
        <translation>没有可用的系统钥匙串（%1）。密钥无法保存，每次使用时都会请您输入。</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>系统钥匙串出错：%1</translation>
    </message>
</context>
<context>
    <name>lj::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>直播间</translation>
    </message>
    <message>
        <source>Hotkeys</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Plugins</source>
        <translation>插件</translation>
    </message>
</context>
<context>
    <name>lj::SourcesPanel</name>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>可见</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>删除来源</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>添加来源</translation>
    </message>
    <message>
        <source>A source needs a name.</source>
        <translation>来源必须有名称。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is already used.</source>
        <translation>名称“%1”已被使用。</translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; could not be created.</source>
        <translation>无法创建来源“%1”。</translation>
    </message>
</context>
<context>
    <name>lj::Studio</name>
    <message>
        <source>Demo Room</source>
        <translation>演示直播间</translation>
    </message>
    <message>
        <source>The scenes of room &quot;%1&quot; could not be read (%2). The file was kept as %3 and the demo scene was opened instead.</source>
        <translation>无法读取直播间“%1”的场景（%2）。原文件已保留为 %3，已改为打开演示场景。</translation>
    </message>
    <message>
        <source>no scenes in it</source>
        <translation>其中没有场景</translation>
    </message>
    <message>
        <source>Stop the recording before switching rooms.</source>
        <translation>请先停止录制再切换直播间。</translation>
    </message>
    <message>
        <source>There is no room named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的直播间。</translation>
    </message>
    <message>
        <source>The room &quot;%1&quot; is already open in another studio (process %2). Close it there, or open another room.</source>
        <translation>直播间“%1”已在另一个工作室进程中打开（进程 %2）。请先在那里关闭，或打开其他直播间。</translation>
    </message>
    <message>
        <source>%1 needs a module this studio does not have. It is kept in the room as it was, and works again where the module is installed.</source>
        <translation>%1 需要本工作室没有的模块。它按原样保留在直播间中，在装有该模块的电脑上可以继续使用。</translation>
    </message>
</context>
<context>
    <name>lj::StudioChecks</name>
    <message>
        <source>Disk space</source>
        <translation>磁盘空间</translation>
    </message>
    <message>
        <source>No backup recording is made in this room.</source>
        <translation>此直播间不做备份录制。</translation>
    </message>
    <message>
        <source>The recording folder %1 cannot be used.</source>
        <translation>录制文件夹 %1 无法使用。</translation>
    </message>
    <message>
        <source>%1 free in %2; a %3-minute backup recording needs about %4.</source>
        <translation>%2 可用空间 %1；%3 分钟的备份录制约需 %4。</translation>
    </message>
    <message>
        <source>Not enough space: %1</source>
        <translation>空间不足：%1</translation>
    </message>
    <message>
        <source>Little space left: %1</source>
        <translation>剩余空间较少：%1</translation>
    </message>
    <message>
        <source>Computer speed</source>
        <translation>电脑性能</translation>
    </message>
    <message>
        <source>Not measured yet.</source>
        <translation>尚未测量。</translation>
    </message>
    <message>
        <source>No frame was lost in the last %1 s.</source>
        <translation>最近 %1 秒内没有丢帧。</translation>
    </message>
    <message>
        <source>The computer could not keep up: %1 frames late and %2 frames not encoded in the last %3 s. Close other programs, or lower the frame rate or the size in the room&apos;s settings.</source>
        <translation>电脑性能跟不上：最近 %3 秒内有 %1 帧渲染延迟、%2 帧未能编码。请关闭其他程序，或在直播间设置中降低帧率或分辨率。</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>&quot;%1&quot; delivers a picture.</source>
        <translation>“%1”画面正常。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; delivers no picture: is the camera plugged in and not used by another program?</source>
        <translation>“%1”没有画面：摄像头是否已插好，是否被其他程序占用？</translation>
    </message>
    <message>
        <source>No camera; the picture comes from %1.</source>
        <translation>没有摄像头；画面来自 %1。</translation>
    </message>
    <message>
        <source>The scene has no camera and no picture of its own: add a camera, a phone, a video or a picture.</source>
        <translation>场景中没有摄像头，也没有自己的画面：请添加摄像头、手机、视频或图片。</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is muted.</source>
        <translation>“%1”已静音。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; delivers no sound: is the microphone plugged in?</source>
        <translation>“%1”没有声音：麦克风是否已插好？</translation>
    </message>
    <message>
        <source>&quot;%1&quot; heard nothing in the last %2 s: say something, or check it is the right microphone.</source>
        <translation>“%1”最近 %2 秒没有收到声音：请说句话试试，或检查是否选对了麦克风。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; hears you.</source>
        <translation>“%1”收音正常。</translation>
    </message>
    <message>
        <source>The scene has no microphone: viewers will hear only the videos&apos; sound.</source>
        <translation>场景中没有麦克风：观众只能听到视频里的声音。</translation>
    </message>
</context>
<context>
    <name>lj::TemplateDialog</name>
    <message>
        <source>New room from template</source>
        <translation>用模板新建直播间</translation>
    </message>
    <message>
        <source>For example: 五常大米专场</source>
        <translation>例如：五常大米专场</translation>
    </message>
    <message>
        <source>Name of the new room:</source>
        <translation>新直播间名称：</translation>
    </message>
</context>
<context>
    <name>lj::console::ConsoleWindow</name>
    <message>
        <source>Longjiang Base Console</source>
        <translation>龙江直播基地控制台</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>直播间</translation>
    </message>
    <message>
        <source>Add room...</source>
        <translation>添加直播间…</translation>
    </message>
    <message>
        <source>Go live in every room</source>
        <translation>全部直播间开播</translation>
    </message>
    <message>
        <source>Stop every room</source>
        <translation>全部直播间下播</translation>
    </message>
    <message>
        <source>Back online.</source>
        <translation>已重新上线。</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>已恢复：%1</translation>
    </message>
    <message>
        <source>%1 rooms: %2 online, %3 live, %4 with alerts</source>
        <translation>共 %1 个直播间：%2 个在线，%3 个直播中，%4 个有告警</translation>
    </message>
    <message>
        <source>Go live now in %1 rooms (%2), on every platform each has enabled?</source>
        <translation>现在让 %1 个直播间（%2）在各自启用的所有平台开播吗？</translation>
    </message>
    <message>
        <source>End the show in %1 rooms (%2)? Viewers will see the stream end.</source>
        <translation>结束 %1 个直播间（%2）的直播吗？观众会看到直播结束。</translation>
    </message>
    <message>
        <source>End the show in %1? Viewers will see the stream end.</source>
        <translation>结束 %1 的直播吗？观众会看到直播结束。</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>%1号直播间</translation>
    </message>
    <message>
        <source>The room could not be added: %1</source>
        <translation>无法添加直播间：%1</translation>
    </message>
    <message>
        <source>The room could not be changed: %1</source>
        <translation>无法修改直播间：%1</translation>
    </message>
    <message>
        <source>Remove %1 from the console? The studio itself is not changed.</source>
        <translation>从控制台移除 %1 吗？工作室本身不会改变。</translation>
    </message>
    <message>
        <source>Send lesson...</source>
        <translation>下发课程…</translation>
    </message>
    <message>
        <source>Collect reports...</source>
        <translation>收取复盘报告…</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rooms.</source>
        <translation>%1：%3 个直播间中 %2 个完成。</translation>
    </message>
    <message>
        <source>Lesson sent</source>
        <translation>课程下发</translation>
    </message>
    <message>
        <source>Its rundown could not be read: %1</source>
        <translation>无法读取它的排品单：%1</translation>
    </message>
    <message>
        <source>The rundown was not taken: %1</source>
        <translation>排品单未被接收：%1</translation>
    </message>
    <message>
        <source>The order pace was not taken: %1</source>
        <translation>模拟订单节奏未被接收：%1</translation>
    </message>
    <message>
        <source>Reports collected</source>
        <translation>复盘报告收取</translation>
    </message>
    <message>
        <source>No coaching report yet.</source>
        <translation>还没有复盘报告。</translation>
    </message>
    <message>
        <source>No report could be read: %1</source>
        <translation>无法读取报告：%1</translation>
    </message>
    <message>
        <source>Send lesson</source>
        <translation>下发课程</translation>
    </message>
    <message>
        <source> orders / min</source>
        <translation> 单/分钟</translation>
    </message>
    <message>
        <source>each room&apos;s own</source>
        <translation>按各直播间自己的设置</translation>
    </message>
    <message>
        <source>Rundown of the room:</source>
        <translation>使用此直播间的排品单：</translation>
    </message>
    <message>
        <source>Made-up orders:</source>
        <translation>模拟订单：</translation>
    </message>
    <message>
        <source>Every other room gets this room&apos;s rundown (its products are added to the room&apos;s catalog) and the pace of made-up orders its rehearsal ticker shows.</source>
        <translation>其他所有直播间都会收到这个直播间的排品单（其中的商品会加入各直播间的商品库），以及彩排成交播报显示模拟订单的节奏。</translation>
    </message>
    <message>
        <source>No room is online.</source>
        <translation>没有在线的直播间。</translation>
    </message>
    <message>
        <source>Save the class&apos;s reports in</source>
        <translation>把全班的复盘报告保存到</translation>
    </message>
</context>
<context>
    <name>lj::console::ObsWsClient</name>
    <message>
        <source>Not connected to the room.</source>
        <translation>未连接到该直播间。</translation>
    </message>
    <message>
        <source>The connection to the room ended.</source>
        <translation>与该直播间的连接已断开。</translation>
    </message>
    <message>
        <source>The room did not answer.</source>
        <translation>该直播间没有应答。</translation>
    </message>
    <message>
        <source>The room did not answer in time.</source>
        <translation>该直播间未及时应答。</translation>
    </message>
</context>
<context>
    <name>lj::console::RoomAlerts</name>
    <message>
        <source>Wrong password: the room refused the console. Edit the room and enter its password.</source>
        <translation>密码错误：直播间拒绝了控制台。请编辑该直播间并输入正确密码。</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>离线：%1</translation>
    </message>
    <message>
        <source>%1 lost its connection and is reconnecting.</source>
        <translation>%1 连接中断，正在重连。</translation>
    </message>
    <message>
        <source>%1 lost its connection and is reconnecting: %2</source>
        <translation>%1 连接中断，正在重连：%2</translation>
    </message>
    <message>
        <source>%1 stopped: %2</source>
        <translation>%1 已停止：%2</translation>
    </message>
    <message>
        <source>%1 dropped %2% of its frames in the last %3 s: the network cannot carry it.</source>
        <translation>%1 在最近 %3 秒内丢了 %2% 的帧：网络带宽不够。</translation>
    </message>
    <message>
        <source>The studio PC cannot keep up: %1% of the frames were not encoded in the last %2 s.</source>
        <translation>工作室电脑性能跟不上：最近 %2 秒内有 %1% 的帧未能编码。</translation>
    </message>
    <message>
        <source>The microphone &quot;%1&quot; is muted while live.</source>
        <translation>直播中麦克风“%1”被静音了。</translation>
    </message>
    <message>
        <source>The microphone &quot;%1&quot; has heard nothing for %2 s while live.</source>
        <translation>直播中麦克风“%1”已有 %2 秒没有声音。</translation>
    </message>
    <message>
        <source>The disk is nearly full: about %1 minutes of recording left (%2 MB free).</source>
        <translation>磁盘快满了：大约只能再录制 %1 分钟（剩余 %2 MB）。</translation>
    </message>
    <message>
        <source>The microphone &quot;%1&quot; is too loud: its voice distorts. Turn its gain down.</source>
        <translation>麦克风“%1”音量过大，声音失真。请调低它的增益。</translation>
    </message>
    <message>
        <source>The microphone &quot;%1&quot; is too quiet (peaks at %2 dBFS): speak closer to it or raise its gain.</source>
        <translation>麦克风“%1”音量过小（峰值 %2 dBFS）：请靠近麦克风说话或调高增益。</translation>
    </message>
    <message>
        <source>%1 is paused: the room&apos;s network cannot carry every platform (it resumes by itself).</source>
        <translation>%1 已暂停：该直播间的网络带宽不足以同时推送所有平台（网络好转后自动恢复）。</translation>
    </message>
    <message>
        <source>%1: the room&apos;s network is weak; the studio lowered the quality to %2 kbps (set: %3 kbps).</source>
        <translation>%1：该直播间网络较弱，工作室已自动把码率降到 %2 kbps（设定 %3 kbps）。</translation>
    </message>
</context>
<context>
    <name>lj::console::RoomDialog</name>
    <message>
        <source>Add a room</source>
        <translation>添加直播间</translation>
    </message>
    <message>
        <source>Edit room %1</source>
        <translation>编辑直播间 %1</translation>
    </message>
    <message>
        <source>e.g. Room 1</source>
        <translation>例如：1号直播间</translation>
    </message>
    <message>
        <source>As the studio showed it</source>
        <translation>填写工作室显示的密码</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>不修改</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Studio address</source>
        <translation>工作室地址</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>The studio shows its address, port and password once, when remote control is turned on in its settings.</source>
        <translation>在工作室设置中开启遥控时，工作室会显示一次它的地址、端口和密码。</translation>
    </message>
    <message>
        <source>Give the room a name.</source>
        <translation>请给直播间起个名字。</translation>
    </message>
    <message>
        <source>Enter the studio&apos;s address, e.g. 192.168.1.21.</source>
        <translation>请输入工作室的地址，例如 192.168.1.21。</translation>
    </message>
    <message>
        <source>Enter the room&apos;s remote-control password.</source>
        <translation>请输入该直播间的遥控密码。</translation>
    </message>
</context>
<context>
    <name>lj::console::RoomLink</name>
    <message>
        <source>Connecting...</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <source>the connection was lost (studio closed, or the network is down)</source>
        <translation>连接中断（工作室已关闭，或网络断开）</translation>
    </message>
    <message>
        <source>the studio refused the connection: %1</source>
        <translation>工作室拒绝了连接：%1</translation>
    </message>
    <message>
        <source>no studio answers at %1:%2</source>
        <translation>%1:%2 上没有工作室应答</translation>
    </message>
    <message>
        <source>The studio is closing.</source>
        <translation>工作室正在关闭。</translation>
    </message>
    <message>
        <source>%1 in %2 did not work: %3</source>
        <translation>%2 的“%1”操作没有成功：%3</translation>
    </message>
    <message>
        <source>Going live</source>
        <translation>开播</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>下播</translation>
    </message>
    <message>
        <source>Next product</source>
        <translation>下一个商品</translation>
    </message>
    <message>
        <source>Previous product</source>
        <translation>上一个商品</translation>
    </message>
    <message>
        <source>Switching the scene</source>
        <translation>切换场景</translation>
    </message>
    <message>
        <source>%1 has no microphone on air.</source>
        <translation>%1 当前场景没有麦克风。</translation>
    </message>
    <message>
        <source>Muting the microphone</source>
        <translation>麦克风静音</translation>
    </message>
</context>
<context>
    <name>lj::console::RoomStore</name>
    <message>
        <source>The saved list of rooms could not be read (%1); it was kept as %2.</source>
        <translation>无法读取已保存的直播间列表（%1）；原文件已保留为 %2。</translation>
    </message>
</context>
<context>
    <name>lj::console::RoomTile</name>
    <message>
        <source>Edit room...</source>
        <translation>编辑直播间…</translation>
    </message>
    <message>
        <source>Previous product</source>
        <translation>上一个商品</translation>
    </message>
    <message>
        <source>Remove from the console</source>
        <translation>从控制台移除</translation>
    </message>
    <message>
        <source>Next product</source>
        <translation>下一个商品</translation>
    </message>
    <message>
        <source>The scene on air</source>
        <translation>正在播出的场景</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>彩排</translation>
    </message>
    <message>
        <source>Live %1</source>
        <translation>直播中 %1</translation>
    </message>
    <message>
        <source>Not live</source>
        <translation>未开播</translation>
    </message>
    <message>
        <source>Waiting for the picture...</source>
        <translation>正在等待画面…</translation>
    </message>
    <message>
        <source>%1 kbps</source>
        <translation>%1 kbps</translation>
    </message>
    <message>
        <source>CPU %1%</source>
        <translation>CPU %1%</translation>
    </message>
    <message>
        <source>Disk %1 (%2 h)</source>
        <translation>磁盘 %1（可录 %2 小时）</translation>
    </message>
    <message>
        <source>Explaining: %1 (%2/%3)</source>
        <translation>讲解中：%1（%2/%3）</translation>
    </message>
    <message>
        <source>No product on screen</source>
        <translation>画面上没有商品</translation>
    </message>
    <message>
        <source>Today: %1 orders, %2</source>
        <translation>今日：%1 单，%2</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>下播</translation>
    </message>
    <message>
        <source>Go live</source>
        <translation>开播</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>取消静音</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <source>Dropped frames: %1 of %2</source>
        <translation>丢帧：%2 帧中丢了 %1 帧</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Longjiang Live Studio</source>
        <translation>龙江直播工作室</translation>
    </message>
    <message>
        <source>Run longjiang-studio --help for the options.</source>
        <translation>运行 longjiang-studio --help 查看可用选项。</translation>
    </message>
    <message>
        <source>No display found (DISPLAY is not set), so no window can open.
Over SSH, use &quot;ssh -X&quot; for a window, or run without one:
  xvfb-run -a longjiang-studio --headless --record demo.mp4 --duration 10</source>
        <translation>没有找到显示器（未设置 DISPLAY），无法打开窗口。
通过 SSH 使用时，可用“ssh -X”显示窗口，或以无窗口方式运行：
  xvfb-run -a longjiang-studio --headless --record demo.mp4 --duration 10</translation>
    </message>
    <message>
        <source>--record is only for --headless runs.</source>
        <translation>--record 只能与 --headless 一起使用。</translation>
    </message>
    <message>
        <source>Cannot open a log file: %1</source>
        <translation>无法打开日志文件：%1</translation>
    </message>
    <message>
        <source>The studio cannot start: %1</source>
        <translation>工作室无法启动：%1</translation>
    </message>
    <message>
        <source>Remote control could not start (see above).</source>
        <translation>遥控无法启动（原因见上）。</translation>
    </message>
    <message>
        <source>Longjiang Base Console</source>
        <translation>龙江直播基地控制台</translation>
    </message>
</context>
</TS>
