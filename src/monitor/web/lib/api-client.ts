/**
 * REST helpers of the monitor's browser pages: typed `fetch` of the server's JSON API
 * (`/api/status`, `/api/setup`, `/api/events/latest`, `/api/events/:n`, `/api/hist/:name.json`).
 * Browser only (uses `fetch` and `location`).
 */

/** Error thrown by {@link getJson}/{@link postJson}: HTTP status and the server's message. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

async function parse<T>(res: Response, url: string): Promise<T> {
  const text = await res.text();
  if (!res.ok) {
    let msg = text;
    try {
      msg = (JSON.parse(text) as { message?: string }).message ?? text;
    } catch {
      // plain-text error body
    }
    throw new ApiError(res.status, `${url}: HTTP ${res.status} ${msg}`);
  }
  return JSON.parse(text) as T;
}

/** GETs `path` (e.g. `/api/status`) from the server that served the page and parses the JSON. */
export async function getJson<T = unknown>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { accept: 'application/json' } });
  return parse<T>(res, path);
}

/** POSTs `body` as JSON to `path`, with the token (if any) as `Authorization: Bearer …`. */
export async function postJson<T = unknown>(path: string, body: unknown, token?: string): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(path, { method: 'POST', headers, body: JSON.stringify(body ?? {}) });
  return parse<T>(res, path);
}

/** The access token given in the page's URL (`?token=…`), if any: needed for state-changing actions off localhost. */
export function pageToken(): string | undefined {
  return new URLSearchParams(location.search).get('token') ?? undefined;
}
