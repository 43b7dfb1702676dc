/**
 * The go-wasi pass on the corpus's Go programs: each one, rewritten by
 * `watkit rewrite --pass go-wasi` and run by `watkit run` (node:wasi), gives
 * for every case of its cases.json the stdout, stderr and exit status that
 * corpus/go/record.mjs recorded under Node with Go's own wasm_exec.js. A
 * case with `dir` gets an empty directory, preopened as /sandbox and named
 * by "$DIR" in its arguments.
 */
import { describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLI } from "../helpers/cli.js";

const GO = "corpus/go";

interface Case {
  name: string;
  args: string[];
  env?: Record<string, string>;
  stdin?: string;
  dir?: boolean;
}

function watkit(args: string[], input = ""): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const programs = readdirSync(GO).filter((p) => existsSync(join(GO, p, "cases.json")));
const work = mkdtempSync(join(tmpdir(), "watkit-go-wasi-"));

describe.each(programs)("corpus/go/%s after go-wasi", (prog) => {
  const out = join(work, `${prog}.wasm`);
  const rewritten = watkit(["rewrite", join(GO, prog, `${prog}.wasm`), out, "--pass", "go-wasi"]);
  const cases = JSON.parse(readFileSync(join(GO, prog, "cases.json"), "utf8")) as Case[];

  it("is made by one command and imports WASI only", () => {
    expect(rewritten.stderr).toBe("");
    expect(rewritten.status).toBe(0);
    const imports = WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(out)));
    expect(new Set(imports.map((i) => i.module))).toEqual(new Set(["wasi_snapshot_preview1"]));
  });

  it.each(cases)("case $name: same stdout, stderr and status as under wasm_exec.js", (c) => {
    const expected = (ext: string): string => readFileSync(join(GO, prog, "expected", `${c.name}.${ext}`), "utf8");
    const dir = c.dir ? mkdtempSync(join(work, "dir-")) : undefined;
    const options = [...(dir ? ["--dir", `${dir}:/sandbox`] : []), ...Object.entries(c.env ?? {}).flatMap(([k, v]) => ["--env", `${k}=${v}`])];
    const args = c.args.map((a) => a.replaceAll("$DIR", "/sandbox"));
    const result = watkit(["run", out, ...options, "--", ...args], c.stdin ?? "");
    if (dir) rmSync(dir, { recursive: true, force: true });
    expect(result).toEqual({ status: Number(expected("status")), stdout: expected("stdout"), stderr: expected("stderr") });
  });
});
