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

/** The field names the text form can spell, in the order they are encoded. */
export const PRODUCER_FIELDS = ["language", "sdk", "processed-by"] as const;

export type ProducerFieldName = (typeof PRODUCER_FIELDS)[number];

export interface Producer {
  readonly field: ProducerFieldName;
  readonly name: string;
  readonly version: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { fatal: true });

function u32(out: number[], n: number): void {
  do {
    const byte = n & 0x7f;
    n >>>= 7;
    out.push(n !== 0 ? byte | 0x80 : byte);
  } while (n !== 0);
}

function str(out: number[], s: string): void {
  const bytes = encoder.encode(s);
  u32(out, bytes.length);
  for (const b of bytes) out.push(b);
}

/** The section's payload: non-empty fields in `PRODUCER_FIELDS` order, pairs in the order given. */
export function encodeProducers(producers: readonly Producer[]): Uint8Array {
  const fields = PRODUCER_FIELDS.map((field) => ({ field, pairs: producers.filter((p) => p.field === field) })).filter((f) => f.pairs.length > 0);
  const out: number[] = [];
  u32(out, fields.length);
  for (const { field, pairs } of fields) {
    str(out, field);
    u32(out, pairs.length);
    for (const p of pairs) {
      str(out, p.name);
      str(out, p.version);
    }
  }
  return Uint8Array.from(out);
}

/** The pairs of a producers section, or undefined when its text form would not encode to exactly these bytes. */
export function decodeProducers(bytes: Uint8Array): Producer[] | undefined {
  let pos = 0;
  const u32At = (): number => {
    let n = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (pos >= bytes.length) throw new RangeError("end of section");
      const b = bytes[pos++];
      n += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) return n;
    }
    throw new RangeError("LEB128 too long");
  };
  const strAt = (): string => {
    const length = u32At();
    if (pos + length > bytes.length) throw new RangeError("end of section");
    return decoder.decode(bytes.subarray(pos, (pos += length)));
  };
  try {
    const producers: Producer[] = [];
    for (let fields = u32At(); fields > 0; fields--) {
      const field = strAt();
      if (!(PRODUCER_FIELDS as readonly string[]).includes(field)) return undefined;
      for (let pairs = u32At(); pairs > 0; pairs--) producers.push({ field: field as ProducerFieldName, name: strAt(), version: strAt() });
    }
    const again = encodeProducers(producers);
    return again.length === bytes.length && again.every((b, i) => b === bytes[i]) ? producers : undefined;
  } catch {
    return undefined;
  }
}
