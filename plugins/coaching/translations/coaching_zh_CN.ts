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
    <message>
        <source>The analysis was cancelled.</source>
        <translation>分析已取消。</translation>
    </message>
</context>
<context>
    <name>lj::coaching::ChapterWriter</name>
    <message>
        <source>The recording %1 is damaged: its chapters cannot be written.</source>
        <translation>录像 %1 已损坏，无法写入章节。</translation>
    </message>
    <message>
        <source>The recording %1 cannot be opened: its chapters cannot be written.</source>
        <translation>无法打开录像 %1，无法写入章节。</translation>
    </message>
    <message>
        <source>There is not enough room on the disk to write the chapters into %1 (it needs %2 MB more). The recording is kept as it was.</source>
        <translation>磁盘空间不足，无法把章节写入 %1（还需 %2 MB）。录像保持原样。</translation>
    </message>
    <message>
        <source>The chapters cannot be written: FFmpeg has no muxer for %1.</source>
        <translation>无法写入章节：FFmpeg 没有适用于 %1 的封装器。</translation>
    </message>
    <message>
        <source>The chapters cannot be written: a stream of %1 cannot be copied.</source>
        <translation>无法写入章节：%1 中有一路流无法复制。</translation>
    </message>
    <message>
        <source>The chapters cannot be written: out of memory.</source>
        <translation>无法写入章节：内存不足。</translation>
    </message>
    <message>
        <source>The chapters cannot be written beside %1: %2.</source>
        <translation>无法在 %1 旁写入章节文件：%2。</translation>
    </message>
    <message>
        <source>The chapters cannot be written into %1: %2.</source>
        <translation>无法把章节写入 %1：%2。</translation>
    </message>
    <message>
        <source>Writing the chapters was cancelled; the recording is kept as it was.</source>
        <translation>写入章节已取消，录像保持原样。</translation>
    </message>
    <message>
        <source>The disk filled up while the chapters were written into %1. The recording is kept as it was.</source>
        <translation>把章节写入 %1 时磁盘已满。录像保持原样。</translation>
    </message>
    <message>
        <source>The recording %1 could not be read to its end (%2); it is kept as it was.</source>
        <translation>录像 %1 无法读到结尾（%2），已保持原样。</translation>
    </message>
    <message>
        <source>The chapters cannot be written into %1: the file cannot be replaced.</source>
        <translation>无法把章节写入 %1：文件无法替换。</translation>
    </message>
</context>
<context>
    <name>lj::coaching::ClipCutter</name>
    <message>
        <source>FFmpeg cannot write MP4 files here.</source>
        <translation>此处的 FFmpeg 无法写 MP4 文件。</translation>
    </message>
    <message>
        <source>The recording&apos;s picture cannot be decoded.</source>
        <translation>录像的画面无法解码。</translation>
    </message>
    <message>
        <source>The clip&apos;s picture filters cannot be set up.</source>
        <translation>无法设置切片的画面滤镜。</translation>
    </message>
    <message>
        <source>FFmpeg here has no H.264 encoder for the clip.</source>
        <translation>此处的 FFmpeg 没有可用于切片的 H.264 编码器。</translation>
    </message>
    <message>
        <source>The clip&apos;s picture cannot be encoded.</source>
        <translation>切片的画面无法编码。</translation>
    </message>
    <message>
        <source>The recording&apos;s sound cannot be decoded for an exact cut.</source>
        <translation>录像的声音无法解码，不能精确切片。</translation>
    </message>
    <message>
        <source>FFmpeg here has no AAC encoder for the clip.</source>
        <translation>此处的 FFmpeg 没有可用于切片的 AAC 编码器。</translation>
    </message>
    <message>
        <source>The clip&apos;s sound cannot be encoded.</source>
        <translation>切片的声音无法编码。</translation>
    </message>
    <message>
        <source>The clip&apos;s streams cannot be set up.</source>
        <translation>无法设置切片的音视频流。</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>磁盘已满。</translation>
    </message>
    <message>
        <source>The clip cannot be written: %1.</source>
        <translation>无法写入切片：%1。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The recording is damaged after %1 (%2).</source>
        <translation>录像在 %1 秒之后已损坏（%2）。</translation>
    </message>
    <message>
        <source>The recording has no picture between these times.</source>
        <translation>录像在这段时间内没有画面。</translation>
    </message>
    <message>
        <source>The recording %1 does not exist.</source>
        <translation>录像 %1 不存在。</translation>
    </message>
    <message>
        <source>The recording %1 is damaged: its streams cannot be read.</source>
        <translation>录像 %1 已损坏，无法读取其音视频流。</translation>
    </message>
    <message>
        <source>%1 is not a recording FFmpeg can read.</source>
        <translation>%1 不是 FFmpeg 能读取的录像。</translation>
    </message>
    <message>
        <source>The recording %1 has no picture.</source>
        <translation>录像 %1 没有画面。</translation>
    </message>
    <message>
        <source>%1 to %2 is not inside the recording (%3 long).</source>
        <translation>%1 秒到 %2 秒不在录像范围内（录像长 %3 秒）。</translation>
    </message>
    <message>
        <source>The clip cannot be saved as %1.</source>
        <translation>切片无法保存为 %1。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cancelled: no more clips were cut.</source>
        <translation>已取消：不再切其余的切片。</translation>
    </message>
    <message>
        <source>The disk is full: no more clips were cut.</source>
        <translation>磁盘已满：不再切其余的切片。</translation>
    </message>
</context>
<context>
    <name>lj::coaching::ClipPlan</name>
    <message>
        <source>%1 has no clip: it was never explained while this recording ran (the show record has no time for it).</source>
        <translation>%1 没有切片：录制期间从未讲解过它（直播记录中没有它的讲解时间）。</translation>
    </message>
</context>
<context>
    <name>lj::coaching::ClipsDialog</name>
    <message>
        <source>Exact cuts (re-encoded: slower)</source>
        <translation>精确切片（重新编码，较慢）</translation>
    </message>
    <message>
        <source>Portrait 9:16 for 抖音 / 快手 / 视频号 (re-encoded)</source>
        <translation>竖屏 9:16，用于抖音 / 快手 / 视频号（重新编码）</translation>
    </message>
    <message>
        <source>Cut the clips</source>
        <translation>开始切片</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Clips of the show (直播切片)</source>
        <translation>本场直播切片</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始于</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Fast cuts copy the recording from the keyframe before each explanation (up to 2 seconds early) and take seconds; exact cuts start on the explanation&apos;s frame.</source>
        <translation>快速切片从每段讲解前的关键帧开始直接复制录像（最多提前 2 秒），几秒即可完成；精确切片正好从讲解开始的那一帧切起。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation>录像：</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <source>No product was explained long enough for a clip while this recording ran.</source>
        <translation>录制期间没有哪个商品讲解得足够长，无法生成切片。</translation>
    </message>
    <message>
        <source>One clip per product explained. Untick the ones you do not want.</source>
        <translation>每个讲解过的商品一段切片。不需要的请取消勾选。</translation>
    </message>
    <message>
        <source>Save the clips to</source>
        <translation>切片保存到</translation>
    </message>
    <message>
        <source>Tick at least one clip.</source>
        <translation>请至少勾选一段切片。</translation>
    </message>
    <message>
        <source>Cutting the clips (%1)…</source>
        <translation>正在切片（共 %1 段）…</translation>
    </message>
    <message>
        <source>Cutting clip %1 of %2…</source>
        <translation>正在切第 %1 段，共 %2 段…</translation>
    </message>
    <message>
        <source>Stopped. The clips cut before stay in the folder; nothing half-written is left.</source>
        <translation>已停止。之前切好的切片保留在文件夹中，没有留下写了一半的文件。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Clips saved in %1: %2.</source>
        <translation>切片已保存到 %1：共 %2 段。</translation>
    </message>
    <message>
        <source>%1 of %2 clips saved. %3</source>
        <translation>共 %2 段切片，已保存 %1 段。%3</translation>
    </message>
</context>
<context>
    <name>lj::coaching::CoachingPlugin</name>
    <message>
        <source>Coaching reports (复盘)…</source>
        <translation>复盘报告…</translation>
    </message>
    <message>
        <source>Coaching report</source>
        <translation>复盘报告</translation>
    </message>
    <message>
        <source>The coaching report of &quot;%1&quot; is ready: how long each product was explained, the silences, the loudness of the voice, the orders.</source>
        <translation>“%1”的复盘报告已生成：每个商品讲了多久、冷场、声音响度、订单。</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>No product was explained long enough for a clip while this recording ran.</source>
        <translation>录制期间没有哪个商品讲解得足够长，无法生成切片。</translation>
    </message>
    <message>
        <source>No clip of %1: %2</source>
        <translation>%1 没有切片：%2</translation>
    </message>
    <message>
        <source>Clip %1: %2 (%3 s)</source>
        <translation>切片 %1：%2（%3 秒）</translation>
    </message>
    <message>
        <source>%1 of %2 clips were made.</source>
        <translation>共 %2 段切片，已生成 %1 段。</translation>
    </message>
    <message>
        <source>Cut clips (直播切片)…</source>
        <translation>生成直播切片…</translation>
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
    <message>
        <source>Product %1 (%2) was explained for %3 (minutes:seconds); the plan was %4.</source>
        <translation>第 %1 个商品（%2）讲了 %3（分:秒），计划 %4。</translation>
    </message>
    <message>
        <source>%1 dropped %2 % of its frames; reconnections: %3. Use a wired connection, or a lower bitrate for it.</source>
        <translation>%1 丢了 %2% 的帧，重连 %3 次。请改用有线网络，或为它降低码率。</translation>
    </message>
</context>
<context>
    <name>lj::coaching::RecordingIndex</name>
    <message>
        <source>The recording index %1 is locked by another studio.</source>
        <translation>录像索引 %1 被另一个工作室锁定。</translation>
    </message>
</context>
<context>
    <name>lj::coaching::ReportDocument</name>
    <message>
        <source>short</source>
        <translation>偏短</translation>
    </message>
    <message>
        <source>long</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>按计划</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>实际讲解</translation>
    </message>
    <message>
        <source>Talked</source>
        <translation>说话</translation>
    </message>
    <message>
        <source>Minutes per product: planned, explained, talked</source>
        <translation>每个商品的分钟数：计划、实际讲解、说话</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Orders per minute</source>
        <translation>每分钟订单</translation>
    </message>
    <message>
        <source>Orders in each minute of the show</source>
        <translation>直播每一分钟的订单</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Coaching report: %1</source>
        <translation>复盘报告：%1</translation>
    </message>
    <message>
        <source>Show record %1</source>
        <translation>直播记录 %1</translation>
    </message>
    <message>
        <source>recorded %1</source>
        <translation>录制于 %1</translation>
    </message>
    <message>
        <source>length %1</source>
        <translation>时长 %1</translation>
    </message>
    <message>
        <source>Rehearsal (彩排): not reported to the platform</source>
        <translation>彩排：不上报平台</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Minutes per product</source>
        <translation>每个商品的分钟数</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>开始于</translation>
    </message>
    <message>
        <source>Planned (min)</source>
        <translation>计划（分）</translation>
    </message>
    <message>
        <source>Explained (min)</source>
        <translation>实际（分）</translation>
    </message>
    <message>
        <source>Talked (min)</source>
        <translation>说话（分）</translation>
    </message>
    <message>
        <source>Pace (phrases/min)</source>
        <translation>语速（句/分）</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Sales (¥)</source>
        <translation>销售额（¥）</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>not explained</source>
        <translation>未讲解</translation>
    </message>
    <message>
        <source>The voice</source>
        <translation>声音</translation>
    </message>
    <message>
        <source>Integrated loudness</source>
        <translation>综合响度</translation>
    </message>
    <message>
        <source>Loudness range</source>
        <translation>响度范围</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <source>Against the target of %1 LUFS</source>
        <translation>对照目标 %1 LUFS</translation>
    </message>
    <message>
        <source>Moments of clipping</source>
        <translation>削波次数</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>说话时长</translation>
    </message>
    <message>
        <source>Silences longer than 5 seconds</source>
        <translation>超过 5 秒的冷场</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>没有。</translation>
    </message>
    <message>
        <source>At</source>
        <translation>时间点</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>回放</translation>
    </message>
    <message>
        <source>Made by Longjiang Live Studio (龙江直播工作室).</source>
        <translation>由龙江直播工作室生成。</translation>
    </message>
    <message>
        <source>A report is written as .html, .pdf or .json, not .%1.</source>
        <translation>报告只能写成 .html、.pdf 或 .json，不能是 .%1。</translation>
    </message>
    <message>
        <source>The report could not be made.</source>
        <translation>报告无法生成。</translation>
    </message>
    <message>
        <source>Upload per platform (kbps)</source>
        <translation>各平台上行码率（kbps）</translation>
    </message>
    <message>
        <source>The stream per platform</source>
        <translation>各平台推流情况</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Average (kbps)</source>
        <translation>平均（kbps）</translation>
    </message>
    <message>
        <source>Dropped frames</source>
        <translation>丢帧</translation>
    </message>
    <message>
        <source>Reconnections</source>
        <translation>重连次数</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>在线占比</translation>
    </message>
</context>
<context>
    <name>lj::coaching::ReportMaker</name>
    <message>
        <source>The show was placed on the recording by the studio&apos;s record of when it started.</source>
        <translation>已按工作室记录的录制开始时间把直播对齐到录像上。</translation>
    </message>
    <message>
        <source>The studio has no record of this recording: the show was placed on it by the file&apos;s time, which may be a few seconds off.</source>
        <translation>工作室没有这段录像的记录：已按文件时间对齐，可能相差几秒。</translation>
    </message>
    <message>
        <source>There is no show record %1.</source>
        <translation>没有编号为 %1 的直播记录。</translation>
    </message>
    <message>
        <source>No show record matches this recording: the report is of the sound alone.</source>
        <translation>没有与这段录像对应的直播记录：报告只包含声音分析。</translation>
    </message>
    <message>
        <source>No show record matches this recording: there is nothing to cut it by. Name the show with --show.</source>
        <translation>没有与此录像对应的直播记录，无从切片。请用 --show 指定直播。</translation>
    </message>
</context>
<context>
    <name>lj::coaching::ReportsDialog</name>
    <message>
        <source>Choose the recording…</source>
        <translation>选择录像…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Coaching reports (复盘)</source>
        <translation>复盘报告</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>直播</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>彩排</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>直播</translation>
    </message>
    <message>
        <source>No show yet. A report is made after every show and rehearsal.</source>
        <translation>还没有直播。每场直播和彩排之后都会生成报告。</translation>
    </message>
    <message>
        <source>No recording of this show was found. Choose it (the show&apos;s backup recording) to make the report.</source>
        <translation>没有找到这场直播的录像。请选择它（直播的备份录像）来生成报告。</translation>
    </message>
    <message>
        <source>Listening to the recording… (a minute of show takes about a tenth of a second)</source>
        <translation>正在分析录像…（每分钟直播约需十分之一秒）</translation>
    </message>
    <message>
        <source>Click a time in the report to see that moment of the show.</source>
        <translation>点击报告中的时间，查看直播中的那一刻。</translation>
    </message>
    <message>
        <source>The show&apos;s recording</source>
        <translation>直播录像</translation>
    </message>
    <message>
        <source>Recordings (*.mp4 *.mkv *.flv *.mov);;All files (*)</source>
        <translation>录像 (*.mp4 *.mkv *.flv *.mov);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>PDF for printing (*.pdf);;Web page (*.html);;Data for programs (*.json)</source>
        <translation>打印用 PDF (*.pdf);;网页 (*.html);;程序用数据 (*.json)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Clips (直播切片)…</source>
        <translation>直播切片…</translation>
    </message>
    <message>
        <source>One short video per product explained, from the show&apos;s recording.</source>
        <translation>从本场直播录像中为每个讲解过的商品生成一段短视频。</translation>
    </message>
</context>
<context>
    <name>lj::coaching::ShowReviewer</name>
    <message>
        <source>The coaching report of %1 could not be made: %2</source>
        <translation>无法生成 %1 的复盘报告：%2</translation>
    </message>
    <message>
        <source>The talk times could not be written to the show record: %1</source>
        <translation>说话时长无法写入直播记录：%1</translation>
    </message>
    <message>
        <source>The coaching report could not be saved: %1</source>
        <translation>复盘报告无法保存：%1</translation>
    </message>
</context>
</TS>
