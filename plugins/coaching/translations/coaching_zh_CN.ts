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
<context>
    <name>lj::coaching::CoachingReport</name>
    <message>
        <source>too quiet</source>
        <translation>太小</translation>
    </message>
    <message>
        <source>too loud</source>
        <translation>太大</translation>
    </message>
    <message>
        <source>good</source>
        <translation>合适</translation>
    </message>
    <message>
        <source>Product %1 (%2) took %3 minutes; %4 were planned.</source>
        <translation>第 %1 个商品（%2）讲了 %3 分钟，计划 %4 分钟。</translation>
    </message>
    <message>
        <source>Silences of more than 5 seconds: %1; the longest was %2 s at %3.</source>
        <translation>超过 5 秒的冷场：%1 次；最长一次 %2 秒，在 %3。</translation>
    </message>
    <message>
        <source>The voice clipped (moments: %1, the first at %2): lower the microphone&apos;s gain or move it back a little.</source>
        <translation>声音爆音（共 %1 处，第一次在 %2）：请调低麦克风增益，或把麦克风拿远一点。</translation>
    </message>
    <message>
        <source>The voice was too quiet (%1 LUFS, aim for %2): move the microphone closer or raise its gain.</source>
        <translation>声音太小（%1 LUFS，目标 %2）：请把麦克风靠近一些，或调高增益。</translation>
    </message>
    <message>
        <source>The voice was too loud (%1 LUFS, aim for %2): lower the microphone&apos;s gain.</source>
        <translation>声音太大（%1 LUFS，目标 %2）：请调低麦克风增益。</translation>
    </message>
    <message>
        <source>While showing %1 you spoke only %2 % of the time: say what the buyers see.</source>
        <translation>讲解%1时，只有 %2% 的时间在说话：把观众看到的东西讲出来。</translation>
    </message>
    <message>
        <source>Most sales came while you showed %1 (orders: %2, ¥%3): open with it next time.</source>
        <translation>讲解%1时成交最多（%2 单，¥%3）：下次可以先讲它。</translation>
    </message>
    <message>
        <source>The voice was at a good loudness (%1 LUFS).</source>
        <translation>音量合适（%1 LUFS）。</translation>
    </message>
    <message>
        <source>Every product kept to its plan: keep the same rhythm.</source>
        <translation>每个商品都按计划讲完了：保持这个节奏。</translation>
    </message>
</context>
</TS>
