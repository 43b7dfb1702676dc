/**
 * Exact re-encoding of decoded binaries.
 *
 * The binary format allows several encodings of one module: LEB128 numbers
 * padded with redundant bytes (linkers leave relocated indices 5 bytes wide),
 * local declarations split differently, flags that could be shorter, empty
 * sections. The text format has no words for these, so text printed from a
 * binary would re-encode to the canonical bytes, not the original ones.
 *
 * An `ExactNote` records, for one unit (a function body, a section), how
 * the original differs from the canonical encoding of the same content: the
 * padded LEBs (as positions in the canonical bytes), the width of the size
 * prefix, or, when the difference is anything else, the original bytes
 * outright. It also records a digest of the canonical bytes it was made
 * against: the encoder applies a note only while the unit still encodes to
 * exactly those bytes, so a note never survives an edit of what it
 * describes (an edited unit is written canonically).
 */
import { createRequire } from "node:module";
import type { CustomSection, ExactNote, ExactSection } from "../module/model.js";

/** Where a unit sits in a binary: its first byte (section id or size prefix), its payload, its end. */
export interface UnitRange {
  start: number;
  payload: number;
  end: number;
}

/** Where the units of a binary are, as the decoder found them or the encoder wrote them. */
export interface BinaryLayout {
  sections: Partial<Record<ExactSection, UnitRange>>;
  /** Defined functions' bodies, in order. */
  bodies: UnitRange[];
  /** Custom sections kept as such. */
  customs: Map<CustomSection, UnitRange>;
}


/**
 * `node:crypto`, loaded on first use: most calls make no note, and loading
 * it costs every import of the package some 3 ms (a synchronous `require`,
 * which any Node 20 has for its built-in modules).
 */
let crypto: typeof import("node:crypto") | undefined;

/** A stable, short digest of a byte sequence (96 bits, base64url). */
export function digest(bytes: Uint8Array): string {
  crypto ??= createRequire(import.meta.url)("node:crypto") as typeof import("node:crypto");
  return crypto.createHash("sha256").update(bytes).digest("base64url").slice(0, 16);
}

/**
 * The original payload a note describes, given the canonical payload it was
 * made against; undefined when the payload no longer matches the note's digest.
 */
export function originalPayload(canonical: Uint8Array, note: ExactNote): Uint8Array | undefined {
  if (digest(canonical) !== note.digest) return undefined;
  if (note.raw !== undefined) return note.raw;
  return note.paddings !== undefined ? padLebs(canonical, note.paddings) : canonical;
}

/** Re-widens the LEB128 numbers at the given canonical offsets (see `ExactNote.paddings`). */
export function padLebs(canonical: Uint8Array, paddings: readonly number[]): Uint8Array {
  // Room for every widened number at its full width: more than enough.
  let room = 0;
  for (let i = 0; i < paddings.length; i += 3) room += paddings[i + 1];
  const out = new Uint8Array(canonical.length + room);
  let from = 0;
  let to = 0;
  for (let i = 0; i < paddings.length; i += 3) {
    const at = paddings[i];
    const width = paddings[i + 1];
    const fill = paddings[i + 2] === 1 ? 0x7f : 0x00;
    out.set(canonical.subarray(from, at), to);
    to += at - from;
    let end = at;
    while (end < canonical.length && canonical[end] & 0x80) end++;
    const minimal = end - at + 1;
    if (end >= canonical.length || width <= minimal) throw new RangeError(`exact note: no LEB to widen at offset ${at}`);
    out.set(canonical.subarray(at, end + 1), to);
    to += minimal;
    out[to - 1] |= 0x80;
    for (let k = minimal; k < width - 1; k++) out[to++] = 0x80 | fill;
    out[to++] = fill;
    from = end + 1;
  }
  out.set(canonical.subarray(from), to);
  to += canonical.length - from;
  return out.subarray(0, to);
}

/**
 * The bytes with the LEB128 numbers at the given offsets made minimal, the
 * inverse of `padLebs`: `padded` holds triples (offset, width, minimal
 * width) in offset order, as the decoder records them.
 */
export function minimalLebs(bytes: Uint8Array, padded: readonly number[]): Uint8Array {
  let removed = 0;
  for (let i = 0; i < padded.length; i += 3) removed += padded[i + 1] - padded[i + 2];
  const out = new Uint8Array(bytes.length - removed);
  let from = 0;
  let to = 0;
  for (let i = 0; i < padded.length; i += 3) {
    const end = padded[i] + padded[i + 2];
    out.set(bytes.subarray(from, end), to);
    to += end - from;
    // The groups dropped only repeat the sign or zero: the last one kept ends the number.
    out[to - 1] &= 0x7f;
    from = padded[i] + padded[i + 1];
  }
  out.set(bytes.subarray(from), to);
  return out;
}

/**
 * Makes the note for a unit: `original` and `canonical` are its payloads,
 * `padded` the padded LEBs the decoder saw inside the original payload as
 * triples (offset in the original payload, width, minimal width) whose fill
 * is read from the original bytes. Undefined when the two are equal.
 */
export function noteFor(
  original: Uint8Array,
  canonical: Uint8Array,
  padded: readonly number[],
  sizeWidth: number | undefined,
): ExactNote | undefined {
  const same = equalBytes(original, canonical);
  if (same && sizeWidth === undefined) return undefined;
  const note: ExactNote = { digest: digest(canonical) };
  if (sizeWidth !== undefined) note.sizeWidth = sizeWidth;
  if (same) return note;
  const paddings: number[] = [];
  let shift = 0;
  for (let i = 0; i < padded.length; i += 3) {
    const at = padded[i];
    const width = padded[i + 1];
    const minimal = padded[i + 2];
    paddings.push(at - shift, width, original[at + width - 1] === 0x7f ? 1 : 0);
    shift += width - minimal;
  }
  if (paddings.length > 0) {
    try {
      if (equalBytes(padLebs(canonical, paddings), original)) {
        note.paddings = paddings;
        return note;
      }
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
    }
  }
  note.raw = original.slice();
  return note;
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Where a position in a canonical payload ends up once `padLebs` has widened
 * the LEBs its paddings name: object files need the offsets of relocated
 * immediates as finally written.
 */
export function paddedPosition(canonical: Uint8Array, paddings: readonly number[], position: number): number {
  let shift = 0;
  for (let i = 0; i < paddings.length && paddings[i] < position; i += 3) {
    let end = paddings[i];
    while (end < canonical.length && canonical[end] & 0x80) end++;
    shift += paddings[i + 1] - (end - paddings[i] + 1);
  }
  return position + shift;
}
