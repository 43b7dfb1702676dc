/**
 * The printer's layout, shown on files: each `test/cases/print/NAME.wat` is
 * resolved and printed flat into `NAME.flat` and folded into `NAME.folded`
 * beside it. Both prints must encode to the input's bytes, so an expected
 * file cannot bless a lossy print. `BLESS=1` writes the expected files.
 */
import { describe, expect, it } from "@jest/globals";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { print } from "../../src/print/print.js";
import { wat2wasm, watToModule } from "../../src/wat2wasm.js";
import { expectFile } from "../helpers/cases.js";

const CASES = join(process.cwd(), "test/cases/print");

describe("print: cases as files", () => {
  const names = readdirSync(CASES).filter((name) => name.endsWith(".wat"));
  it("has cases", () => expect(names.length).toBeGreaterThan(0));
  for (const name of names.sort()) {
    const base = join(CASES, name.replace(/\.wat$/, ""));
    for (const folded of [false, true]) {
      it(`${name} ${folded ? "folded" : "flat"}`, () => {
        const text = readFileSync(join(CASES, name), "utf8");
        const out = print(watToModule(text), { folded });
        expect(Buffer.compare(wat2wasm(out), wat2wasm(text))).toBe(0);
        expectFile(`${base}.${folded ? "folded" : "flat"}`, out);
      });
    }
  }
});
