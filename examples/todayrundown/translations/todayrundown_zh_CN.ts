<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>lj::example::TodayRundownDock</name>
    <message>
        <source>No rundown yet: plan one in the Products dock.</source>
        <translation>还没有排品单：请在“商品”面板中排品。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (not in the catalog)</source>
        <translation>%1（商品库中没有）</translation>
    </message>
    <message>
        <source>%1  ¥%2  stock %3</source>
        <translation>%1  ¥%2  库存 %3</translation>
    </message>
</context>
<context>
    <name>lj::example::TodayRundownPlugin</name>
    <message>
        <source>Today&apos;s rundown</source>
        <translation>今日排品</translation>
    </message>
</context>
</TS>
