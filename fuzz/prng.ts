/**
 * A small seeded pseudo-random generator (xorshift32): every fuzz input is a
 * pure function of the run's seed and the input's number, so any input a run
 * reports can be made again with `--seed S --only N`.
 */
export class Prng {
  private state: number;

  constructor(seed: number) {
    // xorshift32 has one fixed point, zero; mixing the seed keeps small seeds apart.
    this.state = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) >>> 0 || 0x2545f491;
  }

  /** The generator for input `index` of a run started with `seed`. */
  static forInput(seed: number, index: number): Prng {
    return new Prng(Math.imul(seed + 1, 0x27d4eb2d) ^ Math.imul(index + 1, 0x165667b1));
  }

  /** A uniform 32-bit unsigned integer. */
  next(): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return n <= 0 ? 0 : Math.floor((this.next() / 0x1_0000_0000) * n);
  }

  /** An integer in [1, max], small ones far likelier (log-uniform): nesting depths, run lengths. */
  size(max: number): number {
    return Math.min(max, Math.floor(Math.exp((this.next() / 0x1_0000_0000) * Math.log(max + 1))) || 1);
  }

  chance(p: number): boolean {
    return this.next() / 0x1_0000_0000 < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
}
