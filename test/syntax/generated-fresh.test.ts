/**
 * generated/ is committed so that a checkout works without the generator;
 * this test fails when it no longer matches what antlr-ng makes of grammar/.
 */
import { describe, expect, it } from "@jest/globals";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = process.cwd();

describe("generated/", () => {
  it("is what antlr-ng generates from grammar/ (run `npm run generate` after changing the grammar)", () => {
    const out = mkdtempSync(join(tmpdir(), "watkit-generated-"));
    try {
      execFileSync(
        process.execPath,
        [
          resolve(ROOT, "node_modules/antlr-ng/dist/cli/runner.js"),
          "-Dlanguage=TypeScript",
          "--generate-visitor",
          "false",
          "--generate-listener",
          "false",
          "-o",
          out,
          "grammar/WatLexer.g4",
          "grammar/WatParser.g4",
        ],
        { cwd: ROOT, stdio: "pipe" },
      );
      const committed = readdirSync(join(ROOT, "generated")).sort();
      expect(readdirSync(out).sort()).toEqual(committed);
      for (const file of committed) {
        expect({ file, text: readFileSync(join(out, file), "utf8") }).toEqual({
          file,
          text: readFileSync(join(ROOT, "generated", file), "utf8"),
        });
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
