<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>lj::remote::RemotePlugin</name>
    <message>
        <source>Remote control password (shown once, kept in the keychain): %1</source>
        <translation>遥控密码（只显示这一次，已保存在系统钥匙串中）：%1</translation>
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
</TS>
