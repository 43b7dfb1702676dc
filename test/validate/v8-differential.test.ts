/**
 * watkit's validate against V8's `WebAssembly.validate` (Node 20, V8 11.3)
 * on the binaries of the spec testsuite (valid and `assert_invalid`
 * modules, text ones encoded by watkit) and on the real binaries. V8 11.3
 * lacks GC, typed function references, exnref, memory64, multi-memory,
 * extended-const and relaxed SIMD, so a module is compared only when every
 * feature it uses (see `engine-features.ts`) is one V8 has; the others are
 * counted as skipped. Both must agree on each compared module.
 */
import { afterAll, describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { decode } from "../../src/binary/decode.js";
import type { Command, EncodedModuleNode, ScriptModule } from "../../src/syntax/ast.js";
import { validate } from "../../src/validate/validate.js";
import { wat2wasm } from "../../src/wat2wasm.js";
import { featuresUsed, missingInNode20 } from "../helpers/engine-features.js";
import { allBinaries } from "../helpers/real-binaries.js";
import { readSpecFile, specFileNames, textOf, validModules } from "../helpers/spec-suite.js";

const totals = { compared: 0, agreeValid: 0, agreeInvalid: 0, skipped: 0, unencodable: 0, disagreements: 0 };
const skippedFeatures = new Map<string, number>();

/** Compares on one binary; returns a disagreement, or undefined. */
function compare(bytes: Uint8Array): string | undefined {
  let used;
  try {
    used = featuresUsed(decode(bytes, { names: false }));
  } catch {
    totals.unencodable++;
    return undefined;
  }
  const missing = missingInNode20(used);
  if (missing.length > 0) {
    totals.skipped++;
    for (const f of missing) skippedFeatures.set(f, (skippedFeatures.get(f) ?? 0) + 1);
    return undefined;
  }
  totals.compared++;
  const ours = validate(bytes);
  const v8 = WebAssembly.validate(bytes as Uint8Array<ArrayBuffer>);
  if (ours.valid === v8) {
    if (v8) totals.agreeValid++;
    else totals.agreeInvalid++;
    return undefined;
  }
  totals.disagreements++;
  return ours.valid ? "V8 rejects, watkit accepts" : `V8 accepts, watkit rejects: ${ours.errors[0].message}`;
}

function bytesOf(module: EncodedModuleNode): Uint8Array {
  return new Uint8Array(Buffer.concat(module.strings.map((s) => s.bytes)));
}

function binaryOf(source: string, module: ScriptModule): Uint8Array | undefined {
  if (module.kind === "binary") return bytesOf(module);
  try {
    return wat2wasm(textOf(source, module), { names: false });
  } catch {
    totals.unencodable++;
    return undefined;
  }
}

function invalidModules(commands: Command[]): ScriptModule[] {
  return commands.flatMap((c) => (c.kind === "assert_invalid" ? [c.module] : []));
}

describe("validate agrees with V8 where V8 has the features", () => {
  for (const name of specFileNames()) {
    it(name, () => {
      const { source, script } = readSpecFile(name);
      const problems: string[] = [];
      for (const module of [...validModules(script.commands), ...invalidModules(script.commands)]) {
        const bytes = binaryOf(source, module);
        if (bytes === undefined) continue;
        const disagreement = compare(bytes);
        if (disagreement !== undefined) problems.push(`line ${source.slice(0, module.start).split("\n").length}: ${disagreement}`);
      }
      expect(problems).toEqual([]);
    });
  }

  for (const binary of allBinaries()) {
    it(binary.name, () => {
      expect(compare(readFileSync(binary.path))).toBeUndefined();
    });
  }
});

afterAll(() => {
  console.log(
    `validate vs V8 (Node ${process.versions.node}, V8 ${process.versions.v8}): ${totals.compared} modules compared, ` +
      `${totals.agreeValid} valid for both, ${totals.agreeInvalid} invalid for both, ${totals.disagreements} disagreements; ` +
      `${totals.skipped} skipped for features V8 lacks (${[...skippedFeatures].map(([f, n]) => `${f}: ${n}`).join(", ")}); ` +
      `${totals.unencodable} text modules watkit does not encode`,
  );
});
