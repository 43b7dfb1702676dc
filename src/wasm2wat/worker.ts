/**
 * A worker thread of `wasm2wat` on several threads (`split.ts`): given a
 * binary, it decodes all but the bodies, then prints the runs of bodies it
 * is sent, one reply each.
 */
import { decodeDeferred } from "../binary/decode.js";
import { serveBatches } from "../wat2wasm/batch-run.js";
import { BodyPrinter, type PrintedBatch } from "./body-printer.js";
import { type SplitStart, splitDecodeOptions } from "./split.js";

serveBatches<SplitStart, BodyPrinter, PrintedBatch>(
  ({ bytes, options }) => new BodyPrinter(bytes, decodeDeferred(bytes, splitDecodeOptions(options)), options),
  (printer, range, spare) => {
    const result = printer.batch(range, spare);
    return { result, transfer: [result.text.buffer as ArrayBuffer] };
  },
);
