/**
 * Every WAT file of corpus/ encodes to exactly the bytes wasm-tools produces, name section included.
 * `*.fields.wat` files are module fields that a rewrite adds to another module (test/rewrite tests them).
 */
import { describe, expect, it } from "@jest/globals";
import { parse as jcoParse } from "@bytecodealliance/jco";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { wat2wasm } from "../src/wat2wasm.js";
import { firstDifference } from "./helpers/wasm-sections.js";

function watFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return watFiles(path);
    return entry.name.endsWith(".wat") && !entry.name.endsWith(".fields.wat") ? [path] : [];
  });
}

describe("corpus", () => {
  const files = watFiles("corpus");

  it("has files", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    it(file, async () => {
      const text = readFileSync(file, "utf8");
      const actual = wat2wasm(text);
      const expected = await jcoParse(text);
      expect(firstDifference(actual, expected)).toBe("identical");
      expect(Buffer.compare(actual, expected)).toBe(0);
    });
  }
});
