<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>lj::looks::BeautyFilter</name>
    <message>
        <source>Beauty (美颜)</source>
        <translation>美颜</translation>
    </message>
    <message>
        <source>Smooth skin (磨皮)</source>
        <translation>磨皮</translation>
    </message>
    <message>
        <source>Brighten skin (美白)</source>
        <translation>美白</translation>
    </message>
    <message>
        <source>Rosy tint (红润)</source>
        <translation>红润</translation>
    </message>
    <message>
        <source>Sharpen details (锐化)</source>
        <translation>锐化</translation>
    </message>
    <message>
        <source>Compare: the left half as it was</source>
        <translation>对比：左半边保持原样</translation>
    </message>
</context>
</TS>
