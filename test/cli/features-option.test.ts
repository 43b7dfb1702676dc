/** `--features`: the commands that read modules reject one using a feature outside the list, naming the feature and the place. */
import { describe, expect, it } from "@jest/globals";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { watkit } from "../helpers/cli.js";
import { wat2wasm } from "../../src/wat2wasm.js";

const WIDE = `(module
  (func (export "f") (result i64 i64)
    i64.const 1
    i64.const 2
    i64.const 3
    i64.const 4
    i64.add128))
`;

const dir = mkdtempSync(join(tmpdir(), "watkit-features-"));
const text = join(dir, "wide.wat");
const binary = join(dir, "wide.wasm");
writeFileSync(text, WIDE);
writeFileSync(binary, wat2wasm(WIDE));

describe("--features", () => {
  it("refuses text using a feature outside the list at its line and column", () => {
    const result = watkit(["parse", text, "-o", join(dir, "out.wasm"), "--features", "wasm3"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${text}:7:5: error: the i64.add128 needs the wide-arithmetic proposal (allow it with --features +wide-arithmetic)`);
  });

  it("refuses a binary at the instruction's byte offset", () => {
    const printed = watkit(["print", binary, "--features", "lime1"]);
    expect(printed.status).toBe(1);
    expect(printed.stderr).toBe(`${binary}: error: the i64.add128 at offset 0x28 needs the wide-arithmetic proposal (allow it with --features lime1,+wide-arithmetic)\n`);
    const validated = watkit(["validate", binary, "--features", "lime1"]);
    expect(validated.status).toBe(1);
    expect(validated.stderr).toBe(`${binary}:0x28: error: the i64.add128 needs the wide-arithmetic proposal (allow it with --features lime1,+wide-arithmetic)\n`);
  });

  it("accepts the module once the list has the feature", () => {
    expect(watkit(["validate", text, "--features", "wasm3,+wide-arithmetic"]).status).toBe(0);
    expect(watkit(["print", binary, "--features", "all"]).status).toBe(0);
  });

  it("makes such a module invalid in a spec script", () => {
    const script = join(dir, "wide.wast");
    writeFileSync(script, `(assert_invalid ${WIDE.trim()} "wide-arithmetic")\n`);
    const result = watkit(["wast", script, "--features", "wasm3"]);
    expect(result.stdout).toContain("1 passed, 0 failed");
  });

  it("is the default profile wasm3 without the option: parse, validate, rewrite and run refuse a proposal beyond it", () => {
    expect(watkit(["parse", text, "-o", join(dir, "default.wasm")]).stderr).toContain(
      `${text}:7:5: error: the i64.add128 needs the wide-arithmetic proposal (allow it with --features +wide-arithmetic)`,
    );
    expect(watkit(["validate", binary]).stderr).toBe(`${binary}:0x28: error: the i64.add128 needs the wide-arithmetic proposal (allow it with --features +wide-arithmetic)\n`);
    const rewritten = watkit(["rewrite", binary, "--pass", "dce", "-o", join(dir, "rewritten.wasm")]);
    expect(rewritten.status).toBe(1);
    expect(rewritten.stderr).toBe(`${binary}: error: the i64.add128 at offset 0x28 needs the wide-arithmetic proposal (allow it with --features +wide-arithmetic)\n`);
    expect(watkit(["run", binary]).stderr).toContain("needs the wide-arithmetic proposal (allow it with --features +wide-arithmetic)");
  });

  it("refuses threads without the option, saying how to allow them", () => {
    const threads = join(dir, "threads.wat");
    writeFileSync(threads, "(module (memory 1 1 shared)\n  (func (drop\n    (i32.atomic.load (i32.const 0)))))\n");
    const parsed = watkit(["parse", threads, "-o", join(dir, "threads.wasm")]);
    expect(parsed.status).toBe(1);
    expect(parsed.stderr).toContain(`${threads}:3:5: error: the i32.atomic.load needs the threads proposal (allow it with --features +threads)`);
    expect(watkit(["parse", threads, "-o", join(dir, "threads.wasm"), "--features", "+threads"]).status).toBe(0);
    expect(watkit(["validate", threads, "--features", "wasm3-threads"]).status).toBe(0);
  });

  it("checks nothing in print without the option, and names the default in --help", () => {
    expect(watkit(["print", binary]).status).toBe(0);
    expect(watkit(["validate", "--help"]).stdout).toContain("no option: wasm3)");
    expect(watkit(["print", "--help"]).stdout).toContain("no option: none checked");
  });

  it("adds the proposal of a spec script's folder in watkit wast", () => {
    const folder = join(dir, "proposals", "wide-arithmetic");
    mkdirSync(folder, { recursive: true });
    const script = join(folder, "wide.wast");
    writeFileSync(script, `${WIDE.trim()}\n`);
    expect(watkit(["wast", script]).stdout).not.toContain("rejects the module");
    const elsewhere = join(dir, "wide-elsewhere.wast");
    writeFileSync(elsewhere, `(assert_invalid ${WIDE.trim()} "wide-arithmetic")\n`);
    expect(watkit(["wast", elsewhere]).stdout).toContain("1 passed, 0 failed");
  });

  it("is a usage error naming the unknown feature, where it is, and the nearest known one", () => {
    const result = watkit(["validate", text, "--features", "wasm2,+simdd"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--features wasm2,+simdd: unknown feature 'simdd'; did you mean 'simd'?\n  --features wasm2,+simdd\n                   ^");
  });
});
