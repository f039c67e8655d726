/** `emiss monitor`: the online monitor — a web server fed by a raw file, a TCP stream or the live simulation. */
import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import type { CommandIo } from '../command-io.js';
import { toJson } from '../json-output.js';
import { parseChoice, parseNumber } from '../option-parsers.js';
import { UsageError } from '../cli-error.js';

interface MonitorFlags {
  source?: string;
  setup?: string;
  port: string;
  host: string;
  rate?: string;
  replay: string;
  token?: string;
  deadStraw: string[];
  reference?: string;
  web: boolean;
  reco: boolean;
  recoRate: string;
  events?: string;
  seed: string;
  json?: boolean;
}

const collect = (v: string, acc: string[]): string[] => [...acc, v];

/** Registers `monitor` on the program. */
export function registerMonitor(program: Command, io: CommandIo): void {
  program
    .command('monitor')
    .description('online monitor: live histograms, straw alarms, event display and explorer in the browser')
    .option('--source <src>', 'a raw file (.emraw), sim:<setup.yaml> (live simulation) or tcp://host:port')
    .option('--setup <file>', "setup file (default: the sim: file, or configs/<raw header's setup>.yaml)")
    .option('--port <n>', 'HTTP port (0: any free port)', '8064')
    .option('--host <addr>', 'interface to bind (anything but loopback needs --token for actions)', '127.0.0.1')
    .option('--rate <events/s>', 'events per second (sim: default 1000; file: instead of --replay)')
    .option('--replay <mode>', 'file replay: recorded (time stamps) or fast', 'fast')
    .option('--token <T>', 'token for reset / reference / unblind (generated when binding off loopback)')
    .option('--dead-straw <ELEMENT:plane:tube>', 'silence a straw tube (tests the dead-tube alarm); repeatable', collect, [])
    .option('--reference <file>', 'straw reference (saved from GET /api/reference)')
    .option('--events <n>', 'sim: stop after n events')
    .option('--seed <n>', 'sim: random seed', '1')
    .option('--no-web', 'API and WebSocket only (no browser app build)')
    .option('--no-reco', 'no online reconstruction (raw-level histograms only)')
    .option('--reco-rate <events/s>', 'largest rate of the online-reconstruction sample', '500')
    .option('--json', 'print the address as one JSON object {url, port, token}')
    .action(async (flags: MonitorFlags) => {
      if (!flags.source) throw new UsageError('monitor: needs --source <file.emraw | sim:setup.yaml | tcp://host:port>');
      const port = parseNumber(flags.port, '--port');
      if (!(Number.isInteger(port) && port >= 0 && port <= 65535)) throw new UsageError(`--port: ${flags.port} is not a port (0 … 65535)`);
      const replay = parseChoice(flags.replay, '--replay', ['recorded', 'fast'] as const);
      const rate = flags.rate === undefined ? undefined : parseNumber(flags.rate, '--rate', { positive: true });
      const events = flags.events === undefined ? undefined : parseNumber(flags.events, '--events', { positive: true });
      const seed = parseNumber(flags.seed, '--seed');
      const recoRate = parseNumber(flags.recoRate, '--reco-rate');
      if (!(recoRate >= 0)) throw new UsageError(`--reco-rate: ${flags.recoRate} must be ≥ 0 (0: no reconstruction)`);
      const loopback = ['127.0.0.1', '::1', 'localhost'].includes(flags.host);
      const token = flags.token ?? (loopback ? undefined : randomBytes(16).toString('hex'));
      const log = (s: string): void => io.err(`emiss monitor: ${s}`);
      // Loaded here, not at the top: the server's libraries (Fastify, resvg, …) would slow every other command's start.
      const { openMonitor } = await import('../../monitor/server/index.js');
      const m = await openMonitor({ source: flags.source, setup: flags.setup, host: flags.host, port, rate, replay, token, deadStraws: flags.deadStraw, reference: flags.reference, web: flags.web, reco: flags.reco, recoRate, maxEvents: events, seed, log });
      if (flags.json) io.out(toJson({ url: m.url, port: m.port, token: token ?? null }));
      else {
        io.out(`emiss monitor: ${m.url}/ (source ${flags.source})${token ? `  token: ${token}` : ''}`);
        io.out('  Ctrl-C to stop');
      }
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      await m.close();
    });
}
