/**
 * validate on several threads gives what it gives on one: a valid binary is
 * valid, and for an invalid or malformed one (the split refuses it) the
 * same errors at the same offsets; a worker that stops does not hang it.
 */
import { readFileSync } from "node:fs";
import { decodeDeferred } from "../../src/binary/decode.js";
import { validate } from "../../src/validate/validate.js";
import { validSplit } from "../../src/validate/split.js";
import { manyFuncs } from "../helpers/many-funcs.js";
import { corpusBinaries } from "../helpers/real-binaries.js";

const STOPPING_WORKER = new URL("../wasm2wat/fixtures/stopping-worker.js", import.meta.url);

/** Small batches, so that a small binary is shared between the threads. */
const SPLIT = { jobs: 2, batchBytes: 64 };

describe("validate on two threads", () => {
  const corpus = corpusBinaries().filter((b) => b.name.endsWith(".wasm"));

  test.each(corpus.map((b) => [b.name, b.path] as const))("%s gives the same result", (_name, path) => {
    const bytes = readFileSync(path);
    const one = validate(bytes, { jobs: 1 });
    const { layout } = decodeDeferred(bytes);
    const code = layout.bodies.reduce((sum, b) => sum + b.end - b.start, 0);
    const split = validSplit(bytes, { jobs: 2, batchBytes: Math.ceil(code / 8) });
    expect(split).toBe(one.valid ? true : undefined);
  });

  test.each([
    ["a body of the wrong type", "i64.const 1"],
    ["an unknown local", "local.get 7"],
    ["a feature outside the set", "i32.const 0\n    i32.const 0\n    i32.atomic.rmw.add"],
  ])("%s is refused by the split and reported as on one thread", (_what, bad) => {
    const bytes = manyFuncs(400, 300, bad);
    expect(validSplit(bytes, { ...SPLIT, features: "wasm3" })).toBeUndefined();
    const one = validate(bytes, { jobs: 1, features: "wasm3" });
    expect(one.valid).toBe(false);
    expect(validate(bytes, { jobs: 2, features: "wasm3" })).toEqual(one);
  });

  test("a valid module splits, with and without a feature set", () => {
    const bytes = manyFuncs(400);
    expect(validSplit(bytes, SPLIT)).toBe(true);
    expect(validSplit(bytes, { ...SPLIT, features: "wasm1" })).toBe(true);
  });

  test("a malformed body is refused by the split and reported as on one thread", () => {
    const bytes = manyFuncs(400);
    const { layout } = decodeDeferred(bytes);
    bytes[layout.bodies[300].end - 1] = 0xff;
    expect(validSplit(bytes, SPLIT)).toBeUndefined();
    const one = validate(bytes, { jobs: 1 });
    expect(one.errors[0].offset).toBe(layout.bodies[300].end - 1);
    expect(validate(bytes, { jobs: 2 })).toEqual(one);
  });

  test("a worker that stops midway ends the split without a result, and the next validation works", () => {
    const bytes = manyFuncs(400);
    expect(validSplit(bytes, { ...SPLIT, worker: STOPPING_WORKER })).toBeUndefined();
    expect(validSplit(bytes, SPLIT)).toBe(true);
  });
});
