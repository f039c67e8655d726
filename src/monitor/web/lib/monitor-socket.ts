/**
 * WebSocket client of the monitor's browser pages: connects to `/ws` on the server that served
 * the page, parses the JSON messages the server pushes (see src/monitor/server/ws-protocol.ts),
 * reconnects with back-off when the connection drops, and sends commands. Browser only.
 */

/** A message pushed by the server: `type` selects the payload (`update`, `event`, `error`, `ack`, `hello`). */
export interface ServerMessage {
  type: string;
  [key: string]: unknown;
}

/** Options of {@link MonitorSocket}. */
export interface MonitorSocketOptions {
  /** Called for every message the server pushes. */
  onMessage: (msg: ServerMessage) => void;
  /** Called when the connection opens (true) or closes (false). */
  onState?: (open: boolean) => void;
  /** Topics to subscribe to after (re)connecting, e.g. `['hist', 'events']`. Default: all the server offers. */
  topics?: string[];
  /** Path of the socket. Default `/ws`. */
  path?: string;
}

/** A self-reconnecting WebSocket to the monitor server. */
export class MonitorSocket {
  private ws: WebSocket | undefined;
  private closed = false;
  private retryMs = 250;

  constructor(private readonly opts: MonitorSocketOptions) {
    this.connect();
  }

  /** True while the connection is open. */
  get open(): boolean {
    return this.ws?.readyState === WebSocket.OPEN;
  }

  private connect(): void {
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${this.opts.path ?? '/ws'}`;
    const ws = new WebSocket(url);
    this.ws = ws;
    ws.onopen = () => {
      this.retryMs = 250;
      if (this.opts.topics) this.send({ type: 'subscribe', topics: this.opts.topics });
      this.opts.onState?.(true);
    };
    ws.onmessage = (ev) => {
      try {
        this.opts.onMessage(JSON.parse(String(ev.data)) as ServerMessage);
      } catch (e) {
        console.error('monitor socket: bad message', e);
      }
    };
    ws.onclose = () => {
      this.opts.onState?.(false);
      if (this.closed) return;
      setTimeout(() => this.connect(), this.retryMs);
      this.retryMs = Math.min(5000, this.retryMs * 2);
    };
  }

  /** Sends a command (JSON) if connected; returns false when not connected. */
  send(msg: object): boolean {
    if (!this.open) return false;
    this.ws!.send(JSON.stringify(msg));
    return true;
  }

  /** Sends raw text (used by tests to send malformed messages). */
  sendRaw(text: string): boolean {
    if (!this.open) return false;
    this.ws!.send(text);
    return true;
  }

  /** Closes the connection for good. */
  close(): void {
    this.closed = true;
    this.ws?.close();
  }
}
