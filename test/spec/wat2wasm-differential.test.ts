/**
 * Differential test against wasm-tools (through jco): every text module of
 * the spec testsuite that is meant to be valid encodes to exactly the bytes
 * wasm-tools produces, ignoring only the "name" section; how many also match
 * with the name section is reported. Well-formed but invalid modules
 * (`assert_invalid`) must encode as wasm-tools encodes them too, so that the
 * validator sees the same binary; where wasm-tools refuses one (an unknown
 * `$id` is a text error for both), watkit must refuse it as well.
 */
import { afterAll, describe, expect, it } from "@jest/globals";
import { parse as jcoParse } from "@bytecodealliance/jco";
import { wat2wasm } from "../../src/wat2wasm.js";
import { readSpecFile, specFileNames, textOf, validModules } from "../helpers/spec-suite.js";
import { firstDifference, withoutNames } from "../helpers/wasm-sections.js";
import { recordSpecCounts } from "../helpers/spec-summary.js";

const totals = { compared: 0, identical: 0, identicalWithNames: 0, oracleRejected: 0, deviations: 0, invalid: 0, failed: 0 };

/**
 * Where watkit follows the spec and wasm-tools does not. A function with an
 * inline type (`(func (export "run"))`) means `(type (func))`: a final type
 * without supertypes in a recursion group of its own. wasm-tools reuses any
 * earlier function type with the same signature, also a non-final or
 * subtyped one, which is a different type. These modules must differ from
 * wasm-tools exactly there: from the section given (the function section
 * where the type exists already, the type section where watkit adds it).
 */
const SPEC_OVER_WASM_TOOLS: Record<string, Record<number, number>> = {
  "type-subtyping.wast": { 344: 3, 373: 3 },
  "proposals/custom-descriptors/exact-casts.wast": { 428: 1 },
};

describe("wat2wasm matches wasm-tools on the spec testsuite", () => {
  for (const name of specFileNames()) {
    it(name, async () => {
      const { source, script } = readSpecFile(name);
      const failures: string[] = [];
      for (const module of validModules(script.commands)) {
        if (module.kind === "binary") continue;
        const text = textOf(source, module);
        let expected: Uint8Array;
        try {
          expected = await jcoParse(text);
        } catch {
          totals.oracleRejected++;
          continue;
        }
        totals.compared++;
        const line = source.slice(0, module.start).split("\n").length;
        let actual: Uint8Array;
        try {
          actual = wat2wasm(text, { names: false });
        } catch (error) {
          failures.push(`line ${line}: ${(error as Error).message}`);
          continue;
        }
        const expectedNoNames = withoutNames(expected);
        const deviatesFrom = SPEC_OVER_WASM_TOOLS[name]?.[line];
        if (deviatesFrom !== undefined) {
          const difference = firstDifference(actual, expectedNoNames);
          if (!difference.startsWith(`section ${deviatesFrom} `)) failures.push(`line ${line}: expected to differ from section ${deviatesFrom}, got ${difference}`);
          totals.deviations++;
          continue;
        }
        if (Buffer.compare(actual, expectedNoNames) !== 0) {
          failures.push(`line ${line}: ${firstDifference(actual, expectedNoNames)}`);
          continue;
        }
        totals.identical++;
        if (Buffer.compare(wat2wasm(text), expected) === 0) totals.identicalWithNames++;
      }
      totals.failed += failures.length;
      expect(failures).toEqual([]);
    });
  }
});

const FOLDED_LEGACY_TRY = /\(\s*do\b/;

describe("invalid but well-formed modules encode as wasm-tools encodes them", () => {
  for (const name of specFileNames()) {
    it(name, async () => {
      const { source, script } = readSpecFile(name);
      const failures: string[] = [];
      for (const command of script.commands) {
        if (command.kind !== "assert_invalid" || command.module.kind === "binary") continue;
        const module = command.module;
        const text = textOf(source, module);
        const line = source.slice(0, module.start).split("\n").length;
        const expected = await jcoParse(text).then(
          (bytes) => withoutNames(bytes),
          () => undefined,
        );
        let actual: Uint8Array | undefined;
        try {
          actual = wat2wasm(text, { names: false });
        } catch {
          actual = undefined;
        }
        if (expected === undefined && actual === undefined) continue;
        // wasm-tools cannot parse the folded legacy `(try ... (do ...))` form at all.
        if (expected === undefined && FOLDED_LEGACY_TRY.test(text)) {
          totals.oracleRejected++;
          continue;
        }
        if (expected === undefined || actual === undefined) {
          failures.push(`line ${line}: ${actual ? "wasm-tools rejects it, watkit encodes it" : "watkit rejects it, wasm-tools encodes it"}`);
        } else if (Buffer.compare(actual, expected) !== 0) {
          failures.push(`line ${line}: ${firstDifference(actual, expected)}`);
        } else {
          totals.invalid++;
        }
      }
      totals.failed += failures.length;
      expect(failures).toEqual([]);
    });
  }
});

afterAll(() => {
  recordSpecCounts("wat2wasm-differential", {
    passed: totals.identical + totals.deviations + totals.invalid,
    failed: totals.failed,
    skipped: totals.oracleRejected,
  });
  console.log(
    `spec modules vs wasm-tools: ${totals.identical}/${totals.compared} identical ignoring names, ` +
      `${totals.identicalWithNames} identical with the name section, ${totals.deviations} follow the spec where wasm-tools does not, ` +
      `${totals.oracleRejected} rejected by wasm-tools (not compared); ` +
      `${totals.invalid} assert_invalid modules identical`,
  );
});
