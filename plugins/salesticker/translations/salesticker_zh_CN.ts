<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>lj::ticker::SaleEventText</name>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>不是 JSON 对象（%1）</translation>
    </message>
    <message>
        <source>the event has no "id"</source>
        <translation>事件缺少“id”</translation>
    </message>
    <message>
        <source>the alert has no text</source>
        <translation>提醒没有文字</translation>
    </message>
    <message>
        <source>unknown event type "%1"</source>
        <translation>未知的事件类型“%1”</translation>
    </message>
    <message>
        <source>the quantity must be a whole number above 0</source>
        <translation>数量必须是大于 0 的整数</translation>
    </message>
    <message>
        <source>amount_fen must be a whole number of fen</source>
        <translation>amount_fen 必须是以分为单位的整数</translation>
    </message>
    <message>
        <source>%1 just ordered %2 ×%3</source>
        <translation>%1 刚刚下单 %2 ×%3</translation>
    </message>
    <message>
        <source>%1 from %2 just ordered %3 ×%4</source>
        <translation>%2的 %1 刚刚下单 %3 ×%4</translation>
    </message>
</context>
</TS>