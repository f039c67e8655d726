/**
 * An interactive ROOT-style view of one histogram: JSROOT (bundled by Vite, loaded on first use
 * so the dashboard's own bundle stays small) draws the server's TBufferJSON histogram
 * (`GET /api/hist/<name>.json`) in an overlay, with zoom, stat box and ROOT's palette.
 * Browser only.
 */

let overlay: HTMLElement | undefined;

/** Opens the overlay with histogram `name` drawn by JSROOT (`hist` for 1D, `colz` for 2D). */
export async function openJsrootView(name: string): Promise<void> {
  overlay?.remove();
  const o = document.createElement('div');
  overlay = o;
  o.id = 'jsroot-view';
  o.style.cssText = 'position:fixed;inset:4% 6%;background:#fff;border:1px solid #888;box-shadow:0 4px 24px rgba(0,0,0,.3);z-index:10;display:flex;flex-direction:column';
  o.innerHTML = `<div style="display:flex;justify-content:space-between;padding:4px 8px;background:#eee"><span>${name} (JSROOT; the live panel keeps updating)</span><span><a href="/api/hist/${name}.json" download>JSON</a> <a href="/api/hist/${name}.png" download>PNG</a> <button id="jsroot-close">close</button></span></div><div id="jsroot-pad" style="flex:1;min-height:0"></div>`;
  document.body.append(o);
  o.querySelector('#jsroot-close')!.addEventListener('click', () => o.remove());
  const [{ draw, parse }, text] = await Promise.all([import('jsroot'), fetch(`/api/hist/${name}.json`).then((r) => r.text())]);
  const obj = parse(text);
  await draw(o.querySelector('#jsroot-pad'), obj, obj._typename === 'TH2D' ? 'colz' : 'hist');
  o.dataset.drawn = '1';
}
