/**
 * `watkit fmt`: formatted text on stdout, `--check` lists what would change
 * and exits 1, `--write` rewrites files whole, `.editorconfig` and Prettier
 * configuration set the options, a syntax error is located and leaves the
 * file untouched. What `watkit print` writes is formatted already.
 */
import { describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { format } from "../../src/print/format/format.js";
import { CLI } from "../helpers/cli.js";


function watkit(args: string[], cwd: string, input?: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, input, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const MESSY = "(module (func $f (param i32) (result i32) local.get 0 i32.const 1 i32.add))\n";
const TIDY = format(MESSY);

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "watkit-fmt-"));
  writeFileSync(join(dir, ".prettierrc"), "{}\n");
  writeFileSync(join(dir, "messy.wat"), MESSY);
  writeFileSync(join(dir, "tidy.wat"), TIDY);
  return dir;
}

describe("watkit fmt", () => {
  it("prints the formatted text of each file, and of stdin", () => {
    const dir = workspace();
    expect(TIDY).toBe("(module\n  (func $f (param i32) (result i32)\n    local.get 0\n    i32.const 1\n    i32.add\n  )\n)\n");
    const out = watkit(["fmt", "messy.wat"], dir);
    expect(out.status).toBe(0);
    expect(out.stdout).toBe(TIDY);
    expect(watkit(["fmt", "-"], dir, MESSY).stdout).toBe(TIDY);
    expect(readFileSync(join(dir, "messy.wat"), "utf8")).toBe(MESSY);
  });

  it("--check lists the files that would change and exits 1, 0 when none would", () => {
    const dir = workspace();
    const out = watkit(["fmt", "--check", "messy.wat", "tidy.wat"], dir);
    expect(out.status).toBe(1);
    expect(out.stdout).toBe("messy.wat\n");
    expect(watkit(["fmt", "--check", "tidy.wat"], dir).status).toBe(0);
  });

  it("--check passes an empty file and --write leaves it empty", () => {
    const dir = workspace();
    writeFileSync(join(dir, "empty.wat"), "");
    expect(watkit(["fmt", "--check", "empty.wat"], dir)).toMatchObject({ status: 0, stdout: "" });
    expect(watkit(["fmt", "--write", "empty.wat"], dir).status).toBe(0);
    expect(readFileSync(join(dir, "empty.wat"), "utf8")).toBe("");
  });

  it("--write rewrites the files that change and leaves no temporary file", () => {
    const dir = workspace();
    const out = watkit(["fmt", "--write", "messy.wat", "tidy.wat"], dir);
    expect(out.status).toBe(0);
    expect(readFileSync(join(dir, "messy.wat"), "utf8")).toBe(TIDY);
    expect(readdirSync(dir).sort()).toEqual([".prettierrc", "messy.wat", "tidy.wat"]);
  });

  it("--folded and --flat convert the instructions", () => {
    const dir = workspace();
    const out = watkit(["fmt", "--folded", "messy.wat"], dir);
    expect(out.stdout).toContain("(i32.add (local.get 0) (i32.const 1))");
    expect(watkit(["fmt", "--flat", "-"], dir, out.stdout).stdout).toBe(TIDY);
  });

  it("takes its options from .editorconfig and Prettier configuration", () => {
    const dir = workspace();
    writeFileSync(join(dir, ".editorconfig"), "root = true\n[*.wat]\nindent_style = tab\n");
    expect(watkit(["fmt", "messy.wat"], dir).stdout).toBe(format(MESSY, { useTabs: true }));
    writeFileSync(join(dir, ".prettierrc"), '{ "printWidth": 30, "instructionStyle": "folded" }\n');
    expect(watkit(["fmt", "messy.wat"], dir).stdout).toBe(format(MESSY, { useTabs: true, printWidth: 30, instructionStyle: "folded" }));
  });

  it("reports a syntax error with file, line, column and caret, and leaves the file untouched", () => {
    const dir = workspace();
    const bad = "(module\n  (func\n    i32.const 1\n    i32.frobnicate))\n";
    writeFileSync(join(dir, "bad.wat"), bad);
    const out = watkit(["fmt", "--write", "bad.wat", "messy.wat"], dir);
    expect(out.status).toBe(1);
    expect(out.stderr).toBe("bad.wat:4:5: error: unknown instruction i32.frobnicate\n      i32.frobnicate))\n      ^\n");
    expect(readFileSync(join(dir, "bad.wat"), "utf8")).toBe(bad);
    expect(readFileSync(join(dir, "messy.wat"), "utf8")).toBe(TIDY);
  });

  it("--check passes on what watkit print writes, flat and folded", () => {
    const dir = workspace();
    const printed: string[] = [];
    for (const binary of ["corpus/c/wc.wasm", "corpus/rust/words.wasm"]) {
      for (const folded of [false, true]) {
        const out = `${binary.split("/").pop()}${folded ? ".folded" : ""}.wat`;
        const print = watkit(["print", resolve(process.cwd(), binary), "-o", out, ...(folded ? ["--folded"] : [])], dir);
        expect(print.status).toBe(0);
        printed.push(out);
      }
    }
    expect(watkit(["fmt", "--check", ...printed], dir)).toEqual({ status: 0, stdout: "", stderr: "" });
  });

  it("rejects --check with --write", () => {
    expect(watkit(["fmt", "--check", "--write", "messy.wat"], workspace()).status).toBe(2);
  });
});
