import { describe, expect, it } from 'vitest';
import { MAX_CLIENT_MESSAGE_BYTES, parseClientMessage } from './client-message.js';

describe('parseClientMessage(text)', () => {
  it('accepts the documented messages', () => {
    expect(parseClientMessage('{"type":"ping","id":3}')).toEqual({ ok: true, msg: { type: 'ping', id: 3 } });
    expect(parseClientMessage('{"type":"subscribe","topics":["hist","status"]}').ok).toBe(true);
    expect(parseClientMessage('{"type":"reset","token":"abc"}').ok).toBe(true);
    expect(parseClientMessage('{"type":"get_event","n":12}').ok).toBe(true);
  });

  it('rejects bad JSON, unknown types, unknown fields, wrong types and oversize messages with a reason', () => {
    expect(parseClientMessage('{"type": "ping"')).toMatchObject({ ok: false, error: expect.stringMatching(/not JSON/) });
    expect(parseClientMessage('{"type":"launch"}')).toMatchObject({ ok: false, error: expect.stringMatching(/invalid message/) });
    expect(parseClientMessage('{"type":"ping","extra":1}').ok).toBe(false);
    expect(parseClientMessage('{"type":"get_event","n":-1}')).toMatchObject({ ok: false, error: expect.stringMatching(/'n'/) });
    expect(parseClientMessage('{"type":"subscribe","topics":["everything"]}').ok).toBe(false);
    expect(parseClientMessage('[]').ok).toBe(false);
    expect(parseClientMessage(`{"type":"ping","x":"${'a'.repeat(MAX_CLIENT_MESSAGE_BYTES)}"}`)).toMatchObject({ ok: false, error: expect.stringMatching(/limit/) });
  });
});
