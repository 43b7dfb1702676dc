/**
 * `validate --object`'s reading of an object file: every Linking.md rule it
 * breaks, each with its rule and byte offset, where decoding stops at the
 * first. A binary that does not decode at all throws as `decode` does.
 */
import { decode, type InternalDecodeOptions } from "../binary/decode.js";
import { objectProblems, type ObjectLayout } from "./decode-object.js";
import type { ObjectFileError } from "./object-error.js";

export function checkObject(bytes: Uint8Array): ObjectFileError[] {
  const layout: ObjectLayout = { sections: {}, bodies: [], customs: new Map(), padded: [], dataBytes: [] };
  const module = decode(bytes, { linking: false, layout } satisfies InternalDecodeOptions);
  return objectProblems(bytes, module, layout).sort((a, b) => a.offset - b.offset);
}
