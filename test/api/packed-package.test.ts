/**
 * The package as `npm pack` makes it, installed beside its dependencies:
 * it ships the bundles (scripts/bundle.mjs) and the declarations, not the
 * compiled modules; its entries convert both ways, share one copy of the
 * code (a class exported by two entries is one class), load on first use
 * what the root entry leaves out of its import (src/load-on-first-use.ts,
 * which jest's modules cannot show: there those loads are imports), and
 * start the worker threads of parallel conversion; its `watkit` command runs.
 */
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import * as compiled from "../../src/index.js";

const ROOT = process.cwd();
const DEPENDENCIES = Object.keys((JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { dependencies: Record<string, string> }).dependencies);
/** Go output over 2 MB: large enough that print and validate use two threads. */
const GO = resolve(ROOT, "corpus/go/files/files.wasm");

let dir = "";
let installed = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "watkit-packed-"));
  const [{ filename }] = JSON.parse(execFileSync("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", dir], { cwd: ROOT, encoding: "utf8" })) as { filename: string }[];
  installed = join(dir, "node_modules", "watkit");
  mkdirSync(installed, { recursive: true });
  execFileSync("tar", ["-xzf", join(dir, filename), "-C", installed, "--strip-components=1"]);
  for (const name of DEPENDENCIES) symlinkSync(join(ROOT, "node_modules", name), join(dir, "node_modules", name));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs an ES module in the folder the package is installed in; its last output line is JSON. */
function script(source: string): unknown {
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", source], { cwd: dir, encoding: "utf8" });
  expect(result.stderr).toBe("");
  return JSON.parse(result.stdout.trim().split("\n").pop()!);
}

/**
 * A call of each function whose code the root entry loads on first use,
 * given the entry as `watkit`; its results, errors included, as JSON.
 */
const FIRST_USES = `
  const results = {};
  const thrown = (call) => { try { call(); } catch (error) { return { name: error.name, message: error.message, typed: error instanceof watkit.WatkitError }; } };
  // A body the direct reader leaves to the parser, and an error only the parser reports.
  results.fallback = Array.from(watkit.wat2wasm("(module (func i32.const 1 (@unknown) drop))"));
  results.syntaxError = thrown(() => watkit.wat2wasm("(module (func (i32.const 1 2)))"));
  results.script = watkit.parseWat('(module $m) (assert_invalid (module (func (result i32))) "type mismatch")').commands.map((c) => c.kind);
  results.format = watkit.format("(module (func $f   (result i32) (i32.const 1)))");
  results.lint = watkit.lint("(module (func nop))").messages.map((m) => [m.ruleId, m.line, m.column]);
  results.configError = thrown(() => watkit.lint("(module)", { config: { rules: { "no-such-rule": "error" } } }));
  const module = watkit.rewrite(watkit.parseModule('(module (func $used (export "f")) (func $unused))'), ["dce"]);
  results.rewrite = watkit.print(module);
  results.invalidRewrite = thrown(() => watkit.rewrite(watkit.parseModule("(module (func (result i32)))"), []));
  results.validate = watkit.validate(watkit.wat2wasm("(module (func (result i32) i32.const 1))")).valid;
  // A line wider than the print width: the printer lays it out again as the formatter would.
  results.wideLine = watkit.wasm2wat(watkit.wat2wasm('(module (func $f (export "a_long_export_name") (param i32 i64 f32 f64)))'), { printWidth: 40 });
  return results;
`;

function watkit(args: string[]) {
  return spawnSync(process.execPath, [join(installed, "dist/bundle/watkit.js"), ...args], { cwd: dir, encoding: "utf8" });
}

describe("the packed package", () => {
  it("holds the bundles and the declarations, not the compiled modules", () => {
    const files = readdirSync(join(installed, "dist"), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(installed.length + 1));
    expect(files.filter((file) => !file.startsWith("dist/bundle/") && !file.endsWith(".d.ts"))).toEqual([]);
    expect(files).toContain("dist/bundle/index.js");
  });

  it("converts text to binary and back through its entries, with one copy of their classes", () => {
    const result = script(`
      import * as watkit from "watkit";
      import * as rewrite from "watkit/rewrite";
      const bytes = watkit.wat2wasm('(module (func $f (export "f") (result i32) i32.const 7))');
      const text = watkit.wasm2wat(bytes);
      console.log(JSON.stringify({ text, samePassError: watkit.PassError === rewrite.PassError }));
    `);
    const text = '(module\n  (type (;0;) (func (result i32)))\n  (func $f (;0;) (type 0) (result i32)\n    i32.const 7\n  )\n  (export "f" (func $f))\n)\n';
    expect(result).toEqual({ text, samePassError: true });
  });

  it("loads the parser, the formatter, the linter, the rewrite passes and the validator on first use, as the compiled modules have them", () => {
    const installed = script(`import * as watkit from "watkit"; console.log(JSON.stringify(new Function("watkit", ${JSON.stringify(FIRST_USES)})(watkit)));`);
    const expected = JSON.parse(JSON.stringify(new Function("watkit", FIRST_USES)(compiled))) as Record<string, unknown>;
    expect(expected).toMatchObject({ syntaxError: { name: "WatSyntaxError", typed: true }, configError: { name: "ConfigError" }, invalidRewrite: { name: "InvalidRewriteError" } });
    expect(installed).toEqual(expected);
  });

  it("converts a large text on two threads as on one", () => {
    const result = script(`
      import { wat2wasm } from "watkit";
      const funcs = Array.from({ length: 60000 }, (_, i) => "(func $f" + i + " (result i32) i32.const " + i + ")");
      const text = "(module " + funcs.join("\\n") + ")";
      const same = Buffer.from(wat2wasm(text, { jobs: 1 })).equals(Buffer.from(wat2wasm(text, { jobs: 2 })));
      console.log(JSON.stringify({ chars: text.length, same }));
    `);
    expect(result).toEqual({ chars: expect.any(Number), same: true });
    expect((result as { chars: number }).chars).toBeGreaterThan(2 << 20);
  });

  it("runs its command, printing and validating on two threads", () => {
    expect(watkit(["--version"]).stdout).toContain(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);
    const [one, two] = [join(dir, "one.wat"), join(dir, "two.wat")];
    expect(watkit(["print", GO, "-o", one, "--jobs", "1"])).toMatchObject({ status: 0, stderr: "" });
    expect(watkit(["print", GO, "-o", two, "--jobs", "2"])).toMatchObject({ status: 0, stderr: "" });
    expect(readFileSync(one).equals(readFileSync(two))).toBe(true);
    expect(watkit(["validate", GO, "--jobs", "2"])).toMatchObject({ status: 0, stderr: "" });
  });

  it("has every worker script where the code that starts it looks for it", () => {
    const bundle = join(installed, "dist/bundle");
    const scripts = readdirSync(bundle)
      .filter((file) => file.endsWith(".js"))
      .flatMap((file) => [...readFileSync(join(bundle, file), "utf8").matchAll(/new URL\("\.\/([^"]+)", import\.meta\.url\)/g)].map((m) => m[1]));
    expect(scripts.sort()).toEqual(["validate-worker.js", "wasm2wat-worker.js", "wat2wasm-worker.js"]);
    for (const file of scripts) expect(readdirSync(bundle)).toContain(file);
  });
});
