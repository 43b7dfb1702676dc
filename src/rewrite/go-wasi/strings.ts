/**
 * The runtime's constant strings (member names, error codes, messages): one
 * passive data segment, copied into the runtime's heap when the program
 * starts, since Go owns every byte of the memory below it.
 */

export interface PooledString {
  /** Offset in the pool (and in the heap block the pool is copied to). */
  readonly off: number;
  readonly len: number;
}

export class StringPool {
  private readonly bytes: number[] = [];
  private readonly seen = new Map<string, PooledString>();

  add(text: string): PooledString {
    let s = this.seen.get(text);
    if (s === undefined) {
      const encoded = new TextEncoder().encode(text);
      s = { off: this.bytes.length, len: encoded.length };
      this.bytes.push(...encoded);
      this.seen.set(text, s);
    }
    return s;
  }

  get size(): number {
    return this.bytes.length;
  }

  /** The pool as a WAT string literal. */
  literal(): string {
    return '"' + this.bytes.map((b) => "\\" + b.toString(16).padStart(2, "0")).join("") + '"';
  }
}
