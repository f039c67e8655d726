/**
 * Vite configuration of the monitor's browser app (src/monitor/web): a multi-page build with
 * one HTML entry per page. The server builds it on demand into `.emiss-build/web/`
 * (src/monitor/server/build-web.ts: rebuilt when a source it bundles changes); `npx vite build
 * --config src/monitor/web/vite.config.ts` builds it by hand. Pages:
 * - `index.html` + `dashboard.ts`: the online monitor dashboard (engineer "monitor");
 * - `display.html` + `display.ts`: the 3D event display (engineer "display");
 * - `explorer.html` + `explorer.ts`: the sensitivity explorer (engineer "display").
 * Shared browser helpers (REST + WebSocket client, styles) live in `lib/`.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** Folder of the web app's sources (the Vite root). */
export const WEB_ROOT = dirname(fileURLToPath(import.meta.url));
/** Default output folder: `.emiss-build/web/` at the package root. */
export const WEB_OUT = join(WEB_ROOT, '..', '..', '..', '.emiss-build', 'web');
/** The pages of the app: name → HTML entry, relative to {@link WEB_ROOT}. */
export const WEB_PAGES: Readonly<Record<string, string>> = {
  index: 'index.html',
  display: 'display.html',
  explorer: 'explorer.html',
};

export default defineConfig({
  root: WEB_ROOT,
  base: '/',
  logLevel: 'warn',
  clearScreen: false,
  publicDir: false,
  build: {
    outDir: WEB_OUT,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 4000,
    reportCompressedSize: false,
    rollupOptions: {
      input: Object.fromEntries(Object.entries(WEB_PAGES).map(([k, v]) => [k, join(WEB_ROOT, v)])),
    },
  },
});
