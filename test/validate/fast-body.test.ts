/**
 * The fast path of body checking (`fast-body.ts`) against the full checker,
 * body by body, on every module of the spec testsuite (valid, invalid and
 * malformed binaries) and on the corpus binaries:
 *
 * - it never takes a body the full checker rejects, nor one the decoder
 *   finds malformed;
 * - it gives up on few valid bodies (the floors below, measured): a change
 *   that makes it give up everywhere fails here instead of only slowing
 *   validation down;
 * - it gives up on whatever a feature set leaves out, so the full checker
 *   reports the use.
 */
import { afterAll, describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { decode, decodeDeferred, type DeferredModule } from "../../src/binary/decode.js";
import { WasmDecodeError } from "../../src/binary/decode-error.js";
import { encode } from "../../src/binary/encode.js";
import { restrictedSet } from "../../src/module/feature-check.js";
import type { ScriptModule } from "../../src/syntax/ast.js";
import { BodyChecker } from "../../src/validate/module.js";
import { validate } from "../../src/validate/validate.js";
import { wat2wasm, watToModule } from "../../src/wat2wasm.js";
import { corpusBinaries } from "../helpers/real-binaries.js";
import { readSpecFile, specFileNames, textOf } from "../helpers/spec-suite.js";

interface Tally {
  bodies: number;
  taken: number;
  /** Valid bodies the fast path left to the full checker. */
  gaveUpValid: number;
  /** Invalid or malformed bodies (all must be given up on). */
  rejected: number;
}

const tally = (): Tally => ({ bodies: 0, taken: 0, gaveUpValid: 0, rejected: 0 });
const spec = tally();
const corpus = tally();

/** At most this share of the valid bodies may be given up on (measured: spec 0.183, corpus 0). */
const MAX_SPEC_GIVE_UP = 0.2;
const MAX_CORPUS_GIVE_UP = 0.02;

/**
 * Compares the two paths on every body of `bytes`: problems as text (empty
 * when they agree). Binaries that do not decode up to their bodies are
 * skipped: the fast path never sees them.
 */
function compareBodies(bytes: Uint8Array, into: Tally): string[] {
  let deferred: DeferredModule;
  try {
    deferred = decodeDeferred(bytes, { names: false });
  } catch (error) {
    if (error instanceof WasmDecodeError) return [];
    throw error;
  }
  const invalid = new Set<number>();
  // The body the decoder stops in is malformed; those after it are not compared.
  let malformedAt = Infinity;
  try {
    decode(bytes, { names: false, code: new BodyChecker((d) => d.func !== undefined && invalid.add(d.func), true) });
  } catch (error) {
    if (!(error instanceof WasmDecodeError)) throw error;
    malformedAt = error.offset ?? 0;
  }
  const { module, layout } = deferred;
  const fast = new BodyChecker(() => {});
  const imported = module.funcs.length > 0 ? module.funcs[0].index : 0;
  const problems: string[] = [];
  for (const [k, body] of layout.bodies.entries()) {
    const func = module.funcs[k];
    // A body that ends where the decoder stopped lacks its end.
    const malformed = body.end >= malformedAt;
    const bad = invalid.has(func.index) || malformed;
    const taken = fast.whole(func, module, bytes, body.payload, body.end);
    into.bodies++;
    if (taken) into.taken++;
    else if (bad) into.rejected++;
    else into.gaveUpValid++;
    if (taken && bad) problems.push(`function ${imported + k}: taken by the fast path, but ${malformed ? "malformed" : "invalid"}`);
    if (malformed) break;
  }
  return problems;
}

function bytesOf(source: string, module: ScriptModule): Uint8Array | undefined {
  if (module.kind === "binary") return new Uint8Array(Buffer.concat(module.strings.map((s) => s.bytes)));
  try {
    return encode(watToModule(textOf(source, module)));
  } catch {
    // Text the binary format cannot express (a name that resolves to nothing) has no bytes to compare.
    return undefined;
  }
}

describe("the fast path of body checking never takes a body the full checker rejects", () => {
  for (const name of specFileNames()) {
    it(name, () => {
      const { source, script } = readSpecFile(name);
      const problems: string[] = [];
      for (const command of script.commands) {
        if (command.kind !== "module" && command.kind !== "assert_invalid" && command.kind !== "assert_malformed") continue;
        if (command.kind === "assert_malformed" && command.module.kind !== "binary") continue;
        const bytes = bytesOf(source, command.module);
        if (bytes === undefined) continue;
        const line = source.slice(0, command.start).split("\n").length;
        for (const p of compareBodies(bytes, spec)) problems.push(`line ${line}: ${p}`);
      }
      expect(problems).toEqual([]);
    });
  }

  for (const binary of corpusBinaries()) {
    it(`corpus ${binary.name}`, () => {
      expect(compareBodies(new Uint8Array(readFileSync(binary.path)), corpus)).toEqual([]);
    });
  }
});

describe("the fast path and feature sets", () => {
  it("gives a body using a feature outside the set to the full checker, which reports the use", () => {
    const bytes = wat2wasm(`(module (func (local v128) (drop (i32.const 0))) (func (result i32 i32) (i32.const 1) (i32.const 2)))`);
    const checker = new BodyChecker(() => {});
    const module = decode(bytes, { names: false, code: checker });
    expect(checker.counts.fast).toBe(2);
    const mvp = restrictedSet("wasm1");
    const deferred = decodeDeferred(bytes, { names: false });
    const [simdBody, multiBody] = deferred.layout.bodies;
    expect(checker.whole(module.funcs[0], module, bytes, simdBody.payload, simdBody.end, mvp)).toBe(false);
    expect(checker.whole(module.funcs[1], module, bytes, multiBody.payload, multiBody.end, mvp)).toBe(true);
    const result = validate(bytes, { features: "wasm1" });
    expect(result.errors.map((e) => e.message).join("\n")).toMatch(/simd/);
  });
});

afterAll(() => {
  const line = (what: string, t: Tally): string =>
    `${what}: ${t.bodies} bodies, ${t.taken} taken by the fast path, ${t.gaveUpValid} valid ones given up on (${((t.gaveUpValid / Math.max(1, t.bodies - t.rejected)) * 100).toFixed(1)}%), ${t.rejected} invalid or malformed ones given up on`;
  console.log([line("spec testsuite", spec), line("corpus", corpus)].join("\n"));
  expect(spec.gaveUpValid / Math.max(1, spec.bodies - spec.rejected)).toBeLessThanOrEqual(MAX_SPEC_GIVE_UP);
  expect(corpus.gaveUpValid / Math.max(1, corpus.bodies - corpus.rejected)).toBeLessThanOrEqual(MAX_CORPUS_GIVE_UP);
});
