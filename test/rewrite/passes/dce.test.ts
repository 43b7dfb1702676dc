/**
 * dce on the corpus: what nothing live uses goes, what is live behaves the
 * same, measured against binaryen's remove-unused-module-elements. Small
 * modules are cases in test/cases/rewrite/dce-*.wat.
 */
import { afterAll, describe, expect, it } from "@jest/globals";
import binaryen from "binaryen";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decode } from "../../../src/binary/decode.js";
import { encode } from "../../../src/binary/encode.js";
import type { Module } from "../../../src/module/model.js";
import { dce } from "../../../src/rewrite/index.js";
import { corpusDir } from "../../helpers/real-binaries.js";
import { checked } from "../helpers.js";
import { PROGRAMS } from "../programs.js";

/** Binaryen's remove-unused-module-elements on the same input (names kept, features the corpus uses). */
function binaryenDce(bytes: Uint8Array): Uint8Array {
  binaryen.setDebugInfo(true);
  const m = binaryen.readBinary(bytes);
  try {
    const f = binaryen.Features;
    m.setFeatures(f.MVP | f.BulkMemory | f.SIMD128 | f.NontrappingFPToInt | f.SignExt | f.MutableGlobals);
    m.runPasses(["remove-unused-module-elements"]);
    return m.emitBinary();
  } finally {
    m.dispose();
  }
}

/** Types, imports, functions, tables, memories, globals, tags and segments. */
function entityCount(m: Module): number {
  const lists = [m.types, m.imports, m.funcs, m.tables, m.memories, m.globals, m.tags, m.elems, m.datas];
  return lists.reduce((n, l) => n + l.length, 0);
}

const CORPUS = [...Object.keys(PROGRAMS), "go/hello/hello.wasm"];

describe("dce on the corpus", () => {
  const rows: string[] = [];
  let totalReencoded = 0;
  let totalOut = 0;

  it.each(CORPUS)("%s: validates, shrinks or keeps its size, and behaves the same", (name) => {
    const input = new Uint8Array(readFileSync(join(corpusDir(), name)));
    const m = decode(input);
    const entitiesIn = entityCount(m);
    // decode -> encode alone writes canonical LEBs where linkers padded them: measured apart.
    const reencoded = encode(m).length;
    dce(m);
    const output = checked(m);
    expect(output.length).toBeLessThanOrEqual(input.length);
    const run = PROGRAMS[name];
    if (run !== undefined) expect(run(output)).toEqual(run(input));
    const theirs = binaryenDce(input);
    expect(WebAssembly.validate(theirs as Uint8Array<ArrayBuffer>)).toBe(true);
    totalReencoded += reencoded;
    totalOut += output.length;
    const saved = `${(((reencoded - output.length) / reencoded) * 100).toFixed(2)}%`;
    const entities = `${entitiesIn}/${entityCount(m)}/${entityCount(decode(theirs))}`;
    rows.push([name.padEnd(34), input.length, reencoded, output.length, saved, theirs.length, entities].map((c) => String(c).padStart(10)).join(" "));
  });

  afterAll(() => {
    const header = ["input".padEnd(34), "bytes", "re-encoded", "watkit dce", "dce saved", "binaryen", "entities in/watkit/binaryen"]
      .map((c) => c.padStart(10))
      .join(" ");
    console.log(`dce vs binaryen remove-unused-module-elements (names kept by both)\n${header}\n${rows.join("\n")}\ntotal re-encoded ${totalReencoded} -> after dce ${totalOut}`);
    expect(totalOut).toBeLessThan(totalReencoded);
  });
});
