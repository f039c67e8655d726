/**
 * The online monitor's server (Fastify + @fastify/websocket + @fastify/static): runs a source
 * into a {@link MonitorState}, serves the built browser app, the JSON API and a WebSocket that
 * pushes coalesced updates. API (docs/monitor.md):
 *   GET  /api/status                 counters, rates, source state
 *   GET  /api/setup                  the setup and its runtime geometry (for the event display)
 *   GET  /api/events                 event numbers held; /api/events/latest, /api/events/:n
 *   GET  /api/hist                   histogram names; /api/hist/:name.json (ROOT TBufferJSON), .png
 *   GET  /api/alarms                 straw alarms; GET /api/reference (the reference in use)
 *   POST /api/reset | /api/reference | /api/unblind | /api/blind   (token off localhost)
 *   WS   /ws                         pushes { type: 'update', … } at ≥ 1 Hz; accepts client-message.ts
 * A client whose socket has more than `maxBufferedBytes` unsent is skipped for that update
 * (each update carries the full state of what changed, so skipping coalesces): a slow client
 * never stalls the server. Node only.
 */
import { timingSafeEqual } from 'node:crypto';
import fastifyStatic from '@fastify/static';
import fastifyWebsocket from '@fastify/websocket';
import Fastify from 'fastify';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Setup } from '../../setup/index.js';
import { parseClientMessage } from './client-message.js';
import type { ClientMessage } from './client-message.js';
import { histPayload } from './hist-payload.js';
import type { HistPayload } from './hist-payload.js';
import { histPng } from './hist-png.js';
import type { MonitorSource } from './monitor-source.js';
import type { MonitorState } from './monitor-state.js';
import { geometryJson } from './geometry-json.js';

/** Options of {@link startMonitor}. */
export interface MonitorServerOptions {
  state: MonitorState;
  source: MonitorSource;
  setup: Setup;
  /** Interface to bind; default 127.0.0.1. */
  host?: string;
  /** Port; 0 = any free port. Default 8064. */
  port?: number;
  /** Token for state-changing actions (required for them when not bound to loopback). */
  token?: string;
  /** Folder of the built web app (ensureWebBuild()); none = API only. */
  webDir?: string;
  /** Update period [ms]; default 500 (2 Hz). */
  updateIntervalMs?: number;
  /** Unsent bytes above which a client skips an update; default 1 MiB. */
  maxBufferedBytes?: number;
  /** Log lines (default: none). */
  log?: (s: string) => void;
}

/** A running monitor. */
export interface RunningMonitor {
  url: string;
  port: number;
  app: FastifyInstance;
  state: MonitorState;
  /** Settles when the source ends (or fails). */
  sourceDone: Promise<void>;
  /** Stops the source, the timer and the server. */
  close(): Promise<void>;
  /** Updates skipped because a client was slow (total). */
  skippedUpdates(): number;
}

/** The parts of a `ws` socket the server uses. */
interface Socket {
  readyState: number;
  bufferedAmount: number;
  send(text: string): void;
  terminate(): void;
  on(event: 'message', f: (data: Buffer, isBinary: boolean) => void): void;
  on(event: 'close' | 'error', f: () => void): void;
}

interface Client {
  socket: Socket;
  topics: Set<string>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/** Starts the monitor: listens, starts the source, pushes updates. */
export async function startMonitor(o: MonitorServerOptions): Promise<RunningMonitor> {
  const state = o.state;
  const host = o.host ?? '127.0.0.1';
  const loopback = LOOPBACK.has(host);
  const maxBuffered = o.maxBufferedBytes ?? 1 << 20;
  const clients = new Set<Client>();
  let skipped = 0;
  let sourceState: 'running' | 'ended' | 'failed' = 'running';
  let sourceError = '';

  const authorized = (given: string | undefined): boolean => {
    if (o.token && given !== undefined && given.length === o.token.length && timingSafeEqual(Buffer.from(given), Buffer.from(o.token))) return true;
    return loopback;
  };
  const bearer = (req: FastifyRequest): string | undefined => {
    const h = req.headers.authorization;
    if (h?.startsWith('Bearer ')) return h.slice(7);
    const q = (req.query as { token?: string } | undefined)?.token;
    return typeof q === 'string' ? q : undefined;
  };

  const status = (): Record<string, unknown> => {
    const c = state.counters;
    const now = Date.now();
    const pot: Record<string, number> = {};
    let potTotal = 0;
    for (const [run, n] of c.potPerRun) {
      pot[String(run)] = n;
      potTotal += n;
    }
    return {
      events_processed: c.eventsProcessed,
      source: o.source.name,
      source_state: sourceState,
      source_error: sourceError,
      uptime_s: (now - state.startedMs) / 1000,
      run: c.run,
      spill: c.spill,
      events_in_spill: c.eventsInSpill,
      particles_on_target_run: c.potPerRun.get(c.run) ?? 0,
      particles_on_target_total: potTotal,
      particles_on_target_per_run: pot,
      rate_hz: c.processingRate(now),
      spill_rate_hz: c.spillRate(),
      last_timestamp_ns: c.lastTimestampNs,
      decode_problems: state.problems,
      blinded: state.blinded,
      signal_box: state.calo.box,
      counter_labels: state.calo.counterLabels,
      reference_events: state.reference?.events ?? 0,
      setup: o.setup.name,
      clients: clients.size,
      latest_event: state.ring.latest(state.visible)?.event ?? -1,
      read_only: !loopback && !o.token,
      reco_state: state.reco?.state ?? 'off',
      reco_events: state.reco?.events ?? 0,
      reco_skipped_events: state.reco?.skipped ?? 0,
    };
  };

  const doAction = (type: string): unknown => {
    if (type === 'reset') state.reset();
    else if (type === 'set_reference') state.reference = state.snapshotReference();
    else if (type === 'unblind') state.blinded = false;
    else if (type === 'blind') state.blinded = true;
    state.version++;
    lastEntries.clear();
    return { ok: true, action: type, status: status() };
  };

  const app = Fastify({ logger: false, bodyLimit: 1 << 16 });
  await app.register(fastifyWebsocket, { options: { maxPayload: 1 << 16 } });
  if (o.webDir) await app.register(fastifyStatic, { root: o.webDir, prefix: '/' });

  app.get('/api/status', async () => status());
  app.get('/api/setup', async () => ({ setup: o.setup, geometry: geometryJson(state.simGeometry), signal_box: state.calo.box }));
  app.get('/api/events', async () => ({ events: state.ring.list(state.visible).map((e) => e.event) }));
  app.get('/api/events/latest', async (_req, reply) => state.ring.latest(state.visible) ?? reply.code(404).send({ message: 'no event yet' }));
  app.get('/api/events/:n', async (req, reply) => {
    const n = Number((req.params as { n: string }).n);
    const ev = Number.isInteger(n) ? state.ring.find(n, state.visible) : undefined;
    return ev ?? reply.code(404).send({ message: `event ${(req.params as { n: string }).n} is not in the ring buffer (see /api/events)` });
  });
  app.get('/api/hist', async () => ({ names: [...state.histograms().keys()] }));
  app.get('/api/hist/:file', async (req, reply) => {
    const file = (req.params as { file: string }).file;
    const m = /^(.+)\.(json|png|svg)$/.exec(file);
    const h = m ? state.histograms().get(m[1]) : undefined;
    if (!m || !h) return reply.code(404).send({ message: `no histogram '${file}': use /api/hist/<name>.json or .png, names at /api/hist` });
    if (m[2] === 'json') return reply.type('application/json').header('content-disposition', `attachment; filename="${m[1]}.json"`).send(JSON.stringify(h.toRootJson()));
    const png = await histPng(h);
    return reply.type('image/png').header('content-disposition', `attachment; filename="${m[1]}.png"`).send(Buffer.from(png));
  });
  app.get('/api/alarms', async () => ({ alarms: state.alarms(), reference_events: state.reference?.events ?? 0 }));
  app.get('/api/reference', async (_req, reply) => state.reference ?? reply.code(404).send({ message: 'no reference set: POST /api/reference or start with --reference' }));
  for (const [path, action] of [['/api/reset', 'reset'], ['/api/reference', 'set_reference'], ['/api/unblind', 'unblind'], ['/api/blind', 'blind']] as const) {
    app.post(path, async (req, reply) => {
      if (!authorized(bearer(req))) return reply.code(403).send({ message: `${action} needs the token (Authorization: Bearer <token>) when the monitor is bound to ${host}` });
      return doAction(action);
    });
  }

  const send = (c: Client, text: string): boolean => {
    if (c.socket.readyState !== 1) return false;
    if (c.socket.bufferedAmount > maxBuffered) {
      skipped++;
      return false;
    }
    c.socket.send(text);
    return true;
  };
  const allHists = (): HistPayload[] => [...state.histograms().values()].map(histPayload);

  app.get('/ws', { websocket: true }, (socket: Socket) => {
    const client: Client = { socket, topics: new Set(['status', 'hist', 'alarms', 'events']) };
    clients.add(client);
    socket.on('close', () => clients.delete(client));
    socket.on('error', () => clients.delete(client));
    send(client, JSON.stringify({ type: 'hello', server_time_ms: Date.now(), last_fill_ms: state.lastFillMs, status: status(), hists: allHists(), alarms: state.alarms() }));
    socket.on('message', (data: Buffer, isBinary: boolean) => {
      const parsed = isBinary ? ({ ok: false, error: 'binary messages are not accepted: send JSON text' } as const) : parseClientMessage(data.toString('utf8'));
      if (!parsed.ok) {
        send(client, JSON.stringify({ type: 'error', message: parsed.error }));
        return;
      }
      handle(client, parsed.msg);
    });
  });

  const handle = (c: Client, m: ClientMessage): void => {
    switch (m.type) {
      case 'ping':
        send(c, JSON.stringify({ type: 'pong', id: m.id ?? null, server_time_ms: Date.now() }));
        return;
      case 'subscribe':
        c.topics = new Set(m.topics);
        send(c, JSON.stringify({ type: 'ack', request: 'subscribe', topics: m.topics }));
        return;
      case 'get_event': {
        const ev = m.n === undefined ? state.ring.latest(state.visible) : state.ring.find(m.n, state.visible);
        send(c, JSON.stringify(ev ? { type: 'event', event: ev } : { type: 'error', message: `event ${m.n ?? 'latest'} is not in the ring buffer` }));
        return;
      }
      default:
        if (!authorized(m.token)) {
          send(c, JSON.stringify({ type: 'error', message: `${m.type} needs the token when the monitor is bound to ${host}` }));
          return;
        }
        doAction(m.type);
        send(c, JSON.stringify({ type: 'ack', request: m.type }));
    }
  };

  // Coalesced updates: one message per period with what changed since the last one.
  const lastEntries = new Map<string, number>();
  let lastVersion = -1;
  const tick = (): void => {
    if (clients.size === 0) return;
    const changed = state.version !== lastVersion;
    lastVersion = state.version;
    const hists: HistPayload[] = [];
    if (changed) {
      for (const h of state.histograms().values()) {
        if (lastEntries.get(h.name) === h.entries) continue;
        lastEntries.set(h.name, h.entries);
        hists.push(histPayload(h));
      }
    }
    const base = { type: 'update', server_time_ms: Date.now(), last_fill_ms: state.lastFillMs };
    const parts: Record<string, unknown> = { status: status(), hists, latest_event: state.ring.latest(state.visible)?.event ?? -1 };
    if (changed) parts.alarms = state.alarms();
    // One text per set of subscribed topics (usually one set for all clients).
    const texts = new Map<string, string>();
    for (const c of clients) {
      const key = [...c.topics].sort().join(',');
      let text = texts.get(key);
      if (text === undefined) {
        const msg: Record<string, unknown> = { ...base };
        if (c.topics.has('status')) msg.status = parts.status;
        if (c.topics.has('hist')) msg.hists = parts.hists;
        if (c.topics.has('alarms') && parts.alarms) msg.alarms = parts.alarms;
        if (c.topics.has('events')) msg.latest_event = parts.latest_event;
        text = JSON.stringify(msg);
        texts.set(key, text);
      }
      send(c, text);
    }
  };
  const timer = setInterval(tick, o.updateIntervalMs ?? 500);

  await app.listen({ host, port: o.port ?? 8064 });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : (o.port ?? 8064);
  // The source starts once the online reconstruction is ready (or failed; at most 20 s), so that
  // its sample covers the run from the first events and its start-up does not slow the decoder.
  if (state.reco) await Promise.race([state.reco.ready, new Promise((r) => setTimeout(r, 20_000).unref())]);
  const abort = new AbortController();
  const sourceDone = o.source
    .run({ push: (c) => state.push(c), lastTimestampNs: () => state.counters.lastTimestampNs, eventsProcessed: () => state.counters.eventsProcessed, signal: abort.signal })
    .then(
      () => {
        state.reader.end();
        state.version++;
        sourceState = 'ended';
        o.log?.(`source ${o.source.name} ended after ${state.counters.eventsProcessed} events`);
      },
      (e: unknown) => {
        sourceState = 'failed';
        sourceError = e instanceof Error ? e.message : String(e);
        o.log?.(`source ${o.source.name} failed: ${sourceError}`);
      },
    );
  const urlHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    app,
    state,
    sourceDone,
    skippedUpdates: () => skipped,
    async close() {
      abort.abort();
      clearInterval(timer);
      await sourceDone;
      for (const c of clients) c.socket.terminate();
      await app.close();
      await state.close();
    },
  };
}
