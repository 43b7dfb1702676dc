/** `watkit parse`: files and stdin, located errors with a caret, no partial output. */
import { describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { wat2wasm } from "../../src/wat2wasm.js";
import { CLI } from "../helpers/cli.js";


function watkit(args: string[], input?: string) {
  return spawnSync(process.execPath, [CLI, ...args], { input: input === undefined ? undefined : Buffer.from(input) });
}

describe("watkit parse", () => {
  const dir = mkdtempSync(join(tmpdir(), "watkit-cli-"));

  it("writes the binary of a .wat file to -o", () => {
    const out = join(dir, "fib.wasm");
    const result = watkit(["parse", "corpus/hand/fib.wat", "-o", out]);
    expect(result.status).toBe(0);
    const expected = wat2wasm(readFileSync("corpus/hand/fib.wat", "utf8"));
    expect(Buffer.compare(readFileSync(out), expected)).toBe(0);
  });

  it("reads stdin when the input is -", () => {
    const out = join(dir, "stdin.wasm");
    const result = watkit(["parse", "-", "-o", out], '(module (func (export "f") (result i32) i32.const 7))');
    expect(result.status).toBe(0);
    expect(WebAssembly.validate(readFileSync(out))).toBe(true);
  });

  it("reads stdin piece by piece as it reads a file, a character split between two pieces included", () => {
    // Stdin is read 64 KiB at a time: the two bytes of the first "é" stand on both sides of the first piece's end.
    const head = '(module (memory 4) (data (i32.const 0) "';
    const text = head + "a".repeat((1 << 16) - 1 - head.length) + "é".repeat(100_000) + '"))';
    const out = join(dir, "pieces.wasm");
    expect(watkit(["parse", "-", "-o", out], text).status).toBe(0);
    expect(Buffer.compare(readFileSync(out), wat2wasm(text))).toBe(0);
  });

  it("refuses a binary on stdin, naming the command that reads it", () => {
    const result = spawnSync(process.execPath, [CLI, "parse", "-", "-o", join(dir, "never.wasm")], { input: readFileSync("corpus/c/wc.wasm") });
    expect(result.status).toBe(1);
    expect(result.stderr.toString()).toBe("watkit parse: <stdin> is a WebAssembly binary, not text; use `watkit print` to turn it into text\n");
  });

  it("writes the same binary with --jobs 1 and --jobs 2", () => {
    const funcs = Array.from({ length: 12000 }, (_, i) => `  (func $f${i} (export "f${i}") (param $x i32) (result i32)\n    local.get $x\n    i32.const ${i}\n    i32.add)`);
    const input = join(dir, "large.wat");
    writeFileSync(input, `(module\n${funcs.join("\n")}\n)\n`);
    const [one, two] = [join(dir, "one.wasm"), join(dir, "two.wasm")];
    expect(watkit(["parse", input, "-o", one, "--jobs", "1"]).status).toBe(0);
    expect(watkit(["parse", input, "-o", two, "--jobs", "2"]).status).toBe(0);
    expect(Buffer.compare(readFileSync(one), readFileSync(two))).toBe(0);
  });

  it("refuses a --jobs that is not a number of threads", () => {
    const result = watkit(["parse", "-", "--jobs", "0"], "(module)");
    expect(result.status).toBe(2);
    expect(result.stderr.toString()).toContain("--jobs 0: expected a number of threads, at least 1");
  });

  it("leaves out the name section with --no-names", () => {
    const named = join(dir, "named.wasm");
    const bare = join(dir, "bare.wasm");
    watkit(["parse", "-", "-o", named], "(module (func $f))");
    watkit(["parse", "-", "-o", bare, "--no-names"], "(module (func $f))");
    expect(readFileSync(named).includes(Buffer.from("name"))).toBe(true);
    expect(readFileSync(bare).includes(Buffer.from("name"))).toBe(false);
  });

  it("reports a syntax error with file, line, column, the source line and a caret", () => {
    const file = join(dir, "bad.wat");
    writeFileSync(file, "(module\n  (func\n    i32.const 1\n    i32.frobnicate))\n");
    const out = join(dir, "bad.wasm");
    const result = watkit(["parse", file, "-o", out]);
    expect(result.status).toBe(1);
    expect(result.stderr.toString()).toBe(
      `${file}:4:5: error: unknown instruction i32.frobnicate\n      i32.frobnicate))\n      ^\n`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it("shows an excerpt around the column of a long line", () => {
    const text = "(module (func " + "nop ".repeat(500) + "bad.op))";
    const result = watkit(["parse", "-", "-o", join(dir, "long.wasm")], text);
    const [, excerpt, caret] = result.stderr.toString().split("\n");
    expect(excerpt.length).toBeLessThan(120);
    expect(excerpt).toContain("nop bad.op))");
    expect(excerpt[caret.indexOf("^")]).toBe("b");
  });

  it("does not replace an existing output when the input is bad", () => {
    const out = join(dir, "keep.wasm");
    writeFileSync(out, "previous");
    const result = watkit(["parse", "-", "-o", out], "(module (func $f) (func $f))");
    expect(result.status).toBe(1);
    expect(result.stderr.toString()).toMatch(/^<stdin>:1:25: error: duplicate function \$f/);
    expect(readFileSync(out, "utf8")).toBe("previous");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("refuses a module with a type error, located, and writes nothing (issue 17, item 3)", () => {
    const file = join(dir, "typed.wat");
    writeFileSync(file, '(module\n  (func (export "a") (result i32)\n    i64.const 1))\n');
    const out = join(dir, "typed.wasm");
    const result = watkit(["parse", file, "-o", out]);
    expect(result.status).toBe(1);
    expect(result.stderr.toString()).toBe(`${file}:2:3: error: type mismatch: expected i32, found i64 (in func 0)\n    (func (export "a") (result i32)\n    ^\n`);
    expect(existsSync(out)).toBe(false);
  });

  it("writes an invalid module with --no-validate", () => {
    const out = join(dir, "unchecked.wasm");
    const result = watkit(["parse", "-", "-o", out, "--no-validate"], '(module (func (export "a") (result i32) i64.const 1))');
    expect(result.status).toBe(0);
    expect(WebAssembly.validate(readFileSync(out))).toBe(false);
  });

  it("rejects input that is not UTF-8", () => {
    const result = spawnSync(process.execPath, [CLI, "parse", "-", "-o", join(dir, "x.wasm")], {
      input: Buffer.from([0x28, 0xff, 0x29]),
    });
    expect(result.status).toBe(1);
    expect(result.stderr.toString()).toContain("not valid UTF-8");
  });

  it("explains its usage", () => {
    const result = watkit(["parse"]);
    expect(result.status).toBe(2);
    expect(result.stderr.toString()).toContain("usage: watkit parse");
    expect(watkit(["--help"]).stdout.toString()).toContain("parse");
  });
});
