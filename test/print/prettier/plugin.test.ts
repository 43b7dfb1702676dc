/**
 * The plugin through the real `prettier` CLI: `--check` lists unformatted
 * files and fails, `--write` gives exactly `format`'s text, options (print
 * width, tabs, `--instruction-style`, `.editorconfig`) reach the layout,
 * `--plugin=watkit/prettier` resolves through the package's exports, and a
 * syntax error is reported with its position. On every script of the spec
 * testsuite, `prettier --write` gives `format`'s text (whose idempotence,
 * bytes and comments `format/spec-format.test.ts` checks) and a second
 * `prettier --check` finds nothing to change.
 */
import { describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { format } from "../../../src/print/format/format.js";
import { SPEC_ROOT, specFileNames } from "../../helpers/spec-suite.js";

const ROOT = process.cwd();
const PRETTIER = resolve(ROOT, "node_modules/.bin/prettier");
const PLUGIN = resolve(ROOT, "dist/src/print/prettier/index.js");
const FILES = ["corpus/hand/fib.wat", "corpus/hand/gc-list.wat", "test/print/format/cases/comments.wat", "test/print/format/cases/script.wast"];

function prettier(cwd: string, args: string[], plugin = PLUGIN) {
  const result = spawnSync(PRETTIER, [`--plugin=${plugin}`, ...args], { cwd, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary folder with copies of the files, without Prettier configuration from above it. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "watkit-prettier-"));
  writeFileSync(join(dir, ".prettierrc"), "{}\n");
  for (const file of FILES) copyFileSync(file, join(dir, file.split("/").pop()!));
  return dir;
}

const names = FILES.map((f) => f.split("/").pop()!);

describe("prettier --plugin", () => {
  it("--check lists the files that would change and exits 1; --write formats them as format() does; --check then passes", () => {
    const dir = workspace();
    const originals = names.map((n) => readFileSync(join(dir, n), "utf8"));
    const unformatted = names.filter((_, k) => format(originals[k]) !== originals[k]);
    expect(unformatted.length).toBeGreaterThan(0);

    const check = prettier(dir, ["--check", ...names]);
    expect(check.status).toBe(1);
    for (const name of unformatted) expect(check.stderr).toContain(name);

    expect(prettier(dir, ["--write", ...names]).status).toBe(0);
    names.forEach((name, k) => expect(readFileSync(join(dir, name), "utf8")).toBe(format(originals[k])));

    const again = prettier(dir, ["--check", ...names]);
    expect(again.status).toBe(0);
  });

  it("passes printWidth, useTabs and instructionStyle to the layout", () => {
    const dir = workspace();
    const text = readFileSync(join(dir, "fib.wat"), "utf8");
    const out = prettier(dir, ["--print-width=40", "--use-tabs", "--instruction-style=folded", "fib.wat"]);
    expect(out.status).toBe(0);
    expect(out.stdout).toBe(format(text, { printWidth: 40, useTabs: true, instructionStyle: "folded" }));
    expect(out.stdout).toContain("\n\t(");
  });

  it("reads .editorconfig as Prettier does", () => {
    const dir = workspace();
    writeFileSync(join(dir, ".editorconfig"), "root = true\n[*.wat]\nindent_style = tab\nmax_line_length = 60\n");
    const text = readFileSync(join(dir, "fib.wat"), "utf8");
    const out = prettier(dir, ["fib.wat"]);
    expect(out.stdout).toBe(format(text, { useTabs: true, printWidth: 60 }));
  });

  it("resolves --plugin=watkit/prettier through the package exports", () => {
    const dir = workspace();
    mkdirSync(join(dir, "node_modules"));
    symlinkSync(ROOT, join(dir, "node_modules", "watkit"), "dir");
    const out = prettier(dir, ["fib.wat"], "watkit/prettier");
    expect(out.status).toBe(0);
    expect(out.stdout).toBe(format(readFileSync(join(dir, "fib.wat"), "utf8")));
  });

  it("reports a syntax error with its line and column and leaves the file as it was", () => {
    const dir = workspace();
    const bad = "(module\n  (func\n    i32.const 1\n    i32.frobnicate))\n";
    writeFileSync(join(dir, "bad.wat"), bad);
    const out = prettier(dir, ["--write", "bad.wat"]);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain("SyntaxError: unknown instruction i32.frobnicate");
    expect(out.stderr).toMatch(/> 4 \| +i32.frobnicate\)\)\n.*\| +\^/);
    expect(readFileSync(join(dir, "bad.wat"), "utf8")).toBe(bad);
  });
});

describe("prettier --plugin on the spec testsuite", () => {
  it("--write gives format()'s text for every script, and --check then passes", () => {
    const dir = mkdtempSync(join(tmpdir(), "watkit-prettier-spec-"));
    writeFileSync(join(dir, ".prettierrc"), "{}\n");
    const files = specFileNames();
    const originals = files.map((name) => {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      copyFileSync(join(SPEC_ROOT, name), join(dir, name));
      return readFileSync(join(SPEC_ROOT, name), "utf8");
    });
    const write = prettier(dir, ["--write", ...files]);
    expect(write.stderr).toBe("");
    expect(write.status).toBe(0);
    const differing = files.filter((name, k) => readFileSync(join(dir, name), "utf8") !== format(originals[k]));
    expect(differing).toEqual([]);
    const again = prettier(dir, ["--check", ...files]);
    expect(again.status).toBe(0);
    rmSync(dir, { recursive: true });
    console.log(`prettier --plugin=watkit/prettier on the spec testsuite: ${files.length} scripts written as format() writes them; --check passes after`);
  });
});
