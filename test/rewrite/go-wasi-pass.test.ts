/**
 * The go-wasi pass's contract beyond the corpus outputs: which modules it
 * takes, the errors it gives for others, a stripped binary, a valid result,
 * and the message a program gets when it reaches JavaScript go-wasi does not
 * provide.
 */
import { describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decode } from "../../src/binary/decode.js";
import { encode } from "../../src/binary/encode.js";
import { rewrite } from "../../src/rewrite/index.js";
import { checked, mod } from "./helpers.js";
import { CLI } from "../helpers/cli.js";

let filesOut: string | undefined;

/** corpus/go/files after go-wasi, written once. */
function filesWasi(): string {
  if (filesOut === undefined) {
    filesOut = join(mkdtempSync(join(tmpdir(), "watkit-go-wasi-")), "files.wasm");
    const m = decode(readFileSync("corpus/go/files/files.wasm"));
    rewrite(m, ["go-wasi"]);
    writeFileSync(filesOut, encode(m));
  }
  return filesOut;
}

const GO_EXPORTS = '(memory (export "mem") 1) (func (export "run") (param i32 i32)) (func (export "resume")) (func (export "getsp") (result i32) i32.const 0)';

describe("go-wasi", () => {
  it("refuses a module that imports nothing from go or gojs", () => {
    expect(() => rewrite(mod("(module (func))"), ["go-wasi"])).toThrow(
      'pass go-wasi: the module imports nothing from "go" or "gojs": it is not a Go js/wasm module',
    );
  });

  it("needs the exports every Go js/wasm module has", () => {
    const m = mod('(module (import "gojs" "debug" (func (param i32))) (memory (export "mem") 1))');
    expect(() => rewrite(m, ["go-wasi"])).toThrow('pass go-wasi: the module has no func export "run", which Go js/wasm modules have');
  });

  it("names the imports it does not provide", () => {
    const m = mod(`(module (import "go" "runtime.teleport" (func (param i32))) ${GO_EXPORTS})`);
    expect(() => rewrite(m, ["go-wasi"])).toThrow("pass go-wasi: go-wasi does not provide go.runtime.teleport");
  });

  it("takes no argument", () => {
    expect(() => rewrite(mod(`(module ${GO_EXPORTS})`), ["go-wasi=fast"])).toThrow("pass go-wasi: takes no argument");
  });

  it("gives a valid module that imports WASI only and exports _start and memory", () => {
    const m = decode(readFileSync("corpus/go/hello/hello.wasm"));
    rewrite(m, ["go-wasi"]);
    const bytes = checked(m);
    const module = new WebAssembly.Module(bytes);
    expect(new Set(WebAssembly.Module.imports(module).map((i) => i.module))).toEqual(new Set(["wasi_snapshot_preview1"]));
    expect(WebAssembly.Module.exports(module).map((e) => e.name)).toEqual(expect.arrayContaining(["_start", "memory"]));
  }, 60_000);

  it("works on a stripped binary, finding Go's functions through exports and imports", () => {
    const m = decode(readFileSync("corpus/go/stdin/stdin.wasm"));
    expect(m.customs.map((c) => c.name)).not.toContain("name");
    expect(m.funcs.filter((f) => f.name !== undefined)).toEqual([]);
    rewrite(m, ["go-wasi"]);
    const out = join(mkdtempSync(join(tmpdir(), "watkit-go-wasi-")), "stdin.wasm");
    writeFileSync(out, encode(m));
    const r = spawnSync(process.execPath, [CLI, "run", out], { input: "a\nbc\n", encoding: "utf8" });
    expect({ status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({ status: 0, stdout: "1: A (1)\n2: BC (2)\n2 lines, 3 bytes\n", stderr: "" });
  }, 60_000);

  // The process's directory is "/": a guest path may be spelled absolute, relative or with "./".
  it.each([
    ["/sandbox", "sandbox"],
    ["/", "."],
    [".", "/"],
    ["/x/", "./x"],
  ])("resolves paths against a --dir preopened as %s (the program given %s)", (guest, arg) => {
    const out = filesWasi();
    const dir = mkdtempSync(join(tmpdir(), "watkit-go-wasi-dir-"));
    const r = spawnSync(process.execPath, [CLI, "run", out, "--dir", `${dir}:${guest}`, "--", arg], { encoding: "utf8" });
    expect({ status: r.status, stdout: r.stdout }).toEqual({ status: 0, stdout: readFileSync("corpus/go/files/expected/sandbox.stdout", "utf8") });
  }, 60_000);

  it("stops a program that reaches other JavaScript with a message naming the member", () => {
    const out = join(mkdtempSync(join(tmpdir(), "watkit-go-wasi-")), "jscall.wasm");
    const m = decode(readFileSync("corpus/go/jscall/jscall.wasm"));
    rewrite(m, ["go-wasi"]);
    writeFileSync(out, encode(m));
    const r = spawnSync(process.execPath, [CLI, "run", out], { encoding: "utf8" });
    expect({ status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({
      status: 1,
      stdout: "looking for the page title\n",
      stderr:
        "go-wasi: the program calls the JavaScript method undefined.querySelector (syscall/js), which has no WASI counterpart" +
        " in go-wasi; the last member it looked for and did not find is globalThis.document\n",
    });
  }, 60_000);
});
