/**
 * Makes the exact notes of a decoded module (see `exact.ts`): compares every
 * function body and section with what `encode` writes for it, and notes on
 * the model each one that differs. With the notes, `encode` gives back the
 * original binary byte for byte, and so does the text printed from the
 * model. Threads that read a binary's bodies apart make the bodies' notes
 * each (`bodyNotes`) and the sections' once (`addSectionNotes`).
 *
 * Only the units the decoder could not judge canonical are encoded to be
 * compared (`FoundUnit.canonical`): the others differ at most by their
 * padded numbers, so their canonical bytes are their own with those numbers
 * made minimal. Compilers that pad numbers (Go pads every section's size
 * and some immediates) thus need no encoding, and most binaries are
 * canonical but for a data count section that no code needs (what
 * wasm-tools writes, and every text encoded): when the decoder can tell
 * (`DecodedLayout.canonical`), that section's note is the only one.
 */
import { concatBytes } from "../bytes.js";
import type { CustomSection, ExactNote, ExactSection, Module } from "../module/model.js";
import type { DecodedLayout, FoundUnit } from "./decode.js";
import { encode, encodeBodies } from "./encode.js";
import { type BinaryLayout, digest, equalBytes, minimalLebs, noteFor, type UnitRange } from "./exact.js";
import { Reader } from "./reader.js";
import { u32Size } from "./writer.js";

/**
 * For a canonical print (`exact: false`): the decoder notes where the name
 * and code metadata sections stood among the custom sections as it reads
 * them, for a module written back after an edit; printed without notes, the
 * text leaves their place to the encoder, as it leaves every other choice.
 */
export function dropExactNotes(module: Module): void {
  module.exact = undefined;
}

export function addExactNotes(original: Uint8Array, module: Module, found: DecodedLayout): void {
  if (found.canonical === true) return addDataCountNote(original, module, found);
  const padded = sortedTriples(found.padded);
  const whole = addSectionNotes(original, module, found, padded);
  if (whole?.same) return;
  const funcs = module.funcs;
  const notes = whole === undefined ? notesOfBodies(original, module, found, 0, funcs.length, padded) : wholeBodyNotes(original, found, whole, padded);
  for (let i = 0; i < funcs.length; i++) if (notes[i] !== undefined) funcs[i].exact = notes[i];
}

/**
 * The notes of the bodies of defined functions [from, to) of `module`
 * (undefined where none is needed): for a thread that reads only those
 * bodies. `padded` holds the padded LEBs the decoder saw in their
 * instructions; those of their local declarations, read with the module
 * (`decodeDeferred`), are in `found.padded`.
 */
export function bodyNotes(original: Uint8Array, module: Module, found: DecodedLayout, from: number, to: number, padded: readonly number[]): (ExactNote | undefined)[] {
  const start = found.bodies[from].start;
  const end = found.bodies[to - 1].end;
  const all = [...padded];
  const locals = found.padded;
  for (let i = 0; i < locals.length; i += 3) if (locals[i] >= start && locals[i] < end) all.push(locals[i], locals[i + 1], locals[i + 2]);
  return notesOfBodies(original, module, found, from, to, sortedTriples(all));
}

/** `bodyNotes` given the padded LEBs as `sortedTriples`; only the bodies the decoder did not judge canonical are encoded. */
function notesOfBodies(original: Uint8Array, module: Module, found: DecodedLayout, from: number, to: number, padded: number[][]): (ExactNote | undefined)[] {
  const judged = found.unitsJudged === true;
  const off = [];
  for (let i = from; i < to; i++) if (!judged || !found.bodies[i].canonical) off.push(module.funcs[i]);
  // The canonical entries are those of `encode` with names, as the whole module's are.
  const r = new Reader(off.length === 0 ? new Uint8Array(0) : encodeBodies(module, off, true, { consume: false }).bytes);
  const notes: (ExactNote | undefined)[] = [];
  for (let i = from; i < to; i++) {
    const o = found.bodies[i];
    if (judged && o.canonical) {
      notes.push(judgedNote(original, o, paddedIn(padded, o.payload, o.end), false));
      continue;
    }
    const size = r.u32();
    notes.push(bodyNote(original, o, r.buf.subarray(r.pos, r.pos + size), padded));
    r.pos += size;
  }
  return notes;
}

/** The module encoded, with where its units went, and whether that is the original binary. */
interface Encoded {
  canonical: Uint8Array;
  written: BinaryLayout;
  same: boolean;
  /** Whether the code section's entries are the original ones (`encodeWithBodiesAsRead`) rather than encoded. */
  bodiesAsRead: boolean;
}

/**
 * Puts the notes of every section and custom section (not of the bodies)
 * on the module: for a module whose bodies are read apart too, given
 * whether one uses a data segment index (`found.usesDataIndex`). Call
 * before the bodies' notes are put on the module, which an encoding would
 * otherwise apply. The whole encoding when one was made of the module's
 * bodies too (the decoder did not judge its units, or the name section's
 * canonical form needs the bodies' label names).
 */
export function addSectionNotes(original: Uint8Array, module: Module, found: DecodedLayout, padded: number[][] = sortedTriples(found.padded)): Encoded | undefined {
  // The canonical encoding is the one text gives, and text has a data count
  // section only when code needs one; a note keeps any other.
  module.dataCount = found.usesDataIndex === true;
  if (found.unitsJudged !== true || found.sections.name?.canonical === false) return addSectionNotesByEncoding(original, module, found, padded);
  const units = [...(Object.entries(found.sections) as [ExactSection, FoundUnit][]), ...found.customs];
  let encoded: Encoded | undefined;
  for (const [unit, o] of units) {
    // A name section taken in is among the sections.
    if (typeof unit !== "string" && o === found.sections.name) continue;
    let note: ExactNote | undefined;
    if (unit === "datacount" && !module.dataCount) note = noteFor(payload(original, o), new Uint8Array(0), paddedIn(padded, o.payload, o.end), sizeWidth(o, true));
    else if (o.canonical) note = judgedNote(original, o, paddedIn(padded, o.payload, unit === "code" ? codeHeadEnd(found) : o.end), true);
    else {
      // The bodies need no encoding here: they go into the code section as they are, and are noted apart.
      encoded ??= encodeWithBodiesAsRead(original, module, found);
      note = sectionNote(original, found, padded, encoded, unit, o);
    }
    if (note === undefined) continue;
    if (typeof unit === "string") (module.exact ??= { sections: {} }).sections[unit] = note;
    else unit.exact = note;
  }
  return undefined;
}

/** The sections' notes, all compared with an encoding of the whole module. */
function addSectionNotesByEncoding(original: Uint8Array, module: Module, found: DecodedLayout, padded: number[][]): Encoded {
  const written: BinaryLayout = { sections: {}, bodies: [], customs: new Map() };
  const encoded = { canonical: encode(module, { layout: written }), written, same: false, bodiesAsRead: false };
  // The common case, a binary in the canonical encoding, needs no unit compared.
  if (found.padded.length === 0 && equalBytes(original, encoded.canonical)) return { ...encoded, same: true };
  for (const unit of Object.keys(found.sections) as ExactSection[]) {
    const note = sectionNote(original, found, padded, encoded, unit, found.sections[unit]!);
    if (note !== undefined) (module.exact ??= { sections: {} }).sections[unit] = note;
  }
  for (const [custom, o] of found.customs) {
    // An object file's linking and reloc.* sections are written from the model, exactly as LLVM writes them.
    if (custom.generated !== undefined) continue;
    const note = sectionNote(original, found, padded, encoded, custom, o);
    if (note !== undefined) custom.exact = note;
  }
  return encoded;
}

/** The module encoded with the code section's entries as read: its bodies are noted apart. */
function encodeWithBodiesAsRead(original: Uint8Array, module: Module, found: DecodedLayout): Encoded {
  const written: BinaryLayout = { sections: {}, bodies: [], customs: new Map() };
  const code = found.sections.code;
  const entries = code === undefined || found.bodies.length === 0 ? new Uint8Array(0) : original.subarray(found.bodies[0].start, code.end);
  const bodies = [{ count: module.funcs.length, bytes: entries, labelNames: [], metadata: new Map() }];
  return { canonical: encode(module, { layout: written, bodies }), written, same: false, bodiesAsRead: true };
}

/** The note of a section or custom section (undefined where none is needed), compared with `encoded`. */
function sectionNote(
  original: Uint8Array,
  found: DecodedLayout,
  padded: number[][],
  { canonical, written, bodiesAsRead }: Encoded,
  unit: ExactSection | CustomSection,
  o: UnitRange,
): ExactNote | undefined {
  const c = typeof unit === "string" ? written.sections[unit] : written.customs.get(unit);
  if (typeof unit !== "string" && c === undefined) return undefined;
  if (unit === "code" && c !== undefined && found.bodies.length > 0) {
    // Bodies come out as their notes say, that is as they were: only the head can differ.
    const head = found.bodies[0].start;
    const effective = bodiesAsRead ? payload(canonical, c) : concatBytes([canonical.subarray(c.payload, written.bodies[0].start), original.subarray(head, o.end)]);
    return noteFor(payload(original, o), effective, paddedIn(padded, o.payload, head), sizeWidth(o, true));
  }
  const canonicalPayload = c === undefined ? new Uint8Array(0) : payload(canonical, c);
  return noteFor(payload(original, o), canonicalPayload, paddedIn(padded, o.payload, o.end), sizeWidth(o, true));
}

/** The bodies' notes, compared with an encoding of the whole module. */
function wholeBodyNotes(original: Uint8Array, found: DecodedLayout, { canonical, written }: Encoded, padded: number[][]): (ExactNote | undefined)[] {
  return found.bodies.map((o, i) => bodyNote(original, o, payload(canonical, written.bodies[i]), padded));
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

/**
 * The note of a unit the decoder judged canonical but for the padded
 * numbers `inside` it (as `paddedIn` gives them), made without an encoding:
 * its canonical payload is its own with those numbers minimal.
 */
function judgedNote(original: Uint8Array, o: UnitRange, inside: number[], afterId: boolean): ExactNote | undefined {
  const bytes = payload(original, o);
  const width = sizeWidth(o, afterId);
  if (inside.length > 0) return noteFor(bytes, minimalLebs(bytes, inside), inside, width);
  // What `noteFor` makes of a payload that is its own canonical one.
  return width === undefined ? undefined : { digest: digest(bytes), sizeWidth: width };
}

/** Where the code section's head, the part its own verdict is on, ends: its entries are noted apart. */
function codeHeadEnd(found: DecodedLayout): number {
  return found.bodies[0]?.start ?? found.sections.code!.end;
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
