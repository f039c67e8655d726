/**
 * emiss monitor server (Node only): the online monitor's state, sources, HTTP/WebSocket server
 * and the on-demand build of its browser app (docs/monitor.md).
 */
export { startMonitor } from './monitor-server.js';
export type { MonitorServerOptions, RunningMonitor } from './monitor-server.js';
export { MonitorState } from './monitor-state.js';
export type { MonitorStateOptions, MonitorHist } from './monitor-state.js';
export { fileSource } from './file-source.js';
export type { FileSourceOptions } from './file-source.js';
export { simSource } from './sim-source.js';
export type { SimSourceOptions } from './sim-source.js';
export { tcpSource } from './tcp-source.js';
export type { MonitorSource, SourceContext } from './monitor-source.js';
export { ensureWebBuild, webBuildIsStale, webPaths } from './build-web.js';
export { strawChannelOf } from './drop-straw-channels.js';
export { strawAlarms } from './straw-alarms.js';
export type { StrawAlarm, StrawReference, StrawRates } from './straw-alarms.js';
export { parseClientMessage } from './client-message.js';
export { histPng, histSvg } from './hist-png.js';
export { openMonitor } from './open-monitor.js';
export type { OpenMonitorOptions } from './open-monitor.js';
