/** `watkit rewrite`: passes from the command line, on .wasm and .wat, help from the registry. */
import { describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PASSES } from "../../src/rewrite/registry.js";
import { CLI } from "../helpers/cli.js";


function watkit(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input: input === undefined ? undefined : Buffer.from(input) });
  return { status: r.status, stdout: r.stdout.toString(), stderr: r.stderr.toString() };
}

const SOURCE = `(module
  (func $dead (result i32) i32.const 1)
  (func $live (export "f") (result i32) i32.const 42))`;

describe("watkit rewrite", () => {
  const dir = mkdtempSync(join(tmpdir(), "watkit-rewrite-cli-"));
  const wat = join(dir, "in.wat");
  writeFileSync(wat, SOURCE);

  it("runs passes in order from .wat to .wasm, with -o or a second positional", () => {
    for (const args of [[wat, "-o", join(dir, "a.wasm")], [wat, join(dir, "a.wasm")]]) {
      const r = watkit(["rewrite", ...args, "--pass", "dce", "--pass=rename=export:f=answer"]);
      expect(r).toMatchObject({ status: 0, stderr: "" });
      const module = new WebAssembly.Module(readFileSync(join(dir, "a.wasm")));
      expect(WebAssembly.Module.exports(module).map((e) => e.name)).toEqual(["answer"]);
      const instance = new WebAssembly.Instance(module);
      expect((instance.exports.answer as () => number)()).toBe(42);
    }
  });

  it("writes text when the output ends in .wat, and reads binaries", () => {
    expect(watkit(["rewrite", wat, join(dir, "b.wasm"), "--pass", "add-export=$dead"]).status).toBe(0);
    const r = watkit(["rewrite", join(dir, "b.wasm"), "-o", join(dir, "b.wat"), "--pass", "strip=name"]);
    expect(r.status).toBe(0);
    const text = readFileSync(join(dir, "b.wat"), "utf8");
    expect(text).toContain('(export "dead" (func 0))');
    expect(text).not.toContain("$live");
  });

  it("keeps the comments and layout of a .wat the passes did not touch", () => {
    const source = `;; header comment
(module
  (func $dead (result i32) i32.const 1)  ;; goes
  (func $live (export "f") (result i32)
    (i32.const 42))  ;; stays, folded as written
)
`;
    writeFileSync(join(dir, "keep.wat"), source);
    expect(watkit(["rewrite", join(dir, "keep.wat"), join(dir, "kept.wat"), "--pass", "dce"]).status).toBe(0);
    expect(readFileSync(join(dir, "kept.wat"), "utf8")).toBe(`;; header comment
(module
  (func $live (export "f") (result i32)
    (i32.const 42))  ;; stays, folded as written
)
`);
  });

  it("refuses to write a module the passes made invalid, unless --no-validate (issue 17, items 1 and 3)", () => {
    const snippet = join(dir, "wrong.wat");
    writeFileSync(snippet, '(func (export "a") (result i32) i64.const 1)');
    const out = join(dir, "invalid.wasm");
    for (const target of [out, join(dir, "invalid.wat")]) {
      const r = watkit(["rewrite", "corpus/c/wc.wasm", target, "--pass", `add-wat=${snippet}`]);
      expect(r.status).toBe(1);
      expect(r.stderr).toBe(
        `${snippet}:1:1: error: pass add-wat made the module invalid: type mismatch: expected i32, found i64\n` +
          '  (func (export "a") (result i32) i64.const 1)\n  ^\n',
      );
      expect(existsSync(target)).toBe(false);
    }
    expect(watkit(["rewrite", "corpus/c/wc.wasm", out, "--pass", `add-wat=${snippet}`, "--no-validate"]).status).toBe(0);
    expect(WebAssembly.validate(readFileSync(out))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("lists every pass in --help and explains one with --help PASS", () => {
    const list = watkit(["rewrite", "--help"]);
    expect(list.status).toBe(0);
    for (const p of PASSES) expect(list.stdout).toContain(`${p.name.padEnd(22)} ${p.summary}`);
    for (const p of PASSES) {
      const one = watkit(["rewrite", "--help", p.name]);
      expect(one.status).toBe(0);
      expect(one.stdout).toContain(p.example);
      expect(one.stdout).toContain(`--pass ${p.usage}`);
    }
    expect(watkit(["rewrite", "--help", "nope"]).status).toBe(2);
  });

  it("fails with a message and no output file on an unknown pass, a bad argument or bad input", () => {
    const out = join(dir, "never.wasm");
    const unknown = watkit(["rewrite", wat, "-o", out, "--pass", "nope"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("no pass named 'nope'");
    const bad = watkit(["rewrite", wat, "-o", out, "--pass", "add-export=$missing"]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("pass add-export: no func $missing");
    const syntax = watkit(["rewrite", "-", "-o", out, "--pass", "dce"], "(module (func $f (call $g)))");
    expect(syntax.status).toBe(1);
    expect(syntax.stderr).toContain("<stdin>:1:24: error: unknown function $g");
    expect(watkit(["rewrite", wat, "-o", out]).status).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
