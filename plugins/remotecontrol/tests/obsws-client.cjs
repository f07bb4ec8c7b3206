// A controller as Companion and Stream Deck plugins are: obs-websocket-js
// 5.0.8 under Node, MessagePack by default, and its JSON build. It walks a
// controller's session against the studio and prints what it saw as one
// JSON object on stdout; tst_remotecontrol checks it.
//   node obsws-client.cjs URL PASSWORD SCENE STREAM_KEY STAT_URL SCREENSHOT_FILE PLATFORM_1 PLATFORM_2
'use strict';
const fs = require('fs');
const { default: OBSWebSocketMsgpack } = require('obs-websocket-js');
const { default: OBSWebSocketJson } = require('obs-websocket-js/json');

const [url, password, otherScene, streamKey, statUrl, screenshotFile, firstPlatform, secondPlatform] = process.argv.slice(2);
const report = { responses: [] };

function waitFor(obs, event, predicate, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${ms} ms`)), ms);
    const handler = (data) => {
      if (!predicate || predicate(data)) {
        clearTimeout(timer);
        obs.off(event, handler);
        resolve(data);
      }
    };
    obs.on(event, handler);
  });
}

async function closeCode(Client, pass) {
  const obs = new Client();
  try {
    await obs.connect(url, pass);
    await obs.disconnect();
    return 0;
  } catch (e) {
    return e.code;
  }
}

async function call(obs, type, data) {
  try {
    const r = await obs.call(type, data);
    report.responses.push({ type, r });
    return { ok: true, data: r };
  } catch (e) {
    return { ok: false, code: e.code, message: e.message };
  }
}

async function main() {
  report.wrongPasswordCode = await closeCode(OBSWebSocketMsgpack, 'not-the-password');
  report.missingPasswordCode = await closeCode(OBSWebSocketMsgpack, undefined);

  // Guessing passwords: after five failures a minute, each new connection
  // waits longer for its Hello; the right password still gets in. Done
  // first, so all seven failures fall inside the minute (the rest of the
  // session's connections then wait their 4 s too).
  report.throttle = { wrongMs: [] };
  for (let i = 0; i < 5; ++i) {
    const t0 = Date.now();
    await closeCode(OBSWebSocketJson, 'guess-' + i);
    report.throttle.wrongMs.push(Date.now() - t0);
  }
  const t1 = Date.now();
  const late = new OBSWebSocketJson();
  try {
    await late.connect(url, password);
    report.throttle.rightOk = true;
    await late.disconnect();
  } catch (e) {
    report.throttle.rightOk = false;
    report.throttle.rightError = e.code;
  }
  report.throttle.rightMs = Date.now() - t1;

  for (const [name, Client] of [['msgpack', OBSWebSocketMsgpack], ['json', OBSWebSocketJson]]) {
    const obs = new Client();
    const identified = await obs.connect(url, password, { rpcVersion: 1 });
    report[name] = { negotiatedRpcVersion: identified.negotiatedRpcVersion, protocol: obs.socket && obs.socket.protocol };
    // Companion's first calls.
    report[name].version = (await call(obs, 'GetVersion')).data;
    report[name].studioMode = (await call(obs, 'GetStudioModeEnabled')).data;
    await obs.disconnect();
  }

  const obs = new OBSWebSocketMsgpack();
  await obs.connect(url, password);
  report.sceneList = (await call(obs, 'GetSceneList')).data;
  report.streamStatus = (await call(obs, 'GetStreamStatus')).data;
  report.recordStatus = (await call(obs, 'GetRecordStatus')).data;
  report.stats = (await call(obs, 'GetStats')).data;
  // The rest of a controller's connect sequence.
  for (const type of ['GetVideoSettings', 'GetSceneTransitionList', 'GetCurrentSceneTransition', 'GetOutputList', 'GetStreamServiceSettings',
                      'GetInputKindList', 'GetSpecialInputs', 'GetSceneCollectionList', 'GetInputList'])
    report[type] = (await call(obs, type)).data;
  report.sceneItems = (await call(obs, 'GetSceneItemList', { sceneName: otherScene })).data;
  for (const type of ['GetHotkeyList', 'GetProfileList', 'GetMonitorList'])
    report[type] = (await call(obs, type)).data;
  // Mute and volume of an input, each seen as an event too.
  const input = report.GetInputList.inputs[0].inputName;
  const mutedEvent = waitFor(obs, 'InputMuteStateChanged', (d) => d.inputName === input, 10000);
  await call(obs, 'SetInputMute', { inputName: input, inputMuted: true });
  report.mutedEvent = await mutedEvent;
  report.muted = (await call(obs, 'GetInputMute', { inputName: input })).data;
  const volumeEvent = waitFor(obs, 'InputVolumeChanged', (d) => d.inputName === input, 10000);
  await call(obs, 'SetInputVolume', { inputName: input, inputVolumeDb: -6 });
  report.volumeEvent = await volumeEvent;
  report.volume = (await call(obs, 'GetInputVolume', { inputName: input })).data;
  // The studio's own: products and sales.
  const vendor = (type) => call(obs, 'CallVendorRequest', { vendorName: 'longjiang', requestType: type });
  report.productBefore = (await vendor('GetCurrentProduct')).data;
  const productEvent = waitFor(obs, 'VendorEvent', (d) => d.vendorName === 'longjiang' && d.eventType === 'CurrentProductChanged', 10000);
  report.productNext = (await vendor('NextProduct')).data;
  report.productEvent = await productEvent;
  // A hotkey by name, as a Stream Deck button runs it: the shelf's next product.
  report.hotkeyNext = await call(obs, 'TriggerHotkeyByName', { hotkeyName: 'shelf.next' });
  report.productAfterHotkey = (await vendor('GetCurrentProduct')).data;
  report.hotkeyUnknown = await call(obs, 'TriggerHotkeyByName', { hotkeyName: 'no.such.hotkey' });
  report.roomStatus = (await vendor('GetRoomStatus')).data;
  report.sales = (await vendor('GetSales')).data;
  report.vendorUnknown = await call(obs, 'CallVendorRequest', { vendorName: 'someone-else', requestType: 'X' });
  report.unknown = await call(obs, 'NoSuchRequest');
  report.missingField = await call(obs, 'SetCurrentProgramScene', {});

  // A scene switch: seen as an event and in the program.
  const switched = waitFor(obs, 'CurrentProgramSceneChanged', (d) => d.sceneName === otherScene, 10000);
  report.setScene = await call(obs, 'SetCurrentProgramScene', { sceneName: otherScene });
  report.sceneEvent = await switched;
  report.currentScene = (await call(obs, 'GetCurrentProgramScene')).data;
  const shot = await call(obs, 'GetSourceScreenshot', { sourceName: otherScene, imageFormat: 'png', imageWidth: 320, imageHeight: 180 });
  if (shot.ok)
    fs.writeFileSync(screenshotFile, Buffer.from(shot.data.imageData.split(',')[1], 'base64'));
  report.screenshotOk = shot.ok;

  // A batch, in order.
  const batch = await obs.callBatch([{ requestType: 'GetVersion' }, { requestType: 'NoSuchRequest' }, { requestType: 'GetStudioModeEnabled' }]);
  report.batch = batch.map((r) => ({ requestType: r.requestType, code: r.requestStatus.code }));

  // Going live on every platform: the ingest sees the stream, the events tell it.
  const started = waitFor(obs, 'StreamStateChanged', (d) => d.outputState === 'OBS_WEBSOCKET_OUTPUT_STARTED', 30000);
  report.startStream = await call(obs, 'StartStream');
  report.started = await started;
  let seen = false;
  for (let i = 0; i < 40 && !seen; ++i) {
    await new Promise((r) => setTimeout(r, 500));
    seen = (await (await fetch(statUrl)).text()).includes(streamKey);
  }
  report.ingestSawStream = seen;
  // The push's figures are sampled once a second, as a controller polling them sees.
  for (let i = 0; i < 20; ++i) {
    report.liveStatus = (await call(obs, 'GetStreamStatus')).data;
    if (report.liveStatus.outputBytes > 0)
      break;
    await new Promise((r) => setTimeout(r, 500));
  }
  // One platform stopped alone: the other stays live.
  report.health = (await call(obs, 'CallVendorRequest', { vendorName: 'longjiang', requestType: 'GetPlatformHealth' })).data;
  report.stopOne = await call(obs, 'StopOutput', { outputName: secondPlatform });
  for (let i = 0; i < 20; ++i) {
    report.secondAfterStop = (await call(obs, 'GetOutputStatus', { outputName: secondPlatform })).data;
    if (!report.secondAfterStop.outputActive)
      break;
    await new Promise((r) => setTimeout(r, 250));
  }
  report.firstAfterStop = (await call(obs, 'GetOutputStatus', { outputName: firstPlatform })).data;
  const stopped = waitFor(obs, 'StreamStateChanged', (d) => d.outputState === 'OBS_WEBSOCKET_OUTPUT_STOPPED', 30000);
  report.stopStream = await call(obs, 'StopStream');
  report.stopped = await stopped;
  await obs.disconnect();

  report.keyInAnyResponse = JSON.stringify(report.responses).includes(streamKey);
  delete report.responses;
  process.stdout.write(JSON.stringify(report) + '\n');
}

main().then(() => process.exit(0), (e) => {
  process.stdout.write(JSON.stringify({ error: String(e && e.stack || e), partial: report }) + '\n');
  process.exit(1);
});
