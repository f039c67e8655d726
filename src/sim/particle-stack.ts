/**
 * The stack of particles waiting to be transported, as a struct of typed arrays (no object per
 * particle). Last in, first out: a shower is followed depth first, so the stack stays short.
 */

/** One particle's state, a reusable register (read after `pop`, written before `push`). */
export class ParticleState {
  species = 0;
  /** Total energy [GeV]. */
  e = 0;
  x = 0;
  y = 0;
  z = 0;
  /** Direction cosines. */
  ux = 0;
  uy = 0;
  uz = 1;
  /** Time [ns]. */
  t = 0;
  /** Generation (0 = beam particle). */
  generation = 0;
  /** Statistical weight (biasing). */
  weight = 1;

  /** Copies another state into this one. */
  copy(o: ParticleState): this {
    this.species = o.species;
    this.e = o.e;
    this.x = o.x;
    this.y = o.y;
    this.z = o.z;
    this.ux = o.ux;
    this.uy = o.uy;
    this.uz = o.uz;
    this.t = o.t;
    this.generation = o.generation;
    this.weight = o.weight;
    return this;
  }
}

/** A growable LIFO stack of particle states in typed arrays. */
export class ParticleStack {
  private capacity: number;
  n = 0;
  species: Uint8Array;
  e: Float64Array;
  x: Float64Array;
  y: Float64Array;
  z: Float64Array;
  ux: Float64Array;
  uy: Float64Array;
  uz: Float64Array;
  t: Float64Array;
  generation: Uint16Array;
  weight: Float64Array;

  constructor(capacity = 1024) {
    this.capacity = capacity;
    this.species = new Uint8Array(capacity);
    this.e = new Float64Array(capacity);
    this.x = new Float64Array(capacity);
    this.y = new Float64Array(capacity);
    this.z = new Float64Array(capacity);
    this.ux = new Float64Array(capacity);
    this.uy = new Float64Array(capacity);
    this.uz = new Float64Array(capacity);
    this.t = new Float64Array(capacity);
    this.generation = new Uint16Array(capacity);
    this.weight = new Float64Array(capacity);
  }

  /** Removes all particles. */
  clear(): void {
    this.n = 0;
  }

  /** Pushes a particle (copied from the register). */
  push(p: ParticleState): void {
    if (this.n === this.capacity) this.grow();
    const i = this.n++;
    this.species[i] = p.species;
    this.e[i] = p.e;
    this.x[i] = p.x;
    this.y[i] = p.y;
    this.z[i] = p.z;
    this.ux[i] = p.ux;
    this.uy[i] = p.uy;
    this.uz[i] = p.uz;
    this.t[i] = p.t;
    this.generation[i] = p.generation;
    this.weight[i] = p.weight;
  }

  /** Pops the last particle into the register; returns false when empty. */
  pop(p: ParticleState): boolean {
    if (this.n === 0) return false;
    const i = --this.n;
    p.species = this.species[i];
    p.e = this.e[i];
    p.x = this.x[i];
    p.y = this.y[i];
    p.z = this.z[i];
    p.ux = this.ux[i];
    p.uy = this.uy[i];
    p.uz = this.uz[i];
    p.t = this.t[i];
    p.generation = this.generation[i];
    p.weight = this.weight[i];
    return true;
  }

  private grow(): void {
    const c = this.capacity * 2;
    const g = <T extends Float64Array | Uint8Array | Uint16Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(c);
      b.set(a);
      return b;
    };
    this.species = g(this.species);
    this.e = g(this.e);
    this.x = g(this.x);
    this.y = g(this.y);
    this.z = g(this.z);
    this.ux = g(this.ux);
    this.uy = g(this.uy);
    this.uz = g(this.uz);
    this.t = g(this.t);
    this.generation = g(this.generation);
    this.weight = g(this.weight);
    this.capacity = c;
  }
}
