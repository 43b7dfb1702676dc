/**
 * Issue 17, item 8: an error in a snippet is reported in the snippet's own
 * file, line and column, with its source line and a caret, never under the
 * input's name or a temporary file's. Each case is a snippet in
 * `snippet-errors/` whose first line says the pass (`%s` is the snippet);
 * the expected stderr of `watkit rewrite base.wat` is beside it as `.err`
 * (`BLESS=1` rewrites them).
 */
import { describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { CLI } from "../helpers/cli.js";

const DIR = resolve(process.cwd(), "test/rewrite/snippet-errors");
const BLESS = process.env.BLESS === "1";

const cases = readdirSync(DIR).filter((f) => f.endsWith(".wat") && f !== "base.wat");

describe("errors in snippet files", () => {
  it.each(cases)("%s", (name) => {
    const text = readFileSync(join(DIR, name), "utf8");
    const header = /^;; (--pass \S+)\n/.exec(text);
    expect(header).not.toBeNull();
    const pass = header![1].replace("%s", name).split(" ");
    const out = join(mkdtempSync(join(tmpdir(), "watkit-snippet-")), "out.wasm");
    const result = spawnSync(process.execPath, [CLI, "rewrite", "base.wat", ...pass, "-o", out], { cwd: DIR });
    const stderr = result.stderr.toString().replaceAll(out, "OUT");
    const expectedFile = join(DIR, name.replace(/\.wat$/, ".err"));
    if (BLESS) writeFileSync(expectedFile, stderr);
    expect(result.status).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(stderr).toBe(readFileSync(expectedFile, "utf8"));
  });
});
