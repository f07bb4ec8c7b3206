<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>lj::guide::GuideDialog</name>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>跳过这一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Go-live guide</source>
        <translation>开播向导</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Keep the room as it is</source>
        <translation>保持当前直播间不变</translation>
    </message>
    <message>
        <source>For example: 五常大米专场</source>
        <translation>例如：五常大米专场</translation>
    </message>
    <message>
        <source>1. Where are you going live from?</source>
        <translation>1. 你在哪里直播？</translation>
    </message>
    <message>
        <source>Pick the kind of room: each places the camera, the product card and the orders for you.</source>
        <translation>选择一种直播间：每种都会替你摆好摄像头画面、商品卡片和成交播报。</translation>
    </message>
    <message>
        <source>Name of the room:</source>
        <translation>直播间名称：</translation>
    </message>
    <message>
        <source>2. The camera</source>
        <translation>2. 摄像头</translation>
    </message>
    <message>
        <source>No camera was found on this computer. You can use one of these instead:</source>
        <translation>这台电脑上没有找到摄像头。可以改用下面任意一种：</translation>
    </message>
    <message>
        <source>Camera %1</source>
        <translation>摄像头 %1</translation>
    </message>
    <message>
        <source>A phone: type the stream address its camera app shows (rtmp://, rtsp:// or http://)</source>
        <translation>手机：填写手机推流 App 显示的地址（rtmp://、rtsp:// 或 http://）</translation>
    </message>
    <message>
        <source>The screen of this computer</source>
        <translation>这台电脑的屏幕</translation>
    </message>
    <message>
        <source>A picture</source>
        <translation>一张图片</translation>
    </message>
    <message>
        <source>A video file</source>
        <translation>一个视频文件</translation>
    </message>
    <message>
        <source>A capture card appears as a camera once it is plugged in: open the guide again from Help.</source>
        <translation>采集卡插好后会显示为摄像头：可从“帮助”菜单再次打开向导。</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>3. The microphone</source>
        <translation>3. 麦克风</translation>
    </message>
    <message>
        <source>Add the computer&apos;s microphone to the room</source>
        <translation>把电脑的麦克风加入直播间</translation>
    </message>
    <message>
        <source>After the guide, say something: the check before going live tells you whether the microphone hears you, and the Audio Mixer panel shows the level.</source>
        <translation>完成向导后说句话试试：开播检查会告诉你麦克风是否收到声音，“混音器”面板会显示音量。</translation>
    </message>
    <message>
        <source>Other (RTMP / SRT)</source>
        <translation>其他（RTMP / SRT）</translation>
    </message>
    <message>
        <source>Paste the push URL from the platform&apos;s console</source>
        <translation>粘贴平台后台给出的推流地址</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>4. The platforms</source>
        <translation>4. 直播平台</translation>
    </message>
    <message>
        <source>For each platform, copy the push URL (推流地址) from its live console and paste it here. The stream key in it is kept in the system keychain only.</source>
        <translation>在每个平台的直播后台复制推流地址，粘贴到这里。其中的推流码只保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>5. Today&apos;s products</source>
        <translation>5. 今天的商品</translation>
    </message>
    <message>
        <source>Choose the rundown (排品单) whose products the shelf shows. Plan or import products in the Products panel at any time.</source>
        <translation>选择商品货架要展示的排品单。随时可以在“商品”面板中排品或导入商品。</translation>
    </message>
    <message>
        <source>Give the new room a name.</source>
        <translation>请给新直播间起个名字。</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <source>The microphone could not be added.</source>
        <translation>无法添加麦克风。</translation>
    </message>
    <message>
        <source>Type the address or choose the file first.</source>
        <translation>请先填写地址或选择文件。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>The camera could not be added.</source>
        <translation>无法添加摄像头。</translation>
    </message>
</context>
<context>
    <name>lj::guide::GuidePlugin</name>
    <message>
        <source>Go-live guide…</source>
        <translation>开播向导…</translation>
    </message>
</context>
</TS>
