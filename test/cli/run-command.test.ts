/**
 * `watkit run`: a WASI command (corpus/c/wc.wasm, clang + wasi-libc) sees
 * only the directories given, gets its arguments and environment, inherits
 * stdin/stdout/stderr, and its exit code is watkit's.
 */
import { describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLI } from "../helpers/cli.js";

const WC = "corpus/c/wc.wasm";

function watkit(args: string[], input?: string) {
  return spawnSync(process.execPath, [CLI, "run", ...args], { encoding: "utf8", input });
}

describe("watkit run", () => {
  const root = mkdtempSync(join(tmpdir(), "watkit-run-"));
  const visible = join(root, "visible");
  const hidden = join(root, "hidden");
  mkdirSync(visible);
  mkdirSync(hidden);
  writeFileSync(join(visible, "a.txt"), "one two\nthree\n");
  writeFileSync(join(hidden, "secret.txt"), "x\n");

  it("passes arguments and reads files in a directory given with --dir", () => {
    const result = watkit([WC, "--dir", visible, "--", join(visible, "a.txt")]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(`      2       3      14 ${join(visible, "a.txt")}\n`);
    expect(result.status).toBe(0);
  });

  it("maps a directory to the guest path after the colon", () => {
    const result = watkit([WC, `--dir=${visible}:/data`, "--", "/data/a.txt"]);
    expect(result.stdout).toBe("      2       3      14 /data/a.txt\n");
    expect(result.status).toBe(0);
  });

  it("shows the program nothing outside the directories given, and passes its exit code 1 through", () => {
    const result = watkit([WC, "--dir", visible, "--", join(hidden, "secret.txt")]);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^wc: .*secret\.txt: /);
    expect(result.status).toBe(1);
  });

  it("passes exit code 2 (a bad option) through", () => {
    const result = watkit([WC, "--", "-x"]);
    expect(result.stderr).toBe("wc: unknown option -x\n");
    expect(result.status).toBe(2);
  });

  it("inherits stdin", () => {
    const result = watkit([WC], "a b\nc\n");
    expect(result.stdout).toBe("      2       3       6\n");
    expect(result.status).toBe(0);
  });

  it("gives the program exactly the --env variables, runs .wat text, and passes proc_exit's code through", () => {
    const result = watkit(["test/cli/fixtures/env.wat", "--env", "GREETING=hello world", "--env=EMPTY="]);
    expect(result.stdout).toBe("GREETING=hello world\nEMPTY=\n");
    expect(result.status).toBe(3);
  });

  it("reports a module that does not parse with its location", () => {
    const bad = join(root, "bad.wat");
    writeFileSync(bad, "(module (func (i32.add)))\n(oops");
    const result = watkit([bad]);
    expect(result.stderr).toMatch(new RegExp(`^${bad.replace(/[.]/g, "\\.")}:2:`));
    expect(result.status).toBe(1);
  });
});

/** Modules `watkit run` cannot run, and modules that trap (issue 17, item 9): each explained, never a raw engine error. */
describe("watkit run explains", () => {
  const root = mkdtempSync(join(tmpdir(), "watkit-run-why-"));

  it("a trap with the function (name or index) and byte offset of each WebAssembly frame", () => {
    const file = join(root, "trap.wat");
    writeFileSync(file, '(module (memory (export "memory") 1)\n  (func $boom unreachable)\n  (func (export "_start") call $boom))\n');
    const result = watkit([file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `watkit run: ${file}: trap: unreachable\n` +
        "  at func $boom (function 0), byte offset 0x32\n" +
        "  at function 1, byte offset 0x36\n" +
        "  (byte offsets are in the binary encoded from the text)\n",
    );
  });

  it("a module without `_start`, listing its exports", () => {
    expect(watkit(["corpus/hand/fib.wat"])).toMatchObject({
      status: 1,
      stderr:
        "watkit run: corpus/hand/fib.wat has no `_start` export, so it is not a WASI command; " +
        "exports are: memo (memory), fib_rec (function), fib_iter (function), fib_memo (function)\n",
    });
  });

  it("a Go module that needs Go's JavaScript glue", () => {
    const result = watkit(["corpus/go/hello/hello.wasm"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^watkit run: corpus\/go\/hello\/hello\.wasm needs Go's JavaScript glue \(wasm_exec\.js\): it imports go\.debug, which WASI does not provide, so it cannot run on WASI as it is/);
    expect(result.stderr).toContain("watkit rewrite corpus/go/hello/hello.wasm OUT.wasm --pass go-wasi");
  });

  it("imports WASI does not provide", () => {
    const result = watkit(["-"], '(module (import "env" "f" (func)) (memory (export "memory") 1) (func (export "_start")))');
    expect(result).toMatchObject({ status: 1, stderr: "watkit run: <stdin> imports env.f, which WASI does not provide\n" });
  });
});
