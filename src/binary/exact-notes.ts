/**
 * Makes the exact notes of a decoded module (see `exact.ts`): encodes it
 * canonically, compares every function body and section with the original
 * bytes, and notes on the model each one that differs. With the notes,
 * `encode` gives back the original binary byte for byte, and so does the
 * text printed from the model. Threads that read a binary's bodies apart
 * make the bodies' notes each (`bodyNotes`) and the sections' once.
 *
 * Most binaries are canonical but for a data count section that no code
 * needs (what wasm-tools writes, and every text encoded); when the decoder
 * can tell (`DecodedLayout.canonical`) no encoding is made, and that
 * section's note is the only one. The encoding cost about a tenth of a
 * warm `wasm2wat` of small modules and more of a cold one.
 */
import { concatBytes } from "../bytes.js";
import type { ExactNote, ExactSection, Module } from "../module/model.js";
import type { DecodedLayout } from "./decode.js";
import { encode } from "./encode.js";
import { type BinaryLayout, equalBytes, noteFor, type UnitRange } from "./exact.js";
import { Reader } from "./reader.js";
import { u32Size } from "./writer.js";

export function addExactNotes(original: Uint8Array, module: Module, found: DecodedLayout): void {
  if (found.canonical === true) return addDataCountNote(original, module, found);
  const padded = sortedTriples(found.padded);
  const { canonical, written, same } = addSectionNotes(original, module, found, padded);
  if (same) return;
  const funcs = module.funcs;
  for (let i = 0; i < funcs.length; i++) {
    const note = bodyNote(original, found.bodies[i], payload(canonical, written.bodies[i]), padded);
    if (note !== undefined) funcs[i].exact = note;
  }
}

/**
 * The notes of the bodies of defined functions [from, to) (undefined where
 * none is needed), given their code entries encoded apart (`encodeBodies`):
 * for a thread that reads only those bodies. `padded` holds the padded LEBs
 * the decoder saw in them.
 */
export function bodyNotes(original: Uint8Array, found: DecodedLayout, from: number, entries: Uint8Array, padded: readonly number[]): (ExactNote | undefined)[] {
  const triples = sortedTriples(padded);
  const notes: (ExactNote | undefined)[] = [];
  const r = new Reader(entries);
  for (let i = from; !r.atEnd(); i++) {
    const size = r.u32();
    notes.push(bodyNote(original, found.bodies[i], entries.subarray(r.pos, r.pos + size), triples));
    r.pos += size;
  }
  return notes;
}

/**
 * The notes of every section and custom section (not of the bodies): for a
 * module whose bodies were read apart, given whether one uses a data
 * segment index (`found.usesDataIndex`). Call before the bodies' notes are
 * put on the module, which the canonical encoding would otherwise apply.
 */
export function addSectionNotes(
  original: Uint8Array,
  module: Module,
  found: DecodedLayout,
  padded: number[][] = sortedTriples(found.padded),
): { canonical: Uint8Array; written: BinaryLayout; same: boolean } {
  // The canonical encoding is the one text gives, and text has a data count
  // section only when code needs one; a note keeps any other.
  module.dataCount = found.usesDataIndex === true;
  const written: BinaryLayout = { sections: {}, bodies: [], customs: new Map() };
  const canonical = encode(module, { layout: written });
  // The common case, a binary in the canonical encoding, needs no unit compared.
  if (found.padded.length === 0 && equalBytes(original, canonical)) return { canonical, written, same: true };
  for (const unit of Object.keys(found.sections) as ExactSection[]) {
    const o = found.sections[unit]!;
    const c = written.sections[unit];
    let note: ExactNote | undefined;
    if (unit === "code" && c !== undefined && found.bodies.length > 0) {
      // Bodies come out as their notes say, that is as they were: only the head can differ.
      const head = found.bodies[0].start;
      const canonicalHead = canonical.subarray(c.payload, written.bodies[0].start);
      const effective = concatBytes([canonicalHead, original.subarray(head, o.end)]);
      note = noteFor(payload(original, o), effective, paddedIn(padded, o.payload, head), sizeWidth(o, true));
    } else {
      const canonicalPayload = c === undefined ? new Uint8Array(0) : payload(canonical, c);
      note = noteFor(payload(original, o), canonicalPayload, paddedIn(padded, o.payload, o.end), sizeWidth(o, true));
    }
    if (note !== undefined) (module.exact ??= { sections: {} }).sections[unit] = note;
  }
  for (const [custom, o] of found.customs) {
    // An object file's linking and reloc.* sections are written from the model, exactly as LLVM writes them.
    if (custom.generated !== undefined) continue;
    const c = written.customs.get(custom);
    if (c === undefined) continue;
    const note = noteFor(payload(original, o), payload(canonical, c), paddedIn(padded, o.payload, o.end), sizeWidth(o, true));
    if (note !== undefined) custom.exact = note;
  }
  return { canonical, written, same: false };
}

/**
 * The notes of a binary the decoder found canonical (see
 * `DecodedLayout.canonical`): it differs from the canonical encoding at
 * most by a data count section that no code needs, which text has only
 * through its note, made as `addSectionNotes` makes it.
 */
function addDataCountNote(original: Uint8Array, module: Module, found: DecodedLayout): void {
  const unneeded = module.dataCount && found.usesDataIndex !== true;
  module.dataCount = found.usesDataIndex === true;
  if (!unneeded) return;
  const o = found.sections.datacount!;
  const note = noteFor(payload(original, o), new Uint8Array(0), [], sizeWidth(o, true));
  if (note !== undefined) (module.exact ??= { sections: {} }).sections.datacount = note;
}

function bodyNote(original: Uint8Array, o: UnitRange, canonicalPayload: Uint8Array, padded: number[][]): ExactNote | undefined {
  return noteFor(payload(original, o), canonicalPayload, paddedIn(padded, o.payload, o.end), sizeWidth(o, false));
}

function payload(bytes: Uint8Array, range: UnitRange): Uint8Array {
  return bytes.subarray(range.payload, range.end);
}

/** The width of a unit's size prefix when it is wider than needed; sections have an id byte before it. */
function sizeWidth(range: UnitRange, afterId: boolean): number | undefined {
  const width = range.payload - range.start - (afterId ? 1 : 0);
  return width > u32Size(range.end - range.payload) ? width : undefined;
}

/** Padded LEBs as (offset, width, minimal) triples, in offset order. */
function sortedTriples(flat: readonly number[]): number[][] {
  const triples: number[][] = [];
  for (let i = 0; i < flat.length; i += 3) triples.push([flat[i], flat[i + 1], flat[i + 2]]);
  return triples.sort((a, b) => a[0] - b[0]);
}

/** The padded LEBs inside [from, to), with offsets relative to `from`. */
function paddedIn(padded: number[][], from: number, to: number): number[] {
  let lo = 0;
  let hi = padded.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (padded[mid][0] < from) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < padded.length && padded[i][0] < to; i++) out.push(padded[i][0] - from, padded[i][1], padded[i][2]);
  return out;
}
