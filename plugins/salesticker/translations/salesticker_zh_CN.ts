<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>lj::ticker::HostSalesPanel</name>
    <message>
        <source>Orders: add a sales ticker to the scene to count them</source>
        <translation>订单：在场景中添加“实时成交播报”即可统计</translation>
    </message>
    <message>
        <source>Orders %1 · Sales ¥%2</source>
        <translation>订单 %1 · 成交额 ¥%2</translation>
    </message>
    <message>
        <source>%1 (rehearsal)</source>
        <translation>%1（彩排）</translation>
    </message>
</context>
<context>
    <name>lj::ticker::ManualFeed</name>
    <message>
        <source>Manual sales entry is not available (the sales ticker plugin is not loaded).</source>
        <translation>手动录单不可用（成交播报插件未加载）。</translation>
    </message>
</context>
<context>
    <name>lj::ticker::PlatformFeed</name>
    <message>
        <source>No show is running: start one in the &quot;Now explaining&quot; dock to see its orders.</source>
        <translation>没有进行中的场次：请在“讲解中”面板开始场次，才能看到订单。</translation>
    </message>
    <message>
        <source>Orders could not be fetched from the platform: %1</source>
        <translation>未能从平台获取订单：%1</translation>
    </message>
    <message>
        <source>Platform orders are not available (the catalog plugin is not loaded).</source>
        <translation>无法获取平台订单（商品库插件未加载）。</translation>
    </message>
</context>
<context>
    <name>lj::ticker::SaleEventText</name>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>不是 JSON 对象（%1）</translation>
    </message>
    <message>
        <source>the event has no &quot;id&quot;</source>
        <translation>事件缺少“id”</translation>
    </message>
    <message>
        <source>the alert has no text</source>
        <translation>提醒没有文字</translation>
    </message>
    <message>
        <source>unknown event type &quot;%1&quot;</source>
        <translation>未知的事件类型“%1”</translation>
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
    <message>
        <source>%1 sold out</source>
        <translation>%1 已售罄</translation>
    </message>
    <message>
        <source>%1: only %2 left</source>
        <translation>%1 仅剩 %2 件</translation>
    </message>
    <message>
        <source>the quantity must be a whole number from 1 to %1</source>
        <translation>数量必须是 1 到 %1 之间的整数</translation>
    </message>
</context>
<context>
    <name>lj::ticker::SalesEntryDock</name>
    <message>
        <source>e.g. 119.80</source>
        <translation>例如 119.80</translation>
    </message>
    <message>
        <source>Shown masked, e.g. 张**</source>
        <translation>上屏时打码，例如 张**</translation>
    </message>
    <message>
        <source>e.g. 五常大米 已售罄</source>
        <translation>例如 五常大米 已售罄</translation>
    </message>
    <message>
        <source>Add order</source>
        <translation>录入订单</translation>
    </message>
    <message>
        <source>Show alert</source>
        <translation>播报提醒</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>商品：</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>Amount (yuan):</source>
        <translation>金额（元）：</translation>
    </message>
    <message>
        <source>Buyer:</source>
        <translation>买家：</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <source>Alert:</source>
        <translation>提醒：</translation>
    </message>
    <message>
        <source>Enter the product that was ordered.</source>
        <translation>请填写下单的商品。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan, e.g. 119.80.</source>
        <translation>“%1”不是以元为单位的金额，例如 119.80。</translation>
    </message>
    <message>
        <source>On the ticker: %1</source>
        <translation>已上屏：%1</translation>
    </message>
</context>
<context>
    <name>lj::ticker::SimulatedFeed</name>
    <message>
        <source>There are no goods to simulate orders for: %1 could not be read.</source>
        <translation>没有可用于模拟订单的商品：无法读取 %1。</translation>
    </message>
</context>
<context>
    <name>lj::ticker::TickerPlugin</name>
    <message>
        <source>Sales entry</source>
        <translation>手动录单</translation>
    </message>
    <message>
        <source>Live sales ticker</source>
        <translation>实时成交播报</translation>
    </message>
    <message>
        <source>ordersPerMinute goes from 0 (each ticker&apos;s own) to 600.</source>
        <translation>ordersPerMinute 的范围是 0（按各成交播报自己的设置）到 600。</translation>
    </message>
    <message>
        <source>Live sales ticker (portrait)</source>
        <translation>实时销售滚动条（竖屏）</translation>
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
    <message>
        <source>[REHEARSAL · simulated orders]</source>
        <translation>【彩排 · 模拟订单】</translation>
    </message>
    <message>
        <source>Orders from</source>
        <translation>订单来源</translation>
    </message>
    <message>
        <source>Manual entry (Sales entry dock)</source>
        <translation>手动录单（“手动录单”面板）</translation>
    </message>
    <message>
        <source>The 龙江好货 platform (running show)</source>
        <translation>龙江好货平台（进行中的场次）</translation>
    </message>
    <message>
        <source>A file of JSON lines</source>
        <translation>JSON 行文件</translation>
    </message>
    <message>
        <source>Simulated orders (rehearsal, never sent)</source>
        <translation>模拟订单（彩排用，不会发送）</translation>
    </message>
    <message>
        <source>Simulated orders per minute</source>
        <translation>每分钟模拟订单数</translation>
    </message>
</context>
</TS>
