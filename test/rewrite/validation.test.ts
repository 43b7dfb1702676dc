/**
 * Issue 17, item 1: `rewrite` checks what it made. A result that does not
 * validate is an `InvalidRewriteError` naming the step that broke it and
 * carrying the validator's diagnostics; `{validate: false}` opts out; the
 * CLI writes nothing and exits non-zero.
 */
import { describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { encode } from "../../src/binary/encode.js";
import { InvalidRewriteError } from "../../src/rewrite/errors.js";
import { rewrite } from "../../src/rewrite/rewrite.js";
import { mod } from "./helpers.js";
import { CLI } from "../helpers/cli.js";

const WRONG_RESULT = `(func (export "a") (result i32) i64.const 1)`;

function dirWith(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), "watkit-validation-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe("rewrite validates its result", () => {
  it("refuses the add-wat of the issue, naming the pass and carrying the diagnostics", () => {
    const dir = dirWith({ "f.wat": WRONG_RESULT });
    let error: unknown;
    try {
      rewrite(mod(`(module (func $keep))`), ["strip", `add-wat=${join(dir, "f.wat")}`, "dce"]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidRewriteError);
    const invalid = error as InvalidRewriteError;
    expect(invalid.pass).toBe("add-wat");
    expect(invalid.errors.length).toBeGreaterThan(0);
    expect(invalid.errors[0].message).toMatch(/i64/);
    // The code at fault came from f.wat: the error is located there.
    expect(invalid.located).toMatchObject({ file: join(dir, "f.wat"), line: 1, column: 1 });
    expect(invalid.message).toBe(`${join(dir, "f.wat")}:1:1: pass add-wat made the module invalid: type mismatch: expected i32, found i64`);
  });

  it("names a function step by its name and place", () => {
    const breakIt = (m: ReturnType<typeof mod>) => void (m.funcs[0].body = []);
    expect(() => rewrite(mod(`(module (func (result i32) i32.const 1))`), ["strip", breakIt])).toThrow("breakIt (step 2) made the module invalid");
  });

  it("does not blame a pass for an input that was invalid already", () => {
    const broken = mod(`(module (func (result i32) i64.const 1))`);
    let error: unknown;
    try {
      rewrite(broken, ["strip"]);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ pass: undefined });
    expect((error as Error).message).toMatch(/^the module given to rewrite is invalid/);
  });

  it("accepts an invalid input that the passes make valid", () => {
    const dir = dirWith({ "fix.wat": `(func $bad (result i32) (i32.const 7))` });
    const m = mod(`(module (func $bad (result i32) i64.const 1) (func (export "f") (result i32) (call $bad)))`);
    expect(() => rewrite(m, [`replace-func=$bad=@${join(dir, "fix.wat")}`])).not.toThrow();
  });

  it("leaves the check out with {validate: false}", () => {
    const dir = dirWith({ "f.wat": WRONG_RESULT });
    const out = rewrite(mod(`(module)`), [`add-wat=${join(dir, "f.wat")}`], { validate: false });
    expect(WebAssembly.validate(encode(out) as Uint8Array<ArrayBuffer>)).toBe(false);
  });
});

describe("watkit rewrite on a result that does not validate", () => {
  it("exits 1 naming the pass and writes nothing", () => {
    const dir = dirWith({ "f.wat": WRONG_RESULT, "in.wasm": encode(mod(`(module)`)) });
    const out = join(dir, "out.wasm");
    const result = spawnSync(process.execPath, [CLI, "rewrite", join(dir, "in.wasm"), "--pass", `add-wat=${join(dir, "f.wat")}`, "-o", out]);
    expect(result.status).toBe(1);
    expect(result.stderr.toString()).toMatch(/pass add-wat made the module invalid/);
    expect(existsSync(out)).toBe(false);
  });
});
