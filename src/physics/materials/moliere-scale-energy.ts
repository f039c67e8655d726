/**
 * The scale energy E_s = √(4π/α) m_e c² = 21.2052 MeV of the Molière radius
 * R_M = X0 E_s / E_c (PDG RPP 2024, "Passage of particles through matter", Table 34.1 and
 * Eq. 34.37), in GeV.
 */
export const MOLIERE_SCALE_ENERGY = 21.2052e-3;
