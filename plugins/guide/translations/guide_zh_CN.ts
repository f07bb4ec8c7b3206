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
    <message>
        <source>✓ We hear you. The microphone works.</source>
        <translation>✓ 听到您的声音了，麦克风正常。</translation>
    </message>
    <message>
        <source>This is what the camera shows.</source>
        <translation>这是摄像头当前的画面。</translation>
    </message>
    <message>
        <source>Add this microphone to the room:</source>
        <translation>把这个麦克风加入直播间：</translation>
    </message>
    <message>
        <source>The computer&apos;s default microphone</source>
        <translation>电脑的默认麦克风</translation>
    </message>
    <message>
        <source>Say something, as loud as you will speak on the show. The bar moves when the microphone hears you.</source>
        <translation>请用直播时的音量说几句话。麦克风听到声音时，下面的音量条会跳动。</translation>
    </message>
    <message>
        <source>Import a product spreadsheet…</source>
        <translation>导入商品表格…</translation>
    </message>
    <message>
        <source>Or import the spreadsheet of today&apos;s products (CSV saved from Excel or WPS, or the studio&apos;s JSON): its products become today&apos;s rundown, in the file&apos;s order.</source>
        <translation>或者导入今天的商品表格（Excel 或 WPS 另存的 CSV，或本软件导出的 JSON）：表格里的商品按顺序成为今天的排品单。</translation>
    </message>
    <message>
        <source>Waiting for the picture… A phone&apos;s stream can take a few seconds.</source>
        <translation>正在等待画面……手机推流可能需要几秒钟。</translation>
    </message>
    <message>
        <source>The microphone could not be opened.</source>
        <translation>无法打开麦克风。</translation>
    </message>
    <message>
        <source>Say something… (nothing heard yet)</source>
        <translation>请说几句话……（还没有听到声音）</translation>
    </message>
    <message>
        <source>Import a product spreadsheet</source>
        <translation>导入商品表格</translation>
    </message>
    <message>
        <source>Product spreadsheets (*.csv *.txt *.json);;All files (*)</source>
        <translation>商品表格 (*.csv *.txt *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>They are today&apos;s rundown &quot;%1&quot;, chosen above.</source>
        <translation>这些商品已成为今天的排品单「%1」，并已在上方选中。</translation>
    </message>
    <message>
        <source>The room goes without a microphone.</source>
        <translation>这个直播间不用麦克风。</translation>
    </message>
    <message>
        <source>As it comes (no preset)</source>
        <translation>保持原样（不用预设）</translation>
    </message>
    <message>
        <source>Look:</source>
        <translation>画面效果：</translation>
    </message>
    <message>
        <source>Voice:</source>
        <translation>声音效果：</translation>
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
