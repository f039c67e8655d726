/**
 * Vectors given in the local frame of a direction u (local z along u) turned into the global
 * frame: the rotation of CLHEP's Hep3Vector::rotateUz (also Geant4's G4ThreeVector::rotateUz),
 * used for scattering angles, emission angles and lateral displacements.
 */

/**
 * Writes into `out` (length ≥ 3) the global components of the local vector (a, b, c) in the frame
 * whose z axis is the unit vector (ux, uy, uz): local x → (ux·uz/u⊥, uy·uz/u⊥, −u⊥), local y →
 * (−uy/u⊥, ux/u⊥, 0), u⊥ = √(ux² + uy²). For u along ±z the frame is the global one (mirrored in
 * x and z for −z). No allocation.
 */
export function localToGlobal(ux: number, uy: number, uz: number, a: number, b: number, c: number, out: Float64Array): void {
  const up2 = ux * ux + uy * uy;
  if (up2 > 1e-24) {
    const up = Math.sqrt(up2);
    out[0] = (ux * uz * a - uy * b) / up + ux * c;
    out[1] = (uy * uz * a + ux * b) / up + uy * c;
    out[2] = -up * a + uz * c;
  } else if (uz >= 0) {
    out[0] = a;
    out[1] = b;
    out[2] = c;
  } else {
    out[0] = -a;
    out[1] = b;
    out[2] = -c;
  }
}
