/**
 * `emiss monitor` without the command line: parses the source (`file.emraw`,
 * `sim:setup.yaml`, `tcp://host:port`), finds and loads the setup (the `sim:` file, `setup`,
 * or configs/<setup name of the raw header>.yaml), builds the web app if stale and starts the
 * server. Used by the CLI, the browser tests and the benchmark. Node only.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { EmissError } from '../../core/index.js';
import { decodeFileHeader } from '../../daq/index.js';
import { buildGeometry } from '../../sim/sim-geometry.js';
import { loadSetup } from '../../store/load-setup.js';
import { ensureWebBuild, webPaths } from './build-web.js';
import { strawChannelOf } from './drop-straw-channels.js';
import { fileSource } from './file-source.js';
import type { MonitorSource } from './monitor-source.js';
import { startMonitor } from './monitor-server.js';
import type { RunningMonitor } from './monitor-server.js';
import { MonitorState } from './monitor-state.js';
import { simSource } from './sim-source.js';
import type { StrawReference } from './straw-alarms.js';
import { tcpSource } from './tcp-source.js';

/** Options of {@link openMonitor} (the flags of `emiss monitor`). */
export interface OpenMonitorOptions {
  source: string;
  setup?: string;
  host?: string;
  port?: number;
  /** Events per second (sim: default 1000; file: overrides replay). */
  rate?: number;
  replay?: 'recorded' | 'fast';
  token?: string;
  /** Straw tubes to silence, `ST1:0:17`. */
  deadStraws?: string[];
  /** Reference file (GET /api/reference of an earlier run). */
  reference?: string;
  /** Serve the browser app (build it if stale); default true. */
  web?: boolean;
  updateIntervalMs?: number;
  /** Simulated events before the sim source stops (default: endless). */
  maxEvents?: number;
  seed?: number;
  /** Unsent bytes above which a WebSocket client skips an update (default 1 MiB). */
  maxBufferedBytes?: number;
  /** Online reconstruction on a sample (src/reco in a worker); default true. */
  reco?: boolean;
  /** Events per second sent to the reconstruction at most (default 500). */
  recoRate?: number;
  log?: (s: string) => void;
}

function fileSetupName(path: string): string {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw new EmissError('BAD_FILE', path, `cannot open the raw file (${(e as NodeJS.ErrnoException).code ?? String(e)})`, 'a readable .emraw file, sim:<setup.yaml> or tcp://host:port');
  }
  const buf = new Uint8Array(1 << 17);
  const n = readSync(fd, buf, 0, buf.length, 0);
  closeSync(fd);
  const d = decodeFileHeader(buf.subarray(0, n), path);
  if (d.kind !== 'header') throw new EmissError('BAD_FILE', path, 'no readable raw file header', 'a file written by emiss sim / the DAQ, or give --setup');
  return d.header.setupName;
}

/** Starts a monitor as `emiss monitor` would. Throws EmissError BAD_OPTION/BAD_FILE for bad input. */
export async function openMonitor(o: OpenMonitorOptions): Promise<RunningMonitor> {
  let setupPath = o.setup;
  let source: MonitorSource;
  const src = o.source;
  const tcp = /^tcp:\/\/([^:/]+|\[[^\]]+\]):(\d+)$/.exec(src);
  if (src.startsWith('sim:')) setupPath ??= src.slice(4);
  else if (src.startsWith('tcp:') && !tcp) throw new EmissError('BAD_OPTION', '--source', `'${src}' is not tcp://host:port`, 'e.g. tcp://127.0.0.1:5555');
  else if (!tcp && !setupPath) {
    const name = fileSetupName(src);
    const guess = join(webPaths().root, 'configs', `${name}.yaml`);
    if (!existsSync(guess)) throw new EmissError('BAD_OPTION', '--setup', `the raw file's setup '${name}' is not in configs/`, 'give --setup <setup.yaml>');
    setupPath = guess;
  }
  if (!setupPath) throw new EmissError('BAD_OPTION', '--setup', `a ${tcp ? 'TCP' : ''} source needs the setup file`, 'give --setup <setup.yaml>');
  const setup = loadSetup(setupPath);
  if (!setup.detectors?.length) throw new EmissError('BAD_FILE', setupPath, 'the setup has no detector list', 'a setup with detectors, e.g. configs/na64e-2021-2023.yaml');
  const geometry = buildGeometry(setup, setupPath);
  const dead = (o.deadStraws ?? []).map((s) => strawChannelOf(geometry, s));
  let reference: StrawReference | undefined;
  if (o.reference) {
    try {
      reference = JSON.parse(readFileSync(o.reference, 'utf8')) as StrawReference;
    } catch (e) {
      throw new EmissError('BAD_FILE', o.reference, `cannot read the reference (${(e as Error).message})`, 'a JSON file saved from GET /api/reference');
    }
    if (reference?.format !== 'emiss-straw-reference/1' || !Array.isArray(reference.elements)) throw new EmissError('BAD_FILE', o.reference, 'not a straw reference', "a JSON file saved from GET /api/reference (format 'emiss-straw-reference/1')");
  }
  if (o.rate !== undefined && !(o.rate > 0)) throw new EmissError('BAD_OPTION', '--rate', `${o.rate} is not a rate`, 'events per second > 0');
  if (src.startsWith('sim:')) {
    source = simSource({ setup, setupText: readFileSync(setupPath, 'utf8'), fileName: setupPath, rate: o.rate ?? 1000, maxEvents: o.maxEvents, seed: o.seed });
  } else if (tcp) {
    source = tcpSource(tcp[1].replace(/^\[|\]$/g, ''), Number(tcp[2]));
  } else {
    source = fileSource(src, { replay: o.replay ?? 'fast', rate: o.rate });
  }
  const host = o.host ?? '127.0.0.1';
  const state = new MonitorState({ geometry, setup, deadStrawChannels: dead, source: source.name, reference, reco: (o.reco ?? true) && o.recoRate !== 0, recoRate: o.recoRate, setupFile: setupPath });
  const webDir = o.web === false ? undefined : await ensureWebBuild({ log: o.log });
  return startMonitor({ state, source, setup, host, port: o.port ?? 8064, token: o.token, webDir, updateIntervalMs: o.updateIntervalMs, maxBufferedBytes: o.maxBufferedBytes, log: o.log });
}
