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
}

/** The reloc.CODE entries of an object, and where the code section's contents start. */
export function codeRelocs(bytes: Uint8Array): { code: number; entries: Entry[] } {
  const all = sections(bytes);
  const reloc = all.find((s) => s.name === "reloc.CODE")!;
  const r = new Reader(bytes, reloc.payload);
  r.name();
  r.u32();
  const entries: Entry[] = [];
  for (let n = r.u32(); n > 0; n--) {
    const type = r.byte();
    const offsetAt = r.pos;
    const offset = r.u32();
    r.u32();
    if ([3, 4, 5, 8, 9, 11, 14, 15, 16, 17, 21, 22, 23, 25].includes(type)) r.s64();
    entries.push({ type, offset, offsetAt });
  }
  return { code: all.find((s) => s.id === 10)!.payload, entries };
}

export const member = (name: string) => new Uint8Array(readArchive(readFileSync(LIBC)).find((m) => m.name === name)!.bytes);


/** Rewrites one padded call index of an object as a one-byte LEB followed by nops (still valid code); where the LEB is. */
export function unpadOneCall(bytes: Uint8Array): number {
  const { code, entries } = codeRelocs(bytes);
  // A call whose padded index would fit one byte.
  const call = entries.find((e) => e.type === 0 && bytes[code + e.offset + 1] === 0x80 && bytes[code + e.offset + 4] === 0)!;
  const at = code + call.offset;
  bytes.set([bytes[at] & 0x7f, 0x01, 0x01, 0x01, 0x01], at);
  return at;
}
