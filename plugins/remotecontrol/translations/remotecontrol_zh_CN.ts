<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>lj::remote::RemotePlugin</name>
    <message>
        <source>Remote control password (shown once, kept in the keychain): %1</source>
        <translation>遥控密码（只显示这一次，已保存在系统钥匙串中）：%1</translation>
    </message>
    <message>
        <source>Remote control</source>
        <translation>遥控</translation>
    </message>
    <message>
        <source>Remote control has no password yet: turn it off and on again in Settings → Remote control.</source>
        <translation>遥控还没有密码：请在 设置 → 遥控 中关闭后重新开启。</translation>
    </message>
    <message>
        <source>The remote-control password cannot be read: %1</source>
        <translation>无法读取遥控密码：%1</translation>
    </message>
</context>
<context>
    <name>lj::remote::RemoteServer</name>
    <message>
        <source>Remote control on the network needs a password.</source>
        <translation>在局域网上开启遥控必须设置密码。</translation>
    </message>
    <message>
        <source>Remote control cannot listen on port %1: %2</source>
        <translation>遥控无法在端口 %1 上监听：%2</translation>
    </message>
</context>
<context>
    <name>lj::remote::RemoteSettingsPage</name>
    <message>
        <source>Let the base console and controllers (Stream Deck, Companion) steer this room</source>
        <translation>允许基地控制台和控制器（Stream Deck、Companion）遥控本直播间</translation>
    </message>
    <message>
        <source>Each room on one computer needs a port of its own.</source>
        <translation>同一台电脑上的每个直播间需要各自的端口。</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Other computers of the base may connect (otherwise only this computer)</source>
        <translation>允许基地网络中的其他电脑连接（否则只允许本机）</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Kept in the keychain; not shown again</source>
        <translation>已保存在系统钥匙串中，不再显示</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>生成新密码</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>No password could be kept, so remote control cannot be turned on: %1</source>
        <translation>无法保存密码，因此不能开启遥控：%1</translation>
    </message>
    <message>
        <source>Write this password into the base console now: it is kept in the keychain and not shown again. Consoles that used the old password must be given the new one.</source>
        <translation>请现在把这个密码填入基地控制台：它保存在系统钥匙串中，之后不再显示。使用旧密码的控制台需要改用新密码。</translation>
    </message>
</context>
</TS>
