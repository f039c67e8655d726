import { describe, expect, it } from 'vitest';
import { ALPHA, ELECTRON_MASS } from '../../core/index.js';
import { MOLIERE_SCALE_ENERGY } from './moliere-scale-energy.js';

describe('MOLIERE_SCALE_ENERGY', () => {
  it('equals √(4π/α) m_e c² (PDG 2024 Table 34.1: 21.2052 MeV) to the 6 printed digits', () => {
    expect(Math.abs(MOLIERE_SCALE_ENERGY / (Math.sqrt((4 * Math.PI) / ALPHA) * ELECTRON_MASS) - 1)).toBeLessThan(5e-6);
  });
});
