/**
 * Validator messages, shown on files: each `test/cases/validate/NAME.wat` is
 * validated and its diagnostics, one `line:column message` a line (nothing
 * for a valid module), compared with `NAME.errors` beside it. Adding a case
 * is adding a `.wat` file; `BLESS=1` writes the expected files (do it on
 * purpose and read the diff).
 */
import { describe, expect, it } from "@jest/globals";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { validate } from "../../src/validate/validate.js";
import { expectFile } from "../helpers/cases.js";

const CASES = join(process.cwd(), "test/cases/validate");

function diagnostics(text: string): string {
  return validate(text)
    .errors.map((e) => `${e.line}:${e.column} ${e.message}\n`)
    .join("");
}

describe("validate: cases as files", () => {
  const names = readdirSync(CASES).filter((name) => name.endsWith(".wat"));
  it("has cases", () => expect(names.length).toBeGreaterThan(0));
  for (const name of names.sort()) {
    it(name, () => {
      expectFile(join(CASES, name.replace(/\.wat$/, ".errors")), diagnostics(readFileSync(join(CASES, name), "utf8")));
    });
  }
});
