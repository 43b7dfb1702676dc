/**
 * The `producers` custom section (tool-conventions): which languages,
 * tools and SDKs made a module, as fields of (name, version) pairs. The text
 * form `(@producers (language "C" "11") (processed-by "clang" "19") ...)`
 * holds the same pairs; wasm-tools writes the fields in the fixed order of
 * `PRODUCER_FIELDS`, each once, with its pairs in text order, so only a
 * section laid out that way (canonical LEB128, valid UTF-8) reads back from
 * its text byte for byte; `decodeProducers` returns undefined for any other.
 *
 * Pure bytes in, values out: this module knows nothing of the text parser.
 */
import { PayloadReader, sameBytes, writeName, writeU32 } from "./custom-payload.js";

/** The field names the text form can spell, in the order they are encoded. */
export const PRODUCER_FIELDS = ["language", "sdk", "processed-by"] as const;

export type ProducerFieldName = (typeof PRODUCER_FIELDS)[number];

export interface Producer {
  readonly field: ProducerFieldName;
  readonly name: string;
  readonly version: string;
}

/** The section's payload: non-empty fields in `PRODUCER_FIELDS` order, pairs in the order given. */
export function encodeProducers(producers: readonly Producer[]): Uint8Array {
  const fields = PRODUCER_FIELDS.map((field) => ({ field, pairs: producers.filter((p) => p.field === field) })).filter((f) => f.pairs.length > 0);
  const out: number[] = [];
  writeU32(out, fields.length);
  for (const { field, pairs } of fields) {
    writeName(out, field);
    writeU32(out, pairs.length);
    for (const p of pairs) {
      writeName(out, p.name);
      writeName(out, p.version);
    }
  }
  return Uint8Array.from(out);
}

/** The pairs of a producers section, or undefined when its text form would not encode to exactly these bytes. */
export function decodeProducers(bytes: Uint8Array): Producer[] | undefined {
  const r = new PayloadReader(bytes);
  try {
    const producers: Producer[] = [];
    for (let fields = r.u32(); fields > 0; fields--) {
      const field = r.name();
      if (!(PRODUCER_FIELDS as readonly string[]).includes(field)) return undefined;
      for (let pairs = r.u32(); pairs > 0; pairs--) producers.push({ field: field as ProducerFieldName, name: r.name(), version: r.name() });
    }
    return sameBytes(encodeProducers(producers), bytes) ? producers : undefined;
  } catch {
    return undefined;
  }
}
