/** Options shared by the commands that work on dark matter: type names and defaults. */
import type { DarkMatterType } from '../../physics/index.js';
import { parseChoice } from '../option-parsers.js';

/** Command-line names of the dark-matter types (scalar = complex scalar). */
export const DM_CHOICES = ['scalar', 'majorana', 'pseudo-dirac', 'dirac'] as const;

/** Maps a --dm value to the physics type. */
export function dmOption(value: string): DarkMatterType {
  const v = parseChoice(value, '--dm', DM_CHOICES);
  return v === 'scalar' ? 'complex-scalar' : v;
}

/** The --dm name of a physics type. */
export function dmName(t: DarkMatterType): (typeof DM_CHOICES)[number] {
  return t === 'complex-scalar' ? 'scalar' : t;
}
