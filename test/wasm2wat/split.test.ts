/**
 * wasm2wat on several threads prints what it prints on one: the same text
 * to the byte, flat or folded, with names or without, with exact notes or
 * canonical; a binary it cannot split or a malformed one goes to one thread,
 * which reports the same error; a worker that stops does not hang it.
 */
import { readFileSync, statSync } from "node:fs";
import { decodeDeferred } from "../../src/binary/decode.js";
import { wasm2wat, wasm2watStream, type Wasm2WatOptions } from "../../src/wasm2wat.js";
import { wat2wasm } from "../../src/wat2wasm.js";
import { hasLinkingSection } from "../../src/object/decode-object.js";
import { MIN_SPLIT_BYTES, wasm2watSplit } from "../../src/wasm2wat/split.js";
import { manyFuncs } from "../helpers/many-funcs.js";
import { decodeErrorOf, eighth, paddedBodies, VARIANTS } from "../helpers/body-runs.js";
import { corpusBinaries, realBinaries } from "../helpers/real-binaries.js";

/** Lines broken at a narrow width: printed for the small binaries only (laying out many wide lines is slow). */
const NARROW: [string, Wasm2WatOptions] = ["folded at width 60", { folded: true, printWidth: 60 }];

const STOPPING_WORKER = new URL("./fixtures/stopping-worker.js", import.meta.url);

/** The text of a split print, or undefined when it did not split. */
function splitText(bytes: Uint8Array, options: Wasm2WatOptions, more: { batchBytes?: number; worker?: URL } = {}): string | undefined {
  const chunks: Buffer[] = [];
  const split = wasm2watSplit(
    bytes,
    { folded: options.folded === true, names: options.names !== false, exact: options.exact !== false, printWidth: options.printWidth, jobs: 2, batchBytes: eighth(bytes), ...more },
    (chunk) => chunks.push(Buffer.from(chunk)),
  );
  return split ? Buffer.concat(chunks).toString("utf8") : undefined;
}

describe("wasm2wat on two threads", () => {
  const corpus = corpusBinaries().filter((b) => b.name.endsWith(".wasm"));

  // Small binaries are printed in every form; the large ones (Go, alike) in one form each, in turn.
  const cases = corpus.flatMap((b, i) => {
    const forms = statSync(b.path).size < 1e6 ? [...VARIANTS, NARROW] : [VARIANTS[i % VARIANTS.length]];
    return forms.map(([form, options]) => [b.name, form, b.path, options] as const);
  });

  test.each(cases)("%s prints the same text %s", (_name, _form, path, options) => {
    const bytes = readFileSync(path);
    const text = splitText(bytes, options);
    // Only an object file, or a name section the split cannot read (label names), stays on one thread.
    if (text === undefined) expect(hasLinkingSection(bytes) || options.names !== false).toBe(true);
    else expect(text === wasm2wat(bytes, { ...options, jobs: 1 })).toBe(true);
  });

  test("the 2.4 MB Rust binary splits by default, string and stream alike", () => {
    const rust = realBinaries().find((b) => b.path.endsWith("wasm-tools.core.wasm"))!;
    const bytes = readFileSync(rust.path);
    expect(bytes.length).toBeGreaterThan(2 * MIN_SPLIT_BYTES);
    const one = wasm2wat(bytes, { jobs: 1 });
    expect(wasm2wat(bytes, { jobs: 2 }) === one).toBe(true);
    const chunks: Buffer[] = [];
    wasm2watStream(bytes, { jobs: 2 }, (chunk) => chunks.push(Buffer.from(chunk)));
    expect(Buffer.concat(chunks).toString("utf8") === one).toBe(true);
  });

  test("a malformed body is refused by the split and reported as on one thread", () => {
    const bytes = manyFuncs(400);
    const { layout } = decodeDeferred(bytes);
    const body = layout.bodies[300];
    // The body's last byte, its `end`, becomes an opcode that does not exist.
    bytes[body.end - 1] = 0xff;
    expect(splitText(bytes, {}, { batchBytes: 64 })).toBeUndefined();
    const one = decodeErrorOf(() => wasm2wat(bytes, { jobs: 1 }));
    expect(one.offset).toBe(body.end - 1);
    expect(decodeErrorOf(() => wasm2watStream(bytes, { jobs: 2 }, () => {}))).toEqual(one);
  });

  test("an invalid but well-formed body prints alike", () => {
    const bytes = manyFuncs(400, 300, "i64.const 1");
    expect(splitText(bytes, {}, { batchBytes: 64 })).toBe(wasm2wat(bytes, { jobs: 1 }));
  });

  test("bodies with padded numbers, in their locals too, are noted alike", () => {
    const bytes = paddedBodies(8);
    const one = wasm2wat(bytes, { jobs: 1 });
    expect(splitText(bytes, {}, { batchBytes: 1 })).toBe(one);
    expect(Buffer.compare(wat2wasm(one), bytes)).toBe(0);
  });

  test("a worker that stops midway ends the split without output, and the next print works", () => {
    const bytes = manyFuncs(400);
    const written: Uint8Array[] = [];
    const split = wasm2watSplit(bytes, { folded: false, names: true, exact: true, jobs: 2, batchBytes: 64, worker: STOPPING_WORKER }, (chunk) => written.push(chunk));
    expect({ split, written: written.length }).toEqual({ split: false, written: 0 });
    expect(splitText(bytes, {}, { batchBytes: 64 })).toBe(wasm2wat(bytes, { jobs: 1 }));
  });
});
