/**
 * Issue 17, item 11: replace-import costs one walk of the module however
 * many imports it replaces. On Go's hello world (2 MB, 21 imports of module
 * `go`), replacing all of them, one `--pass` item each, takes no more than
 * twice the time of replacing one (it was 14 times).
 */
import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { decode } from "../../../src/binary/decode.js";
import { rewrite } from "../../../src/rewrite/index.js";

const BYTES = readFileSync("corpus/go/hello/hello.wasm");

/** The fastest of two runs of the steps on fresh copies of the module, in ms (decoding not counted). */
function fastest(steps: string[]): number {
  let best = Infinity;
  for (let run = 0; run < 2; run++) {
    const module = decode(BYTES);
    const start = performance.now();
    rewrite(module, steps, { validate: false });
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe("replace-import on a large module", () => {
  it("replaces 21 imports within twice the time of one", () => {
    const names = decode(BYTES).imports.map((i) => `${i.import!.module}.${i.import!.name}`);
    expect(names.length).toBe(21);
    const one = fastest([`replace-import=${names[0]}=stub`]);
    const all = fastest([`replace-import=${names.map((n) => `${n}=stub`).join(",")}`]);
    expect(all).toBeLessThan(2 * one);
  });
});
