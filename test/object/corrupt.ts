/** Object files to corrupt: libc.a members, and where their code relocations are. */
import { readFileSync } from "node:fs";
import { Reader } from "../../src/binary/reader.js";
import { readArchive } from "../../src/object/archive.js";
import { LIBC } from "./toolchain.js";

interface Section {
  id: number;
  name?: string;
  payload: number;
  end: number;
}

function sections(bytes: Uint8Array): Section[] {
  const r = new Reader(bytes, 8);
  const out: Section[] = [];
  while (!r.atEnd()) {
    const id = r.byte();
    const size = r.u32();
    const payload = r.pos;
    out.push({ id, payload, end: payload + size, ...(id === 0 ? { name: r.name() } : {}) });
    r.pos = payload + size;
  }
  return out;
}

export interface Entry {
  type: number;
  offset: number;
  /** Where the entry's offset LEB is in the file. */
  offsetAt: number;
  /** The symbol (or type) index it names. */
  index: number;
}

/**
 * The entries of an object's relocation section `name` (reloc.CODE by
 * default), and where their offsets count from: the code section's contents,
 * or a custom section's bytes after its name.
 */
export function relocs(bytes: Uint8Array, name = "reloc.CODE"): { base: number; entries: Entry[] } {
  const all = sections(bytes);
  const reloc = all.find((s) => s.name === name)!;
  const r = new Reader(bytes, reloc.payload);
  r.name();
  const target = all[r.u32()];
  const entries: Entry[] = [];
  for (let n = r.u32(); n > 0; n--) {
    const type = r.byte();
    const offsetAt = r.pos;
    const offset = r.u32();
    const index = r.u32();
    if ([3, 4, 5, 8, 9, 11, 14, 15, 16, 17, 21, 22, 23, 25].includes(type)) r.s64();
    entries.push({ type, offset, offsetAt, index });
  }
  let base = target.payload;
  if (target.id === 0) {
    const named = new Reader(bytes, base);
    named.name();
    base = named.pos;
  }
  return { base, entries };
}

export const member = (name: string) => new Uint8Array(readArchive(readFileSync(LIBC)).find((m) => m.name === name)!.bytes);

/** Where each function symbol's index LEB is in the file, by symbol number. */
export function funcSymbolIndices(bytes: Uint8Array): Map<number, number> {
  const linking = sections(bytes).find((s) => s.name === "linking")!;
  const r = new Reader(bytes, linking.payload);
  r.name();
  r.u32();
  // Past the subsections before the symbol table (8), to its contents.
  for (let id = r.byte(); id !== 8; id = r.byte()) {
    const size = r.u32();
    r.pos += size;
  }
  r.u32();
  const at = new Map<number, number>();
  for (let n = r.u32(), i = 0; i < n; i++) {
    const kind = r.byte();
    const flags = r.u32();
    const undefinedSym = (flags & 0x10) !== 0;
    if (kind === 1) {
      r.name();
      if (!undefinedSym) {
        r.u32();
        r.u64();
        r.u64();
      }
    } else if (kind === 3) {
      r.u32();
    } else {
      if (kind === 0) at.set(i, r.pos);
      r.u32();
      if (!undefinedSym || (flags & 0x40) !== 0) r.name();
    }
  }
  return at;
}

/** Adds one to the padded 5-byte LEB128 at `at` (signed for an i32.const), keeping its width; the value it held. */
export function bumpPadded(bytes: Uint8Array, at: number, signed = false): number {
  const r = new Reader(bytes, at);
  const value = signed ? r.s32() : r.u32();
  const next = value + 1;
  for (let i = 0; i < 5; i++) {
    const bits = i < 4 ? (next >> (7 * i)) & 0x7f : signed ? (next >> 28) & 0x7f : (next >>> 28) & 0x0f;
    bytes[at + i] = bits | (i < 4 ? 0x80 : 0);
  }
  return value;
}

/** Rewrites one padded call index of an object as a one-byte LEB followed by nops (still valid code); where the LEB is. */
export function unpadOneCall(bytes: Uint8Array): number {
  const { base: code, entries } = relocs(bytes);
  // A call whose padded index would fit one byte.
  const call = entries.find((e) => e.type === 0 && bytes[code + e.offset + 1] === 0x80 && bytes[code + e.offset + 4] === 0)!;
  const at = code + call.offset;
  bytes.set([bytes[at] & 0x7f, 0x01, 0x01, 0x01, 0x01], at);
  return at;
}
