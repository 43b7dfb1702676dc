/**
 * Inputs the fuzzer found a bug with, kept as files: `NAME.wat` or
 * `NAME.wasm` in `regressions/`, and beside it `NAME.expected`, what every
 * stage makes of it (`describeReport`): the documented errors it meets, the
 * round trips that hold, and no findings. `BLESS=1` rewrites the expected
 * files from the current behaviour.
 */
import { describe, expect, it } from "@jest/globals";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkInput, describeReport, type FuzzInput } from "../../fuzz/check-input.js";
import { PROJECT_ROOT } from "../../fuzz/seeds.js";

const DIR = join(PROJECT_ROOT, "test", "fuzz", "regressions");

function inputOf(file: string): FuzzInput {
  const path = join(DIR, file);
  return file.endsWith(".wasm") ? { kind: "binary", bytes: new Uint8Array(readFileSync(path)) } : { kind: "text", text: readFileSync(path, "utf8") };
}

const cases = readdirSync(DIR)
  .filter((f) => f.endsWith(".wat") || f.endsWith(".wasm"))
  .sort();

describe("inputs the fuzzer found bugs with", () => {
  for (const file of cases) {
    it(file, () => {
      const report = checkInput(inputOf(file));
      const expectedPath = join(DIR, file.replace(/\.wasm$|\.wat$/, ".expected"));
      if (process.env.BLESS === "1") writeFileSync(expectedPath, describeReport(report));
      expect(report.findings).toEqual([]);
      expect(describeReport(report)).toBe(readFileSync(expectedPath, "utf8"));
    });
  }
});
