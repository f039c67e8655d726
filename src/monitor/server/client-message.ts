/**
 * Messages a browser may send on the monitor's WebSocket, validated with zod: anything else
 * (bad JSON, an unknown type, a wrong field) is answered with `{ type: 'error', message }` to
 * that client alone and changes nothing.
 */
import { z } from 'zod';

/** Actions that change the monitor's state (need the token off localhost). */
export const STATE_ACTIONS = ['reset', 'set_reference', 'unblind', 'blind'] as const;

/** Schema of a client message. */
export const clientMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ping'), id: z.number().finite().optional() }).strict(),
  z.object({ type: z.literal('subscribe'), topics: z.array(z.enum(['status', 'hist', 'alarms', 'events'])).max(8) }).strict(),
  z.object({ type: z.literal('get_event'), n: z.number().int().nonnegative().optional() }).strict(),
  z.object({ type: z.enum(STATE_ACTIONS), token: z.string().max(512).optional() }).strict(),
]);

/** A valid client message. */
export type ClientMessage = z.infer<typeof clientMessageSchema>;

/** Largest message accepted [bytes]. */
export const MAX_CLIENT_MESSAGE_BYTES = 4096;

/** Parses one WebSocket message; returns the message or the reason it is rejected. */
export function parseClientMessage(text: string): { ok: true; msg: ClientMessage } | { ok: false; error: string } {
  if (text.length > MAX_CLIENT_MESSAGE_BYTES) return { ok: false, error: `message of ${text.length} bytes is over the ${MAX_CLIENT_MESSAGE_BYTES}-byte limit` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not JSON: send {"type": "ping"} or another documented message (docs/monitor.md)' };
  }
  const r = clientMessageSchema.safeParse(data);
  if (!r.success) {
    const i = r.error.issues[0];
    return { ok: false, error: `invalid message at '${i.path.join('.') || 'type'}': ${i.message}` };
  }
  return { ok: true, msg: r.data };
}
