/**
 * A TCP stream as the monitor's source: connects to `host:port` and feeds whatever arrives
 * (the raw format's file header, then records, as a file holds them) to the decoder, until
 * the peer closes. Node only.
 */
import { connect } from 'node:net';
import { EmissError } from '../../core/index.js';
import type { MonitorSource, SourceContext } from './monitor-source.js';

/** The TCP source for `tcp://host:port`. */
export function tcpSource(host: string, port: number): MonitorSource {
  return {
    name: `tcp://${host}:${port}`,
    run(ctx: SourceContext): Promise<void> {
      return new Promise((resolve, reject) => {
        const sock = connect({ host, port });
        const stop = (): void => {
          sock.destroy();
          resolve();
        };
        ctx.signal.addEventListener('abort', stop, { once: true });
        sock.on('data', (d: Buffer) => {
          try {
            ctx.push(new Uint8Array(d.buffer, d.byteOffset, d.byteLength));
          } catch (e) {
            sock.destroy();
            reject(e);
          }
        });
        sock.on('error', (e) => reject(new EmissError('BAD_FILE', `tcp://${host}:${port}`, `connection failed (${(e as NodeJS.ErrnoException).code ?? e.message})`, 'a DAQ stream listening there')));
        sock.on('close', () => {
          ctx.signal.removeEventListener('abort', stop);
          resolve();
        });
      });
    },
  };
}
