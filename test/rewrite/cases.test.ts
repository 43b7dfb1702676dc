/**
 * Passes, shown on files: each `test/cases/rewrite/NAME.wat` starts with a
 * line `;; passes: STEP...` (steps as `watkit rewrite --pass` takes them),
 * runs them through `rewrite` (which validates its result) and compares the
 * print of the result with `NAME.out` beside it. `BLESS=1` writes the
 * expected files.
 */
import { describe, expect, it } from "@jest/globals";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { print } from "../../src/print/print.js";
import { rewrite } from "../../src/rewrite/index.js";
import { watToModule } from "../../src/wat2wasm.js";
import { expectFile } from "../helpers/cases.js";

const CASES = join(process.cwd(), "test/cases/rewrite");

function stepsOf(name: string, text: string): string[] {
  const header = /^;; passes:(.*)$/.exec(text.split("\n")[0]);
  if (header === null) throw new Error(`${name}: the first line must be ";; passes: STEP..."`);
  return header[1].trim().split(/\s+/);
}

describe("rewrite: cases as files", () => {
  const names = readdirSync(CASES).filter((name) => name.endsWith(".wat"));
  it("has cases", () => expect(names.length).toBeGreaterThan(0));
  for (const name of names.sort()) {
    it(name, () => {
      const text = readFileSync(join(CASES, name), "utf8");
      const module = rewrite(watToModule(text), stepsOf(name, text));
      expectFile(join(CASES, name.replace(/\.wat$/, ".out")), print(module));
    });
  }
});
