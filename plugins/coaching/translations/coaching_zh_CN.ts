<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>lj::coaching::AudioAnalyzer</name>
    <message>
        <source>%1 cannot be opened as a recording.</source>
        <translation>%1 无法作为录像打开。</translation>
    </message>
    <message>
        <source>%1 is damaged: its streams cannot be read.</source>
        <translation>%1 已损坏：无法读取其中的音视频流。</translation>
    </message>
    <message>
        <source>%1 has no sound to analyse.</source>
        <translation>%1 里没有可分析的声音。</translation>
    </message>
    <message>
        <source>The sound of %1 cannot be decoded.</source>
        <translation>%1 的声音无法解码。</translation>
    </message>
    <message>
        <source>The sound of %1 cannot be measured.</source>
        <translation>%1 的声音无法测量。</translation>
    </message>
</context>
</TS>
