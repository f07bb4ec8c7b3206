<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>lj::looks::BeautyFilter</name>
    <message>
        <source>Beauty (美颜)</source>
        <translation>美颜</translation>
    </message>
    <message>
        <source>Smooth skin (磨皮)</source>
        <translation>磨皮</translation>
    </message>
    <message>
        <source>Brighten skin (美白)</source>
        <translation>美白</translation>
    </message>
    <message>
        <source>Rosy tint (红润)</source>
        <translation>红润</translation>
    </message>
    <message>
        <source>Sharpen details (锐化)</source>
        <translation>锐化</translation>
    </message>
    <message>
        <source>Compare: the left half as it was</source>
        <translation>对比：左半边保持原样</translation>
    </message>
</context>
<context>
    <name>lj::looks::LooksDialog</name>
    <message>
        <source>Green screen</source>
        <translation>绿幕</translation>
    </message>
    <message>
        <source>Looks and voice (美颜与声音)</source>
        <translation>美颜与声音</translation>
    </message>
    <message>
        <source>Pick how you want to look and sound; the studio sets up the filters. You can fine-tune each one later in the Filters panel.</source>
        <translation>选择您想要的画面和声音效果，工作室会自动设置好滤镜。之后可在“滤镜”面板中逐项微调。</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>摄像头：</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>麦克风：</translation>
    </message>
    <message>
        <source>A picture or a video</source>
        <translation>图片或视频</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Background:</source>
        <translation>背景：</translation>
    </message>
    <message>
        <source>left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>top</source>
        <translation>上</translation>
    </message>
    <message>
        <source>right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>bottom</source>
        <translation>下</translation>
    </message>
    <message>
        <source>Cut off the edges:</source>
        <translation>裁掉边缘：</translation>
    </message>
    <message>
        <source>Choose a background</source>
        <translation>选择背景</translation>
    </message>
    <message>
        <source>Pictures and videos (*.png *.jpg *.jpeg *.bmp *.webp *.gif *.mp4 *.mkv *.mov *.webm *.flv)</source>
        <translation>图片和视频 (*.png *.jpg *.jpeg *.bmp *.webp *.gif *.mp4 *.mkv *.mov *.webm *.flv)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>%1 (now: %2)</source>
        <translation>%1（当前：%2）</translation>
    </message>
    <message>
        <source>This scene has no camera or picture to put the look on: add one in Sources first.</source>
        <translation>此场景没有可用的摄像头或图片：请先在“来源”中添加。</translation>
    </message>
    <message>
        <source>This scene has no microphone: add one in Sources first (the guide in Help does it too).</source>
        <translation>此场景没有麦克风：请先在“来源”中添加（也可在“帮助”中打开开播向导添加）。</translation>
    </message>
    <message>
        <source>The background &quot;%1&quot; does not exist.</source>
        <translation>背景文件“%1”不存在。</translation>
    </message>
    <message>
        <source>%1 is on: %2.</source>
        <translation>已为 %2 应用“%1”。</translation>
    </message>
</context>
<context>
    <name>lj::looks::LooksHostPanel</name>
    <message>
        <source>Looks and voice…</source>
        <translation>美颜与声音…</translation>
    </message>
    <message>
        <source>Looks and voice: one click for how you look and sound</source>
        <translation>美颜与声音：一键设置画面和声音效果</translation>
    </message>
    <message>
        <source>Voice: %1</source>
        <translation>人声：%1</translation>
    </message>
    <message>
        <source>Looks and voice: as they come</source>
        <translation>美颜与声音：未使用预设</translation>
    </message>
    <message>
        <source>Looks and voice: %1</source>
        <translation>美颜与声音：%1</translation>
    </message>
</context>
<context>
    <name>lj::looks::LooksPlugin</name>
    <message>
        <source>Looks and voice (美颜与声音)…</source>
        <translation>美颜与声音…</translation>
    </message>
</context>
<context>
    <name>lj::looks::LoudnessFilter</name>
    <message>
        <source>Loudness to target (响度均衡)</source>
        <translation>响度均衡</translation>
    </message>
    <message>
        <source>Target loudness</source>
        <translation>目标响度</translation>
    </message>
    <message>
        <source>Raise a quiet voice by at most</source>
        <translation>小声时最多提升</translation>
    </message>
</context>
</TS>
