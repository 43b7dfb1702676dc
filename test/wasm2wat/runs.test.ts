/**
 * The string of a large binary, printed with its bodies read a run at a
 * time, is the whole decode's text to the byte: flat or folded, with names
 * or without, with exact notes or canonical; a binary it cannot read apart
 * or a malformed one is left to the whole decode, which reports the error
 * (after part of the text, in a stream whose caller drops it then).
 */
import { readFileSync, statSync } from "node:fs";
import { decode, decodeDeferred, type DecodedLayout } from "../../src/binary/decode.js";
import { WasmDecodeError } from "../../src/binary/decode-error.js";
import { addExactNotes, dropExactNotes } from "../../src/binary/exact-notes.js";
import { hasLinkingSection } from "../../src/object/decode-object.js";
import { print } from "../../src/print/print.js";
import { wasm2wat, wasm2watStream, type Wasm2WatOptions } from "../../src/wasm2wat.js";
import { printByRuns } from "../../src/wasm2wat/runs.js";
import { wat2wasm } from "../../src/wat2wasm.js";
import { manyFuncs } from "../helpers/many-funcs.js";
import { decodeErrorOf, eighth, paddedBodies, VARIANTS } from "../helpers/body-runs.js";
import { corpusBinaries, realBinaries } from "../helpers/real-binaries.js";

/** The text of the whole decode, as `wasm2wat` prints a small binary. */
function wholeText(bytes: Uint8Array, options: Wasm2WatOptions): string {
  const layout: DecodedLayout | undefined = options.exact === false ? undefined : { sections: {}, bodies: [], customs: new Map(), padded: [] };
  const module = decode(bytes, { names: options.names, shareInstrs: true, layout });
  if (layout !== undefined) addExactNotes(bytes, module, layout);
  else dropExactNotes(module);
  return print(module, { folded: options.folded === true, names: options.names !== false });
}

function byRuns(bytes: Uint8Array, options: Wasm2WatOptions, runBytes = eighth(bytes)): string | undefined {
  return printByRuns(bytes, { folded: options.folded === true, names: options.names !== false, exact: options.exact !== false, runBytes });
}

describe("wasm2wat with the bodies read a run at a time", () => {
  const corpus = corpusBinaries().filter((b) => b.name.endsWith(".wasm"));
  const cases = corpus.flatMap((b, i) => {
    const forms = statSync(b.path).size < 1e6 ? VARIANTS : [VARIANTS[i % VARIANTS.length]];
    return forms.map(([form, options]) => [b.name, form, b.path, options] as const);
  });

  test.each(cases)("%s prints the same text %s", (_name, _form, path, options) => {
    const bytes = readFileSync(path);
    const text = byRuns(bytes, options);
    // Only an object file, or a name section that cannot be read apart (label names), is left to the whole decode.
    if (text === undefined) expect(hasLinkingSection(bytes) || options.names !== false).toBe(true);
    else expect(text === wholeText(bytes, options)).toBe(true);
  });

  test("the 2.4 MB Rust binary's string is printed by runs", () => {
    const rust = realBinaries().find((b) => b.path.endsWith("wasm-tools.core.wasm"))!;
    const bytes = readFileSync(rust.path);
    const text = byRuns(bytes, {}, 1 << 16);
    expect(text).toBeDefined();
    expect(text === wholeText(bytes, {})).toBe(true);
    expect(wasm2wat(bytes, { jobs: 1 }) === text).toBe(true);
  });

  test("the stream of a caller that drops it on error is printed by runs, and a malformed body is reported as the whole decode reports it", () => {
    const rust = realBinaries().find((b) => b.path.endsWith("wasm-tools.core.wasm"))!;
    const bytes = Uint8Array.from(readFileSync(rust.path));
    const chunks: Buffer[] = [];
    wasm2watStream(bytes, { jobs: 1, droppedOnError: true }, (chunk) => chunks.push(Buffer.from(chunk)));
    expect(Buffer.concat(chunks).toString("utf8") === wholeText(bytes, {})).toBe(true);
    const { layout } = decodeDeferred(bytes);
    const body = layout.bodies[layout.bodies.length - 10];
    bytes[body.end - 1] = 0xff;
    const written: number[] = [];
    const error = decodeErrorOf(() => wasm2watStream(bytes, { jobs: 1, droppedOnError: true }, (chunk) => written.push(chunk.length)));
    expect(written.length).toBeGreaterThan(0);
    expect(error).toEqual(decodeErrorOf(() => decode(bytes)));
    expect(error.offset).toBe(body.end - 1);
  });

  test("a malformed body is left to the whole decode, which reports it", () => {
    const bytes = manyFuncs(400);
    const { layout } = decodeDeferred(bytes);
    const body = layout.bodies[300];
    // The body's last byte, its `end`, becomes an opcode that does not exist.
    bytes[body.end - 1] = 0xff;
    expect(byRuns(bytes, {}, 64)).toBeUndefined();
    expect(() => decode(bytes)).toThrow(WasmDecodeError);
  });

  test("bodies with padded numbers, in their locals too, are noted alike", () => {
    const bytes = paddedBodies(8);
    const text = byRuns(bytes, {}, 1);
    expect(text).toBe(wholeText(bytes, {}));
    expect(Buffer.compare(wat2wasm(text!), bytes)).toBe(0);
  });

  test("a data count section is noted alike whether a body needs it or not, and one missing is left to the whole decode", () => {
    const needed = wat2wasm("(module (memory 1) (data \"a\") (func (data.drop 0)) (func))");
    const at = Buffer.from(needed).indexOf(Buffer.from([0xfc, 0x09, 0x00]));
    // `data.drop 0` made three `nop`s: the section stays, with no body needing it.
    const unneeded = Uint8Array.from(needed);
    unneeded.set([0x01, 0x01, 0x01], at);
    for (const bytes of [needed, unneeded]) {
      const text = byRuns(bytes, {}, 1);
      expect(text).toBe(wholeText(bytes, {}));
      expect(Buffer.compare(wat2wasm(text!), bytes)).toBe(0);
    }
    const section = Buffer.from(needed).indexOf(Buffer.from([0x0c, 0x01, 0x01]));
    const missing = Uint8Array.from([...needed.subarray(0, section), ...needed.subarray(section + 3)]);
    expect(byRuns(missing, {}, 1)).toBeUndefined();
    expect(() => decode(missing)).toThrow("data count section required");
  });
});
