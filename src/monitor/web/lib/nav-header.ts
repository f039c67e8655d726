/**
 * The navigation bar shared by the monitor's pages: links to dashboard, event display and
 * explorer, and a connection indicator. Browser only.
 */

/** Page names of the app, in the order of the navigation bar. */
export const PAGES = [
  { href: '/', name: 'dashboard', label: 'Dashboard' },
  { href: '/display.html', name: 'display', label: 'Event display' },
  { href: '/explorer.html', name: 'explorer', label: 'Sensitivity explorer' },
] as const;

/** Inserts the navigation bar at the top of `document.body`; returns the connection-state element. */
export function navHeader(current: (typeof PAGES)[number]['name']): HTMLElement {
  const header = document.createElement('header');
  header.className = 'nav';
  const title = document.createElement('strong');
  title.textContent = 'emiss monitor';
  header.append(title);
  for (const p of PAGES) {
    const a = document.createElement('a');
    a.href = p.href + location.search;
    a.textContent = p.label;
    if (p.name === current) a.className = 'current';
    header.append(a);
  }
  const conn = document.createElement('span');
  conn.className = 'conn';
  conn.id = 'conn';
  conn.textContent = '…';
  header.append(conn);
  document.body.prepend(header);
  return conn;
}
