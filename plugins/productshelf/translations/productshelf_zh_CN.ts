<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>lj::shelf::CardPainter</name>
    <message>
        <source>Sold out</source>
        <translation>已售罄</translation>
    </message>
    <message>
        <source>Only %1 left</source>
        <translation>仅剩 %1 件</translation>
    </message>
    <message>
        <source>Offer ends in %1:%2</source>
        <translation>限时 %1:%2</translation>
    </message>
    <message>
        <source>Now explaining</source>
        <translation>讲解中</translation>
    </message>
    <message>
        <source>Scan to buy</source>
        <translation>扫码购买</translation>
    </message>
</context>
<context>
    <name>lj::shelf::HostProductPanel</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一个</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一个 ▶</translation>
    </message>
    <message>
        <source>Now explaining: — (press Next for the first product)</source>
        <translation>讲解中：—（按“下一个”开始讲解第一个商品）</translation>
    </message>
    <message>
        <source>No rundown chosen</source>
        <translation>未选择排品单</translation>
    </message>
    <message>
        <source>Now explaining (%1/%2): %3  ¥%4</source>
        <translation>讲解中（%1/%2）：%3  ¥%4</translation>
    </message>
</context>
<context>
    <name>lj::shelf::RundownShare</name>
    <message>
        <source>No rundown is on the shelf.</source>
        <translation>货架上没有排品单。</translation>
    </message>
    <message>
        <source>A rundown needs a name and at least one product.</source>
        <translation>排品单需要名称和至少一个商品。</translation>
    </message>
    <message>
        <source>The rundown&apos;s products could not be imported: %1</source>
        <translation>无法导入排品单中的商品：%1</translation>
    </message>
</context>
<context>
    <name>lj::shelf::ShelfController</name>
    <message>
        <source>%1 (no longer in the catalog)</source>
        <translation>%1（已不在商品库中）</translation>
    </message>
    <message>
        <source>The change of product could not be written to the show record: %1</source>
        <translation>换品未能写入场次记录：%1</translation>
    </message>
    <message>
        <source>Live show %1</source>
        <translation>直播 %1</translation>
    </message>
    <message>
        <source>The show record could not be started: %1</source>
        <translation>场次记录未能开始：%1</translation>
    </message>
    <message>
        <source>The show record could not be closed: %1</source>
        <translation>场次记录未能结束：%1</translation>
    </message>
    <message>
        <source>Demo rundown</source>
        <translation>演示排品单</translation>
    </message>
    <message>
        <source>The demo products could not be imported: %1</source>
        <translation>无法导入演示商品：%1</translation>
    </message>
</context>
<context>
    <name>lj::shelf::ShelfDock</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一个</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一个 ▶</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Read the rundowns again (they are made in the Products dock)</source>
        <translation>重新读取排品单（排品单在“商品”面板中编辑）</translation>
    </message>
    <message>
        <source>Rundown:</source>
        <translation>排品单：</translation>
    </message>
    <message>
        <source>Offer countdown:</source>
        <translation>限时倒计时：</translation>
    </message>
    <message>
        <source>No rundown yet: plan one in the Products dock</source>
        <translation>还没有排品单：请在“商品”面板中排品</translation>
    </message>
    <message>
        <source>The catalog could not be opened: %1</source>
        <translation>无法打开商品库：%1</translation>
    </message>
    <message>
        <source>Stop countdown</source>
        <translation>停止倒计时</translation>
    </message>
    <message>
        <source>Start countdown</source>
        <translation>开始倒计时</translation>
    </message>
    <message>
        <source>Show record running: every change of product is written with its time.</source>
        <translation>场次记录中：每次换品都会连同时间写入记录。</translation>
    </message>
    <message>
        <source>End show</source>
        <translation>结束场次</translation>
    </message>
    <message>
        <source>No show running: the first product explained starts one.</source>
        <translation>没有进行中的场次：讲解第一个商品时自动开始。</translation>
    </message>
    <message>
        <source>Start show</source>
        <translation>开始场次</translation>
    </message>
    <message>
        <source>Copy chapters</source>
        <translation>复制章节</translation>
    </message>
    <message>
        <source>Copy the show&apos;s chapters (time and product) for the replay&apos;s description</source>
        <translation>复制本场的章节（时间和商品），贴到回放的简介里</translation>
    </message>
    <message>
        <source>No chapters yet: they come from the products explained during a show (each for at least %1 seconds).</source>
        <translation>还没有章节：章节来自场次中讲解过的商品（每件至少讲解 %1 秒）。</translation>
    </message>
    <message numerus="yes">
        <source>Chapters of &quot;%1&quot; copied (%n chapter(s)): paste them into the replay&apos;s description.</source>
        <translation>
            <numerusform>已复制“%1”的 %n 个章节：请贴到回放的简介里。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lj::shelf::ShelfPlugin</name>
    <message>
        <source>Now explaining</source>
        <translation>讲解中</translation>
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
        <source>Product shelf</source>
        <translation>商品货架</translation>
    </message>
    <message>
        <source>Rundown</source>
        <translation>排品单</translation>
    </message>
    <message>
        <source>No rundown with products is chosen: the product shelf will show nothing. Choose one in the &quot;Now explaining&quot; panel.</source>
        <translation>未选择有商品的排品单：商品货架将不显示任何内容。请在“讲解中”面板中选择。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, %2 products.</source>
        <translation>“%1”，共 %2 个商品。</translation>
    </message>
    <message>
        <source>Product shelf (portrait)</source>
        <translation>商品货架（竖屏）</translation>
    </message>
</context>
<context>
    <name>lj::shelf::ShelfPresets</name>
    <message>
        <source>Black earth (dark)</source>
        <translation>黑土地（深色）</translation>
    </message>
    <message>
        <source>Ice and snow (light)</source>
        <translation>冰雪白（浅色）</translation>
    </message>
    <message>
        <source>Festive red</source>
        <translation>喜庆红</translation>
    </message>
    <message>
        <source>Douyin portrait</source>
        <translation>抖音竖屏</translation>
    </message>
    <message>
        <source>Kuaishou portrait</source>
        <translation>快手竖屏</translation>
    </message>
    <message>
        <source>Taobao Live portrait</source>
        <translation>淘宝直播竖屏</translation>
    </message>
    <message>
        <source>WeChat Channels portrait</source>
        <translation>微信视频号竖屏</translation>
    </message>
    <message>
        <source>Bilibili</source>
        <translation>哔哩哔哩</translation>
    </message>
    <message>
        <source>Small margin only</source>
        <translation>仅留小边距</translation>
    </message>
</context>
<context>
    <name>lj::shelf::ShelfSource</name>
    <message>
        <source>Product shelf</source>
        <translation>商品货架</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <source>One large &quot;now explaining&quot; card</source>
        <translation>一张大的“讲解中”卡片</translation>
    </message>
    <message>
        <source>Side shelf of several cards</source>
        <translation>侧边货架（多张卡片）</translation>
    </message>
    <message>
        <source>Strip along the bottom</source>
        <translation>底部横条</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Keep clear of the app&apos;s buttons</source>
        <translation>避开平台 App 的按钮</translation>
    </message>
    <message>
        <source>QR code of the product link</source>
        <translation>商品链接二维码</translation>
    </message>
    <message>
        <source>Cards on the shelf</source>
        <translation>货架卡片数</translation>
    </message>
    <message>
        <source>Text size (%)</source>
        <translation>文字大小（%）</translation>
    </message>
</context>
</TS>
