/** An axis label (src/plot label markup) for a DST column: `e_ecal_GeV` → `E_{ECAL} [GeV]`. */
export function columnLabel(column: string): string {
  const m = /^e_([a-z]+)([0-9]*)(?:_(min|pre))?_GeV$/.exec(column);
  if (m) return `E_{${m[1].toUpperCase()}${m[2]}${m[3] ? ` ${m[3]}` : ''}} [GeV]`;
  const unit = /_(GeV|cm|ns)$/.exec(column);
  const base = (unit ? column.slice(0, -unit[0].length) : column).replaceAll('_', ' ');
  return unit ? `${base} [${unit[1]}]` : base;
}
