/**
 * The code metadata sections (`metadata.code.KIND`): for each function, the
 * items of one kind by the byte offset of their instruction from the start
 * of the function body. The encoder writes one section per kind from the
 * items it met while writing the code; the decoder reads a section back
 * into items for `Instr.metadata`.
 *
 * Only the form the encoder writes is read: function indices and offsets
 * strictly increasing, no function without items, a known kind's payload of
 * its form. Anything else is left to the caller to keep as a raw custom
 * section, which re-encodes it byte for byte.
 */
import { CODE_METADATA_PREFIX, payloadProblem } from "../types/code-metadata.js";
import { WasmDecodeError } from "./decode-error.js";
import { Reader } from "./reader.js";
import { ByteWriter } from "./writer.js";

const CUSTOM_SECTION_ID = 0;

/** The kind whose section has an exact note of its own (the `branch-hints` unit of `ExactSection`). */
export const NOTED_KIND = "branch_hint";

/**
 * The order the encoder writes the sections in: kinds in name order, the
 * branch hint section last, right before the code, where wasm-tools writes
 * it (so wasm-tools, reading a print of the others as `@custom` sections
 * placed before it, writes the same bytes).
 */
export function kindBefore(a: string, b: string): boolean {
  return a !== NOTED_KIND && (b === NOTED_KIND || a < b);
}

/** One item where the encoder met it. */
export interface PlacedMetadata {
  func: number;
  offset: number;
  data: Uint8Array;
}

/** Items of one kind by function index, then by body offset. */
export type MetadataItems = Map<number, Map<number, Uint8Array>>;

/** The kind a custom section's name gives, or undefined when it names no code metadata section. */
export function metadataKindOf(sectionName: string): string | undefined {
  return sectionName.startsWith(CODE_METADATA_PREFIX) && sectionName.length > CODE_METADATA_PREFIX.length
    ? sectionName.slice(CODE_METADATA_PREFIX.length)
    : undefined;
}

/** The whole section (id, size, name, payload) for items in the order the code has them. */
export function writeMetadataSection(kind: string, items: readonly PlacedMetadata[]): Uint8Array {
  const w = new ByteWriter();
  w.byte(CUSTOM_SECTION_ID);
  const mark = w.beginSized();
  w.name(CODE_METADATA_PREFIX + kind);
  let funcs = 0;
  for (let i = 0; i < items.length; i++) if (i === 0 || items[i].func !== items[i - 1].func) funcs++;
  w.u32(funcs);
  for (let i = 0; i < items.length; ) {
    const func = items[i].func;
    let j = i;
    while (j < items.length && items[j].func === func) j++;
    w.u32(func);
    w.u32(j - i);
    for (let k = i; k < j; k++) {
      w.u32(items[k].offset);
      w.u32(items[k].data.length);
      w.bytes(items[k].data);
    }
    i = j;
  }
  w.endSized(mark);
  return w.finish();
}

/** A section's payload (after its name) as items; null when it is not in the form the encoder writes. */
export function readMetadataSection(kind: string, bytes: Uint8Array): MetadataItems | null {
  const r = new Reader(bytes);
  const out: MetadataItems = new Map();
  try {
    const funcs = r.count();
    let lastFunc = -1;
    for (let f = 0; f < funcs; f++) {
      const func = r.u32();
      if (func <= lastFunc) return null;
      lastFunc = func;
      const n = r.count();
      if (n === 0) return null;
      const items = new Map<number, Uint8Array>();
      let lastOffset = -1;
      for (let k = 0; k < n; k++) {
        const offset = r.u32();
        const data = r.bytes(r.u32()).slice();
        if (offset <= lastOffset || payloadProblem(kind, data) !== undefined) return null;
        lastOffset = offset;
        items.set(offset, data);
      }
      out.set(func, items);
    }
    return r.atEnd() ? out : null;
  } catch (e) {
    if (e instanceof WasmDecodeError) return null;
    throw e;
  }
}

export function itemCount(items: MetadataItems): number {
  let n = 0;
  for (const m of items.values()) n += m.size;
  return n;
}
