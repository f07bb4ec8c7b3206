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
<context>
    <name>lj::ticker::TickerSource</name>
    <message>
        <source>Orders %1 · Sales ¥%2</source>
        <translation>订单 %1 · 成交 ¥%2</translation>
    </message>
    <message>
        <source>Live sales ticker</source>
        <translation>实时成交播报</translation>
    </message>
    <message>
        <source>Sales feed file (JSON lines)</source>
        <translation>成交数据文件（JSON 行）</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Scroll speed (pixels per second)</source>
        <translation>滚动速度（像素/秒）</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
</context>
</TS>