/**
 * The `dylink.0` custom section (tool-conventions' dynamic linking): a
 * sequence of subsections, each a type byte and a sized payload. The text
 * form `(@dylink.0 (mem-info ...) (needed ...) (export-info ...) (import-info ...))`
 * holds the same subsections in order; an export-info or import-info
 * annotation is one symbol, and consecutive ones share a subsection, as
 * wasm-tools encodes them. `decodeDylink` returns undefined for a section
 * its text form would not encode to byte for byte (an unknown subsection,
 * padded LEB128, symbols split over neighbouring subsections).
 *
 * Pure bytes in, values out: this module knows nothing of the text parser.
 */
import { PayloadReader, sameBytes, writeName, writeU32 } from "./custom-payload.js";

export interface MemInfo {
  readonly kind: "mem-info";
  readonly memorySize: number;
  /** log2 of the alignment. */
  readonly memoryAlign: number;
  readonly tableSize: number;
  readonly tableAlign: number;
}

export interface Needed {
  readonly kind: "needed";
  readonly libraries: readonly string[];
}

export interface ExportInfo {
  readonly kind: "export-info";
  readonly name: string;
  readonly flags: number;
}

export interface ImportInfo {
  readonly kind: "import-info";
  readonly module: string;
  readonly name: string;
  readonly flags: number;
}

export type DylinkEntry = MemInfo | Needed | ExportInfo | ImportInfo;

const SUBSECTION: Record<DylinkEntry["kind"], number> = { "mem-info": 1, needed: 2, "export-info": 3, "import-info": 4 };

/** Symbol flag bits with a name in the text form, in the order they are printed. */
export const SYMBOL_FLAGS: readonly (readonly [string, number])[] = [
  ["binding-weak", 0x1],
  ["binding-local", 0x2],
  ["visibility-hidden", 0x4],
  ["undefined", 0x10],
  ["exported", 0x20],
  ["explicit-name", 0x40],
  ["no-strip", 0x80],
  ["tls", 0x100],
  ["absolute", 0x200],
];

/** The section's payload: one subsection per entry, consecutive symbols of one kind sharing theirs. */
export function encodeDylink(entries: readonly DylinkEntry[]): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < entries.length; ) {
    const entry = entries[i];
    const body: number[] = [];
    if (entry.kind === "mem-info") {
      for (const n of [entry.memorySize, entry.memoryAlign, entry.tableSize, entry.tableAlign]) writeU32(body, n);
      i++;
    } else if (entry.kind === "needed") {
      writeU32(body, entry.libraries.length);
      for (const l of entry.libraries) writeName(body, l);
      i++;
    } else {
      let end = i;
      while (end < entries.length && entries[end].kind === entry.kind) end++;
      writeU32(body, end - i);
      for (const symbol of entries.slice(i, end) as (ExportInfo | ImportInfo)[]) {
        if (symbol.kind === "import-info") writeName(body, symbol.module);
        writeName(body, symbol.name);
        writeU32(body, symbol.flags);
      }
      i = end;
    }
    out.push(SUBSECTION[entry.kind]);
    writeU32(out, body.length);
    out.push(...body);
  }
  return Uint8Array.from(out);
}

/** The entries of a dylink.0 section, or undefined when its text form would not encode to exactly these bytes. */
export function decodeDylink(bytes: Uint8Array): DylinkEntry[] | undefined {
  const r = new PayloadReader(bytes);
  try {
    const entries: DylinkEntry[] = [];
    while (!r.done) {
      const type = r.byte();
      const end = r.u32() + r.pos;
      if (type === SUBSECTION["mem-info"]) {
        entries.push({ kind: "mem-info", memorySize: r.u32(), memoryAlign: r.u32(), tableSize: r.u32(), tableAlign: r.u32() });
      } else if (type === SUBSECTION.needed) {
        const libraries: string[] = [];
        for (let n = r.u32(); n > 0; n--) libraries.push(r.name());
        entries.push({ kind: "needed", libraries });
      } else if (type === SUBSECTION["export-info"]) {
        for (let n = r.u32(); n > 0; n--) entries.push({ kind: "export-info", name: r.name(), flags: r.u32() });
      } else if (type === SUBSECTION["import-info"]) {
        for (let n = r.u32(); n > 0; n--) entries.push({ kind: "import-info", module: r.name(), name: r.name(), flags: r.u32() });
      } else {
        return undefined;
      }
      if (r.pos !== end) return undefined;
    }
    return sameBytes(encodeDylink(entries), bytes) ? entries : undefined;
  } catch {
    return undefined;
  }
}

/** Flags as the text form writes them: the named bits, then any others as one hex number. */
export function flagWords(flags: number): string[] {
  const words: string[] = [];
  let rest = flags;
  for (const [word, bit] of SYMBOL_FLAGS) {
    if ((rest & bit) !== 0) {
      words.push(word);
      rest &= ~bit;
    }
  }
  if (rest !== 0) words.push(`0x${(rest >>> 0).toString(16)}`);
  return words;
}
