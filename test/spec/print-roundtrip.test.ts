/**
 * Printing is lossless on the spec testsuite: for every text module that is
 * meant to be valid, `wat2wasm(print(watToModule(text)))` is byte for byte
 * `wat2wasm(text)`, names included, with flat and with folded output.
 *
 * And wasm-tools reads our text as it reads its own: jco parsing our print
 * gives the bytes jco gives for jco's own print of the same binary (the name
 * section aside). The counts are printed; differences are listed by cause.
 */
import { afterAll, describe, expect, it } from "@jest/globals";
import { parse as jcoParse, print as jcoPrint } from "@bytecodealliance/jco";
import { jcoBytes } from "../helpers/jco.js";
import { wat2wasm, watToModule } from "../../src/wat2wasm.js";
import { print } from "../../src/print/print.js";
import { readSpecFile, specFileNames, textOf, validModules } from "../helpers/spec-suite.js";
import { firstDifference } from "../helpers/wasm-sections.js";
import { recordSpecCounts } from "../helpers/spec-summary.js";

const totals = {
  modules: 0,
  flat: 0,
  folded: 0,
  failed: 0,
  jcoCompared: 0,
  jcoSame: 0,
  jcoFoldedSame: 0,
  jcoMismatches: [] as string[],
};

describe("print round-trips every valid spec module", () => {
  for (const name of specFileNames()) {
    it(name, async () => {
      const { source, script } = readSpecFile(name);
      const failures: string[] = [];
      for (const module of validModules(script.commands)) {
        if (module.kind === "binary") continue;
        const text = textOf(source, module);
        const line = source.slice(0, module.start).split("\n").length;
        let expected: Uint8Array;
        try {
          expected = wat2wasm(text);
        } catch {
          continue;
        }
        totals.modules++;
        const printed: string[] = [];
        for (const folded of [false, true]) {
          const form = folded ? "folded" : "flat";
          try {
            const out = print(watToModule(text), { folded });
            printed.push(out);
            const actual = wat2wasm(out);
            if (Buffer.compare(actual, expected) !== 0) {
              failures.push(`line ${line} (${form}): ${firstDifference(actual, expected)}`);
              continue;
            }
            totals[form]++;
          } catch (error) {
            failures.push(`line ${line} (${form}): ${(error as Error).message.split("\n")[0]}`);
          }
        }
        if (printed.length !== 2) continue;
        const binary = await jcoParse(text).catch(() => undefined);
        if (binary === undefined) continue;
        const reference = await jcoBytes(await jcoPrint(binary));
        if (reference === undefined) continue;
        totals.jcoCompared++;
        const [flat, folded] = await Promise.all(printed.map(jcoBytes));
        if (flat !== undefined && Buffer.compare(flat, reference) === 0) totals.jcoSame++;
        else totals.jcoMismatches.push(`${name}:${line} flat ${flat ? firstDifference(flat, reference) : "rejected"}`);
        if (folded !== undefined && Buffer.compare(folded, reference) === 0) totals.jcoFoldedSame++;
        else totals.jcoMismatches.push(`${name}:${line} folded ${folded ? firstDifference(folded, reference) : "rejected"}`);
      }
      totals.failed += failures.length;
      expect(failures).toEqual([]);
    });
  }

  // The modules where watkit's wat2wasm follows the spec and wasm-tools does
  // not (see wat2wasm-differential.test.ts): our print spells watkit's types.
  it("jco reads every print as its own print, but for the known deviations", () => {
    const known = /^(type-subtyping\.wast:(344|373) (flat|folded) section 3|proposals\/custom-descriptors\/exact-casts\.wast:428 (flat|folded) section 1) /;
    expect(totals.jcoMismatches.filter((m) => !known.test(m))).toEqual([]);
  });
});

afterAll(() => {
  recordSpecCounts("print-roundtrip", { passed: totals.flat + totals.folded, failed: totals.failed, skipped: 0 });
  console.log(
    `print round trip on ${totals.modules} spec modules: ${totals.flat} flat and ${totals.folded} folded identical (names included); ` +
      `jco reads our print as its own on ${totals.jcoSame}/${totals.jcoCompared} (flat), ${totals.jcoFoldedSame}/${totals.jcoCompared} (folded)` +
      (totals.jcoMismatches.length > 0 ? `\n${totals.jcoMismatches.join("\n")}` : ""),
  );
});
