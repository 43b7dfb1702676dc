/** `watkit lint`: reports in every format, exit codes as ESLint's, fixing files, configuration files. */
import { describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { wat2wasm } from "../../src/wat2wasm.js";
import { CLI } from "../helpers/cli.js";


/** The SARIF 2.1.0 JSON schema as Microsoft's SARIF SDK ships it, checked with Ajv (draft 2020-12, formats on). */
function sarifSchemaErrors(log: unknown): unknown[] {
  const require = createRequire(import.meta.url);
  const Ajv2020 = require("ajv/dist/2020").default;
  const addFormats = require("ajv-formats").default;
  const ajv = addFormats(new Ajv2020({ allErrors: true, strict: false }));
  const validate = ajv.compile(JSON.parse(readFileSync(require.resolve("@microsoft/sarif-multitool-linux/sarif-2.1.0.json"), "utf8")));
  return validate(log) ? [] : validate.errors;
}

function watkit(args: string[], options: { input?: string; cwd?: string } = {}) {
  const result = spawnSync(process.execPath, [CLI, "lint", ...args], { input: options.input, cwd: options.cwd });
  return { status: result.status, stdout: result.stdout.toString(), stderr: result.stderr.toString() };
}

const WARNS = `(module
  (func $dead)
  (func (export "f") (result i32)
    (local $t i32)
    i32.const 1
    local.set $t
    local.get $t))
`;

const ERRS = `(module
  (memory 1)
  (data (i32.const 65535) "ab"))
`;

describe("watkit lint", () => {
  const dir = mkdtempSync(join(tmpdir(), "watkit-lint-"));
  const warns = join(dir, "warns.wat");
  const errs = join(dir, "errs.wat");
  writeFileSync(warns, WARNS);
  writeFileSync(errs, ERRS);

  it("prints stylish findings with the source line, a caret and the totals; warnings alone exit 0", () => {
    const result = watkit([warns]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      [
        "",
        warns,
        "  2:9       warning  function $dead is never used  no-unused",
        "      (func $dead)",
        "            ^",
        "  6:5       warning  local.set then local.get of $t: use local.tee  prefer-local-tee",
        "        local.set $t",
        "        ^",
        "",
        "✖ 2 problems (0 errors, 2 warnings)",
        "  0 errors and 1 warning potentially fixable with the `--fix` option.",
        "",
      ].join("\n"),
    );
  });

  it("exits 1 on an error, and on more warnings than --max-warnings", () => {
    expect(watkit([errs]).status).toBe(1);
    expect(watkit([warns, "--max-warnings", "2"]).status).toBe(0);
    const over = watkit([warns, "--max-warnings", "1"]);
    expect(over.status).toBe(1);
    expect(over.stderr).toContain("too many warnings (2)");
  });

  it("hides warnings with --quiet", () => {
    expect(watkit([warns, "--quiet"])).toEqual({ status: 0, stdout: "", stderr: "" });
  });

  it("sets rules with --rule", () => {
    expect(watkit([warns, "--rule", "no-unused: error"]).status).toBe(1);
    expect(watkit([warns, "--rule", "no-unused: off", "--rule", "prefer-local-tee: off"]).stdout).toBe("");
  });

  it("exits 2 on a missing file, an unknown option, format or rule", () => {
    expect(watkit([join(dir, "none.wat")]).status).toBe(2);
    expect(watkit([warns, "--bogus"]).status).toBe(2);
    expect(watkit([warns, "-f", "xml"]).status).toBe(2);
    const rule = watkit([warns, "--rule", "no-such: warn"]);
    expect(rule.status).toBe(2);
    expect(rule.stderr).toContain("unknown rule 'no-such'");
  });

  it("reports a syntax error as a fatal error at its place", () => {
    const bad = join(dir, "bad.wat");
    writeFileSync(bad, "(module (func i32.bogus))");
    const result = watkit([bad, "-f", "compact"]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/bad\.wat: line 1, col 15, Error - /);
  });

  it("prints ESLint's JSON shape", () => {
    const [file] = JSON.parse(watkit([warns, "-f", "json"]).stdout);
    expect(file).toMatchObject({ filePath: warns, errorCount: 0, warningCount: 2, fixableWarningCount: 1 });
    expect(file.messages[1]).toMatchObject({ ruleId: "prefer-local-tee", severity: 1, line: 6, column: 5, endLine: 7, endColumn: 17, fix: { text: "local.tee $t" } });
  });

  it("prints SARIF 2.1.0 with the rules reported, levels, 1-based regions and in-source suppressions", () => {
    const suppressed = join(dir, "suppressed.wat");
    writeFileSync(suppressed, `(module\n  ;; watkit-disable-next-line no-unused -- debugger hook\n  (func $hook)\n  (memory 1)\n  (data (i32.const 65535) "ab"))\n`);
    const log = JSON.parse(watkit([suppressed, "-f", "sarif"]).stdout);
    expect(log.version).toBe("2.1.0");
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe("watkit");
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id).sort()).toEqual(["no-out-of-bounds-segment", "no-unused"]);
    const [error, hidden] = run.results;
    expect(error).toMatchObject({ ruleId: "no-out-of-bounds-segment", level: "error", message: { text: expect.stringContaining("instantiation traps") } });
    expect(error.locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: expect.stringMatching(/^file:|suppressed\.wat$/) }, region: { startLine: 5, startColumn: 3 } });
    expect(hidden).toMatchObject({ ruleId: "no-unused", level: "warning", suppressions: [{ kind: "inSource", justification: "debugger hook" }] });
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    expect(sarifSchemaErrors(log)).toEqual([]);
  });

  it("gives SARIF a relative path as a relative URI, its folders kept and each name escaped", () => {
    mkdirSync(join(dir, "sub dir", "deeper"), { recursive: true });
    writeFileSync(join(dir, "sub dir", "deeper", "a#1.wat"), "(module (func $unused))\n");
    const log = JSON.parse(watkit(["sub dir/deeper/a#1.wat", "-f", "sarif"], { cwd: dir }).stdout);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe("sub%20dir/deeper/a%231.wat");
  });

  it("prints SARIF that the SARIF 2.1.0 schema accepts, for every rule case", () => {
    const cases = resolve("test/lint/rules");
    const files = readdirSync(cases).flatMap((rule) => readdirSync(join(cases, rule)).filter((f) => f.endsWith(".wat")).map((f) => join(cases, rule, f)));
    const log = JSON.parse(watkit([...files, "-f", "sarif", "--rule", '{"id-match":"warn","instruction-style":"warn"}']).stdout);
    expect(log.runs[0].results.length).toBeGreaterThan(50);
    expect(sarifSchemaErrors(log)).toEqual([]);
  });

  it("prints GitHub annotations", () => {
    expect(watkit([errs, "-f", "github"]).stdout).toMatch(/^::error file=.*errs\.wat,line=3,col=3,endLine=3,endColumn=8,title=no-out-of-bounds-segment::data segment ends at byte 65537/);
  });

  it("locates findings in a binary by byte offset", () => {
    const wasm = join(dir, "dead.wasm");
    writeFileSync(wasm, wat2wasm(WARNS));
    const result = watkit([wasm]);
    expect(result.stdout).toMatch(/ {2}0x[0-9a-f]+ +warning {2}function \$dead is never used {2}no-unused/);
  });

  it("fixes files in place with --fix, and only in the report with --fix-dry-run", () => {
    const file = join(dir, "fix.wat");
    writeFileSync(file, WARNS);
    const dry = JSON.parse(watkit([file, "--fix-dry-run", "-f", "json"]).stdout);
    // local.set + local.get become local.tee, and then the tee of a local nobody reads goes.
    const fixed = WARNS.replace("\n    local.set $t\n    local.get $t", "");
    expect(dry[0].output).toBe(fixed);
    expect(readFileSync(file, "utf8")).toBe(WARNS);
    expect(watkit([file, "--fix"]).status).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(fixed);
  });

  it("keeps a fixed file's byte order mark and line ends", () => {
    const file = join(dir, "fix-bom.wat");
    const crlf = WARNS.replace(/\n/g, "\r\n");
    writeFileSync(file, "\uFEFF" + crlf);
    expect(watkit([file, "--fix"]).status).toBe(0);
    expect(readFileSync(file, "utf8")).toBe("\uFEFF" + crlf.replace("\r\n    local.set $t\r\n    local.get $t", ""));
  });

  it("reads stdin with a name", () => {
    const result = watkit(["-", "--stdin-filename", "piped.wat", "-f", "compact"], { input: WARNS });
    expect(result.stdout).toContain("piped.wat: line 2, col 9, Warning - function $dead is never used (no-unused)");
  });

  it("reports what a target lacks with --target", () => {
    const simd = join(dir, "simd.wat");
    writeFileSync(simd, `(module (func (export "f") (result v128) (v128.const i32x4 0 0 0 0)))\n`);
    const result = watkit([simd, "--target", "wasm1", "-f", "compact"]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("v128.const needs the simd feature, which wasm1 does not have (target-features)");
  });

  it("walks directories and applies the flat config file of the working directory", () => {
    const project = join(dir, "project");
    mkdirSync(join(project, "src", "gen"), { recursive: true });
    mkdirSync(join(project, "node_modules"), { recursive: true });
    writeFileSync(join(project, "src", "a.wat"), WARNS);
    writeFileSync(join(project, "src", "gen", "b.wat"), WARNS);
    writeFileSync(join(project, "node_modules", "c.wat"), WARNS);
    writeFileSync(
      join(project, "watkit.config.json"),
      JSON.stringify([{ ignores: ["src/gen/"] }, { files: ["src/**/*.wat"], rules: { "no-unused": "error", "prefer-local-tee": "off" } }]),
    );
    const result = watkit(["src", ".", "-f", "json"], { cwd: project });
    const files = JSON.parse(result.stdout) as { filePath: string; messages: { ruleId: string; severity: number }[] }[];
    expect(files.map((f) => f.filePath)).toEqual(["src/a.wat"]);
    expect(files[0].messages.map((m) => [m.ruleId, m.severity])).toEqual([["no-unused", 2]]);
    expect(result.status).toBe(1);
  });

  it("expands a glob the shell left as it was, skipping ignored folders; a glob that matches nothing is an error", () => {
    const project = join(dir, "globs");
    mkdirSync(join(project, "a", "deep"), { recursive: true });
    mkdirSync(join(project, "node_modules"), { recursive: true });
    for (const f of ["a/x.wat", "a/deep/y.wat", "a/z.txt", "node_modules/n.wat", "top.wat"]) writeFileSync(join(project, f), WARNS);
    const paths = (args: string[]) => (JSON.parse(watkit([...args, "-f", "json"], { cwd: project }).stdout) as { filePath: string }[]).map((f) => f.filePath);
    expect(paths(["a/**/*.wat"])).toEqual(["a/deep/y.wat", "a/x.wat"]);
    expect(paths(["*.wat"])).toEqual(["top.wat"]);
    expect(paths(["**/*.{wat,txt}"])).toEqual(["a/deep/y.wat", "a/x.wat", "a/z.txt", "top.wat"]);
    expect(watkit(["b/**/*.wat"], { cwd: project })).toMatchObject({ status: 2, stderr: "watkit lint: no files match the pattern 'b/**/*.wat'\n" });
  });

  it("says of a file given by name that it is ignored (a warning on line 0, as ESLint), unless told to lint it or to say nothing", () => {
    const project = join(dir, "ignored-by-name");
    mkdirSync(join(project, "node_modules", "dep"), { recursive: true });
    mkdirSync(join(project, "gen"), { recursive: true });
    writeFileSync(join(project, "node_modules", "dep", "m.wat"), WARNS);
    writeFileSync(join(project, "gen", "out.wat"), WARNS);
    writeFileSync(join(project, "watkit.config.json"), JSON.stringify([{ ignores: ["gen/**"] }]));
    const json = (args: string[]) => JSON.parse(watkit([...args, "-f", "json"], { cwd: project }).stdout) as { filePath: string; warningCount: number; messages: { ruleId: string | null; line: number; message: string }[] }[];
    const [dep] = json(["node_modules/dep/m.wat"]);
    expect(dep).toMatchObject({ filePath: "node_modules/dep/m.wat", warningCount: 1, messages: [{ ruleId: null, line: 0 }] });
    expect(dep.messages[0].message).toBe("File ignored by default because it is located under the node_modules directory. Use --no-ignore to lint it or --no-warn-ignored to suppress this warning");
    expect(json(["gen/out.wat"])[0].messages[0].message).toBe("File ignored because of a matching ignore pattern (gen/**). Use --no-ignore to lint it or --no-warn-ignored to suppress this warning");
    expect(watkit(["gen/out.wat", "--no-warn-ignored"], { cwd: project })).toMatchObject({ status: 0, stdout: "" });
    expect(watkit(["gen/out.wat", "--max-warnings", "0"], { cwd: project }).status).toBe(1);
    expect(json(["gen/out.wat", "--no-ignore"])[0].messages.map((m) => m.ruleId)).toEqual(json([join(dir, "warns.wat")])[0].messages.map((m) => m.ruleId));
    // A folder walked skips ignored files without a word (here all of them: nothing to lint); --no-ignore walks into them too.
    expect(watkit(["."], { cwd: project })).toMatchObject({ status: 2, stderr: "watkit lint: no files match the pattern '.'\n" });
    expect(json([".", "--no-ignore"]).map((f) => f.filePath).sort()).toEqual(["gen/out.wat", "node_modules/dep/m.wat"]);
  });

  it("takes a folder with nothing to lint in it (none, or only ignored ones) as a mistake, as ESLint does", () => {
    const project = join(dir, "nothing");
    mkdirSync(join(project, "empty"), { recursive: true });
    mkdirSync(join(project, "only-ignored", "node_modules"), { recursive: true });
    writeFileSync(join(project, "only-ignored", "node_modules", "n.wat"), WARNS);
    expect(watkit(["empty"], { cwd: project })).toMatchObject({ status: 2, stdout: "", stderr: "watkit lint: no files match the pattern 'empty'\n" });
    expect(watkit(["only-ignored"], { cwd: project })).toMatchObject({ status: 2, stderr: "watkit lint: no files match the pattern 'only-ignored'\n" });
  });

  it("loads a JavaScript config and prints the configuration for a file", () => {
    const project = join(dir, "js-project");
    mkdirSync(project, { recursive: true });
    writeFileSync(join(project, "watkit.config.mjs"), `export default ["watkit:all", { rules: { "no-nop": "error", "id-match": ["warn", { pattern: "^[a-z]+$" }] } }];\n`);
    const result = watkit(["--print-config", "x.wat"], { cwd: project });
    expect(result.status).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect(printed.rules["no-nop"]).toEqual(["error"]);
    expect(printed.rules["id-match"]).toEqual(["warn", { pattern: "^[a-z]+$" }]);
  });

  it("exits 2 on a broken config file", () => {
    const project = join(dir, "broken");
    mkdirSync(project, { recursive: true });
    writeFileSync(join(project, "watkit.config.json"), `{"rules": {"no-unused": "loud"}}`);
    writeFileSync(join(project, "a.wat"), WARNS);
    const result = watkit(["a.wat"], { cwd: project });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("severity must be");
  });
});
