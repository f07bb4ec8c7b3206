<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>lj::catalog::CatalogDb</name>
    <message>
        <source>Cannot open the catalog %1: %2</source>
        <translation>无法打开商品库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot prepare the catalog %1: %2</source>
        <translation>无法准备商品库 %1：%2</translation>
    </message>
    <message>
        <source>The catalog was written by a newer version of the studio (schema %1); this one reads up to %2.</source>
        <translation>商品库由更新版本的工作室写入（结构版本 %1）；当前版本最多支持 %2。</translation>
    </message>
    <message>
        <source>Updating the catalog to version %1 failed: %2</source>
        <translation>商品库升级到版本 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>lj::catalog::CatalogDock</name>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Rundowns</source>
        <translation>排品</translation>
    </message>
    <message>
        <source>Syncing… %1 products so far</source>
        <translation>正在同步… 已处理 %1 个商品</translation>
    </message>
    <message>
        <source>Sync finished: %1 changed, %2 removed.</source>
        <translation>同步完成：更新 %1 个，下架 %2 个。</translation>
    </message>
    <message>
        <source>Search title, selling points, origin or code…</source>
        <translation>搜索标题、卖点、产地或编码…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类目</translation>
    </message>
    <message>
        <source>All origins</source>
        <translation>全部产地</translation>
    </message>
    <message>
        <source>Any certification</source>
        <translation>不限认证</translation>
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
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Sync with 龙江好货</source>
        <translation>与龙江好货同步</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>导入商品</translation>
    </message>
    <message>
        <source>Products (*.csv *.json)</source>
        <translation>商品文件 (*.csv *.json)</translation>
    </message>
    <message>
        <source>If some rows are wrong, import the good rows anyway?
(No: nothing is imported until the file is fixed.)</source>
        <translation>如果有些行有错误，是否仍导入正确的行？
（选“否”：文件改正之前不导入任何内容。）</translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>导出商品</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Copy for tomorrow</source>
        <translation>复制到明天</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Add selected product</source>
        <translation>加入选中的商品</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>移除此项</translation>
    </message>
    <message>
        <source>Planned: %1 min</source>
        <translation>计划时长：%1 分钟</translation>
    </message>
    <message>
        <source>New rundown</source>
        <translation>新建排品</translation>
    </message>
    <message>
        <source>Name of the show:</source>
        <translation>直播场次名称：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Delete rundown</source>
        <translation>删除排品</translation>
    </message>
    <message>
        <source>Delete the rundown &quot;%1&quot;?</source>
        <translation>删除排品“%1”？</translation>
    </message>
    <message>
        <source>Save product</source>
        <translation>保存商品</translation>
    </message>
    <message>
        <source>Set the platform address and token in Settings → Catalog first.</source>
        <translation>请先在 设置 → 商品库 中填写平台地址和令牌。</translation>
    </message>
    <message>
        <source>Reading the token from the keychain…</source>
        <translation>正在从钥匙串读取令牌…</translation>
    </message>
    <message>
        <source>No platform token is saved. Enter it in Settings → Catalog.</source>
        <translation>尚未保存平台令牌。请在 设置 → 商品库 中填写。</translation>
    </message>
    <message>
        <source>Save rundown</source>
        <translation>保存排品</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Never synced.</source>
        <translation>尚未同步。</translation>
    </message>
</context>
<context>
    <name>lj::catalog::CatalogPlugin</name>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>商品库</translation>
    </message>
</context>
<context>
    <name>lj::catalog::CatalogSettingsPage</name>
    <message>
        <source>Saved in the system keychain; leave empty to keep it</source>
        <translation>已保存在系统钥匙串中；留空则保持不变</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>显示令牌</translation>
    </message>
    <message>
        <source>Platform address:</source>
        <translation>平台地址：</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>令牌：</translation>
    </message>
    <message>
        <source>The token comes from the 龙江好货 console (开放平台 → 令牌). It is stored only in the system keychain.</source>
        <translation>令牌在龙江好货后台获取（开放平台 → 令牌），只保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>The platform address must start with https:// (or http:// for a classroom server).</source>
        <translation>平台地址必须以 https:// 开头（教学用服务器可用 http://）。</translation>
    </message>
    <message>
        <source>%1 is plain http:// outside this network: the token would travel unencrypted across the internet. Use the platform&apos;s https:// address.</source>
        <translation>%1 是本网络之外的明文 http:// 地址：令牌会在互联网上以明文传输。请使用平台的 https:// 地址。</translation>
    </message>
    <message>
        <source>Plain http:// address</source>
        <translation>明文 http:// 地址</translation>
    </message>
    <message>
        <source>%1 is plain http://: the token and the catalog travel unencrypted, and anyone on this network can read them.

Use it only for a classroom or base server on this network that you control. Send the token to it anyway?</source>
        <translation>%1 是明文 http:// 地址：令牌和商品数据都不加密，本网络中的任何人都能看到。

只应把它用于你能掌控的、本网络内的教室或基地服务器。仍然要把令牌发给它吗？</translation>
    </message>
    <message>
        <source>The address was not saved: use https://, or accept the warning for a server on this network.</source>
        <translation>地址未保存：请使用 https://，或对本网络内的服务器确认上述提醒。</translation>
    </message>
</context>
<context>
    <name>lj::catalog::CatalogSync</name>
    <message>
        <source>The platform&apos;s data format has changed (field &quot;%1&quot;); the catalog was not changed. Update the studio.</source>
        <translation>平台的数据格式已变化（字段“%1”）；商品库未做任何修改。请更新工作室。</translation>
    </message>
    <message>
        <source>The catalog could not be written: %1</source>
        <translation>无法写入商品库：%1</translation>
    </message>
    <message>
        <source>There is no such show.</source>
        <translation>没有这场直播。</translation>
    </message>
    <message>
        <source>A rehearsal is never reported to the platform.</source>
        <translation>彩排不会上报到平台。</translation>
    </message>
    <message>
        <source>The show is still running: it is reported once it has ended.</source>
        <translation>直播仍在进行，结束后才会上报。</translation>
    </message>
</context>
<context>
    <name>lj::catalog::LocalCatalog</name>
    <message>
        <source>No platform address is set (Settings → Catalog).</source>
        <translation>尚未设置平台地址（设置 → 商品库）。</translation>
    </message>
    <message>
        <source>The catalog could not be opened.</source>
        <translation>无法打开商品库。</translation>
    </message>
    <message>
        <source>A rehearsal is never reported to the platform.</source>
        <translation>彩排不会上报到平台。</translation>
    </message>
    <message>
        <source>Made-up orders are kept only in a rehearsal&apos;s record.</source>
        <translation>模拟订单只保存在彩排的场次记录中。</translation>
    </message>
</context>
<context>
    <name>lj::catalog::ProductDialog</name>
    <message>
        <source>Add product</source>
        <translation>添加商品</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>编辑商品</translation>
    </message>
    <message>
        <source>This product comes from the 龙江好货 platform; a sync keeps it up to date. Your notes are yours.</source>
        <translation>此商品来自龙江好货平台，同步时自动更新；您的备注不会被覆盖。</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Selling points:</source>
        <translation>卖点：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类目：</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>产地：</translation>
    </message>
    <message>
        <source>Certifications:</source>
        <translation>认证：</translation>
    </message>
    <message>
        <source>List price (¥):</source>
        <translation>原价（元）：</translation>
    </message>
    <message>
        <source>Live price (¥):</source>
        <translation>直播价（元）：</translation>
    </message>
    <message>
        <source>Stock:</source>
        <translation>库存：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Product link:</source>
        <translation>商品链接：</translation>
    </message>
    <message>
        <source>My notes:</source>
        <translation>我的备注：</translation>
    </message>
    <message>
        <source>A product needs a code and a title.</source>
        <translation>商品必须有编码和标题。</translation>
    </message>
    <message>
        <source>Prices are in yuan with at most two decimals, such as 59.90.</source>
        <translation>价格以元为单位，最多两位小数，例如 59.90。</translation>
    </message>
</context>
<context>
    <name>lj::catalog::ProductImporter</name>
    <message>
        <source>broken quoting: a quote in the middle of a field</source>
        <translation>引号错误：字段中间出现引号</translation>
    </message>
    <message>
        <source>broken quoting: text after a closing quote</source>
        <translation>引号错误：右引号后还有文字</translation>
    </message>
    <message>
        <source>broken quoting: a quote opened here is never closed</source>
        <translation>引号错误：此处的引号没有闭合</translation>
    </message>
    <message>
        <source>the product code is missing</source>
        <translation>缺少商品编码</translation>
    </message>
    <message>
        <source>the title is missing</source>
        <translation>缺少标题</translation>
    </message>
    <message>
        <source>the list price &quot;%1&quot; is not a price in yuan (such as 59.90)</source>
        <translation>原价“%1”不是以元为单位的价格（例如 59.90）</translation>
    </message>
    <message>
        <source>the live price &quot;%1&quot; is not a price in yuan (such as 49.90)</source>
        <translation>直播价“%1”不是以元为单位的价格（例如 49.90）</translation>
    </message>
    <message>
        <source>the stock &quot;%1&quot; is not a whole number</source>
        <translation>库存“%1”不是整数</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GBK text.</source>
        <translation>文件既不是 UTF-8 也不是 GBK 文本。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>The first line must name the columns; &quot;%1&quot; is missing.</source>
        <translation>第一行必须是列名；缺少“%1”。</translation>
    </message>
    <message>
        <source>it has %1 columns, the header has %2</source>
        <translation>该行有 %1 列，表头有 %2 列</translation>
    </message>
    <message>
        <source>the code %1 appears twice in the file</source>
        <translation>编码 %1 在文件中出现了两次</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>文件不是有效的 JSON（第 %2 字节：%1）。</translation>
    </message>
    <message>
        <source>The file has no &quot;products&quot; list.</source>
        <translation>文件中没有“products”列表。</translation>
    </message>
    <message>
        <source>list_price_fen must be a whole number of fen</source>
        <translation>list_price_fen 必须是以分为单位的整数</translation>
    </message>
    <message>
        <source>live_price_fen must be a whole number of fen</source>
        <translation>live_price_fen 必须是以分为单位的整数</translation>
    </message>
    <message>
        <source>The catalog could not be written: %1</source>
        <translation>无法写入商品库：%1</translation>
    </message>
    <message>
        <source>%1 products imported.</source>
        <translation>已导入 %1 个商品。</translation>
    </message>
    <message>
        <source>Nothing was imported because of these rows:</source>
        <translation>由于以下行有错误，未导入任何内容：</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>……另有 %1 处。</translation>
    </message>
    <message>
        <source>line %1, byte %2</source>
        <translation>第 %1 行、第 %2 字节</translation>
    </message>
    <message>
        <source>the %1 is %2 characters long; at most %3 fit</source>
        <translation>%1长 %2 个字符，最多只能 %3 个</translation>
    </message>
    <message>
        <source>the %1 has a control character (U+%2) at character %3</source>
        <translation>%1的第 %3 个字符是控制字符（U+%2）</translation>
    </message>
    <message>
        <source>product code</source>
        <translation>商品编码</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>selling points</source>
        <translation>卖点</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>产地</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>it lists %1 certifications; at most %2 fit</source>
        <translation>列了 %1 项认证，最多 %2 项</translation>
    </message>
    <message>
        <source>certification</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>it lists %1 pictures; at most %2 fit</source>
        <translation>列了 %1 张图片，最多 %2 张</translation>
    </message>
    <message>
        <source>picture address</source>
        <translation>图片地址</translation>
    </message>
    <message>
        <source>a price must be between 0 and %1 yuan</source>
        <translation>价格必须在 0 到 %1 元之间</translation>
    </message>
    <message>
        <source>the stock must be a whole number from 0 to %1</source>
        <translation>库存必须是 0 到 %1 之间的整数</translation>
    </message>
    <message>
        <source>The file says it is UTF-16 text but is damaged.</source>
        <translation>文件标明是 UTF-16 文本，但内容已损坏。</translation>
    </message>
    <message>
        <source>The file is UTF-8 text with a damaged character at %1.</source>
        <translation>文件是 UTF-8 文本，但在%1处有一个损坏的字符。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GBK text (the first unreadable bytes are at %1).</source>
        <translation>文件既不是 UTF-8 也不是 GBK 文本（第一处无法识别的字节在%1）。</translation>
    </message>
    <message>
        <source>The first line names the column &quot;%1&quot; twice (columns %2 and %3); keep one.</source>
        <translation>第一行里“%1”这一列出现了两次（第 %2 列和第 %3 列），请只保留一列。</translation>
    </message>
</context>
<context>
    <name>lj::catalog::ProductTableModel</name>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Live price</source>
        <translation>直播价</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>原价</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>产地</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>lj::catalog::ProvinceClient</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒内没有响应</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>请求过于频繁</translation>
    </message>
    <message>
        <source>the platform answered HTTP %1</source>
        <translation>平台返回 HTTP %1</translation>
    </message>
    <message>
        <source>The platform refused the token (HTTP 401). Get a new token from the 龙江好货 console and enter it again.</source>
        <translation>平台拒绝了令牌（HTTP 401）。请到龙江好货后台获取新令牌后重新填写。</translation>
    </message>
    <message>
        <source>The platform does not allow this account to use the API (HTTP 403).</source>
        <translation>平台不允许此账号使用接口（HTTP 403）。</translation>
    </message>
    <message>
        <source>The platform refused the request (HTTP %1: %2).</source>
        <translation>平台拒绝了请求（HTTP %1：%2）。</translation>
    </message>
    <message>
        <source>a damaged response (%1)</source>
        <translation>响应数据损坏（%1）</translation>
    </message>
    <message>
        <source>The platform could not be reached properly after %1 tries: %2.</source>
        <translation>尝试 %1 次后仍无法正常连接平台：%2。</translation>
    </message>
    <message>
        <source>The platform address %1 is plain http://: the token would travel unencrypted. Confirm it in Settings → Catalog (for a classroom server on this network only), or use https://.</source>
        <translation>平台地址 %1 是明文 http://：令牌会以明文传输。请在“设置 → 商品库”中确认（仅限本网络内的教室服务器），或改用 https://。</translation>
    </message>
    <message>
        <source>The platform address %1 is plain http:// outside this network: the token would travel unencrypted across the internet, so it is not sent. Use the https:// address.</source>
        <translation>平台地址 %1 是本网络之外的明文 http://：令牌会在互联网上以明文传输，因此没有发送。请使用 https:// 地址。</translation>
    </message>
</context>
<context>
    <name>lj::catalog::RundownModel</name>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
</context>
</TS>
