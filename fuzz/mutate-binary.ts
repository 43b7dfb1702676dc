/**
 * Mutations of a WebAssembly binary: each takes the bytes and gives new
 * bytes, aimed at what a decoder trusts (LEB128 numbers, section ids and
 * sizes, counts, section order) as well as at plain byte noise. One table
 * lists them; `mutateBinary` applies one to four in a row.
 */
import type { Prng } from "./prng.js";

export interface BinaryMutation {
  name: string;
  apply(bytes: Uint8Array, rng: Prng, donor: Uint8Array): Uint8Array;
}

const HEADER_SIZE = 8;

/** Byte values decoders treat specially: continuation bits, type codes, opcodes, section ids. */
const INTERESTING_BYTES = [0x00, 0x01, 0x02, 0x03, 0x0b, 0x0c, 0x40, 0x60, 0x6f, 0x70, 0x7f, 0x80, 0xfb, 0xfc, 0xfd, 0xfe, 0xff];

/** Values a LEB128 field can be made to hold: boundaries of u32/s32/s33/u64 and their neighbours. */
const INTERESTING_NUMBERS = [0, 1, 0x3f, 0x40, 0x7f, 0x80, 0xffff, 0x10000, 0x7fffffff, 0x80000000, 0xffffffff, 0x100000000];

interface SectionRange {
  start: number;
  payload: number;
  end: number;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function leb(value: number, width = 0): Uint8Array {
  const out: number[] = [];
  let v = value;
  do {
    const byte = v % 128;
    v = Math.floor(v / 128);
    out.push(byte);
  } while (v > 0 || out.length < width);
  for (let i = 0; i < out.length - 1; i++) out[i] |= 0x80;
  return Uint8Array.from(out);
}

/** The LEB128 number at `at`: its value and length, or undefined past the end or beyond ten bytes. */
function readLeb(bytes: Uint8Array, at: number): { value: number; length: number } | undefined {
  let value = 0;
  for (let i = 0; i < 10 && at + i < bytes.length; i++) {
    value += (bytes[at + i] & 0x7f) * 2 ** (7 * i);
    if ((bytes[at + i] & 0x80) === 0) return { value, length: i + 1 };
  }
  return undefined;
}

/** The sections as far as their sizes hold together. */
function sections(bytes: Uint8Array): SectionRange[] {
  const out: SectionRange[] = [];
  let at = HEADER_SIZE;
  while (at < bytes.length) {
    const size = readLeb(bytes, at + 1);
    if (size === undefined) break;
    const payload = at + 1 + size.length;
    const end = payload + size.value;
    if (end > bytes.length) break;
    out.push({ start: at, payload, end });
    at = end;
  }
  return out;
}

function splice(bytes: Uint8Array, from: number, to: number, insert: Uint8Array): Uint8Array {
  return concat(bytes.subarray(0, from), insert, bytes.subarray(to));
}

/** A position past the header when there is one, so most mutations reach the sections. */
function position(bytes: Uint8Array, rng: Prng): number {
  return bytes.length > HEADER_SIZE && rng.chance(0.95) ? HEADER_SIZE + rng.int(bytes.length - HEADER_SIZE) : rng.int(bytes.length + 1);
}

function range(bytes: Uint8Array, rng: Prng): [number, number] {
  const from = position(bytes, rng);
  return [from, Math.min(bytes.length, from + rng.size(64))];
}

export const BINARY_MUTATIONS: readonly BinaryMutation[] = [
  {
    name: "flip a bit",
    apply(bytes, rng) {
      const out = bytes.slice();
      if (out.length > 0) out[position(out, rng) % out.length] ^= 1 << rng.int(8);
      return out;
    },
  },
  {
    name: "set a byte",
    apply(bytes, rng) {
      const out = bytes.slice();
      if (out.length > 0) out[position(out, rng) % out.length] = rng.chance(0.7) ? rng.pick(INTERESTING_BYTES) : rng.int(256);
      return out;
    },
  },
  {
    name: "rewrite a LEB128 number",
    apply(bytes, rng) {
      const at = position(bytes, rng);
      const old = readLeb(bytes, at);
      if (old === undefined) return bytes;
      const choice = rng.int(5);
      const replacement =
        choice === 0
          ? leb(old.value, 5) // padded to the widest u32 form
          : choice === 1
            ? leb(old.value, 6) // one byte too long
            : choice === 2
              ? leb(Math.max(0, old.value + (rng.chance(0.5) ? 1 : -1) * rng.size(4)))
              : choice === 3
                ? leb(rng.pick(INTERESTING_NUMBERS))
                : Uint8Array.from({ length: rng.size(12) }, () => 0x80); // never terminated
      return splice(bytes, at, at + old.length, replacement);
    },
  },
  {
    name: "change a section's size",
    apply(bytes, rng) {
      const all = sections(bytes);
      if (all.length === 0) return bytes;
      const s = rng.pick(all);
      const size = s.end - s.payload;
      const next = rng.pick([size + 1, size - 1, 0, size * 2, 0xffffffff, size + rng.size(16)]);
      return splice(bytes, s.start + 1, s.payload, leb(Math.max(0, next)));
    },
  },
  {
    name: "change a section's id",
    apply(bytes, rng) {
      const all = sections(bytes);
      if (all.length === 0) return bytes;
      const out = bytes.slice();
      out[rng.pick(all).start] = rng.int(16);
      return out;
    },
  },
  {
    name: "drop a section",
    apply(bytes, rng) {
      const all = sections(bytes);
      if (all.length === 0) return bytes;
      const s = rng.pick(all);
      return splice(bytes, s.start, s.end, new Uint8Array());
    },
  },
  {
    name: "duplicate a section",
    apply(bytes, rng) {
      const all = sections(bytes);
      if (all.length === 0) return bytes;
      const s = rng.pick(all);
      const at = rng.pick(all);
      return splice(bytes, at.start, at.start, bytes.slice(s.start, s.end));
    },
  },
  {
    name: "swap two sections",
    apply(bytes, rng) {
      const all = sections(bytes);
      if (all.length < 2) return bytes;
      const i = rng.int(all.length - 1);
      const [a, b] = [all[i], all[i + 1]];
      return concat(bytes.subarray(0, a.start), bytes.subarray(b.start, b.end), bytes.subarray(a.start, a.end), bytes.subarray(b.end));
    },
  },
  {
    name: "change a count",
    apply(bytes, rng) {
      const all = sections(bytes);
      if (all.length === 0) return bytes;
      const s = rng.pick(all);
      const count = readLeb(bytes, s.payload);
      if (count === undefined || s.payload + count.length > s.end) return bytes;
      const next = rng.pick([count.value + 1, count.value - 1, 0, 0x10000, 0xffffffff]);
      const inner = concat(leb(Math.max(0, next)), bytes.subarray(s.payload + count.length, s.end));
      return concat(bytes.subarray(0, s.start + 1), leb(inner.length), inner, bytes.subarray(s.end));
    },
  },
  {
    name: "insert bytes",
    apply(bytes, rng) {
      const at = position(bytes, rng);
      const insert = Uint8Array.from({ length: rng.size(16) }, () => (rng.chance(0.5) ? rng.pick(INTERESTING_BYTES) : rng.int(256)));
      return splice(bytes, at, at, insert);
    },
  },
  {
    name: "delete bytes",
    apply(bytes, rng) {
      const [from, to] = range(bytes, rng);
      return splice(bytes, from, to, new Uint8Array());
    },
  },
  {
    name: "repeat bytes",
    apply(bytes, rng) {
      const [from, to] = range(bytes, rng);
      const piece = bytes.slice(from, to);
      return splice(bytes, to, to, concat(...Array.from({ length: rng.size(8) }, () => piece)));
    },
  },
  {
    name: "splice in bytes of another module",
    apply(bytes, rng, donor) {
      const [from, to] = range(donor, rng);
      const at = position(bytes, rng);
      return splice(bytes, at, at, donor.slice(from, to));
    },
  },
  {
    name: "truncate",
    apply(bytes, rng) {
      return bytes.slice(0, position(bytes, rng));
    },
  },
];

/** One to four mutations of `bytes`; gives the new bytes and the mutations' names. */
export function mutateBinary(bytes: Uint8Array, rng: Prng, donor: Uint8Array): { bytes: Uint8Array; steps: string[] } {
  let out = bytes;
  const steps: string[] = [];
  for (let n = 1 + rng.int(rng.chance(0.5) ? 1 : 4); n > 0; n--) {
    const mutation = rng.pick(BINARY_MUTATIONS);
    out = mutation.apply(out, rng, donor);
    steps.push(mutation.name);
  }
  return { bytes: out, steps };
}
