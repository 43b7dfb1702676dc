/**
 * go-wasi on a large Go 1.21+ binary from npm: the `esbuild-wasm` package's
 * `esbuild.wasm` (14 MB, imports of module `gojs`). The result, under
 * `watkit run`, prints esbuild's version and bundles
 * corpus/go/esbuild-project (preopened as /) into the same file esbuild-wasm
 * makes on Node. The pass's time is `npm run bench:rewrite`'s subject.
 */
import { describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decode } from "../../src/binary/decode.js";
import { encode } from "../../src/binary/encode.js";
import { goWasi } from "../../src/rewrite/index.js";
import { CLI } from "../helpers/cli.js";

const require = createRequire(import.meta.url);
const ESBUILD = require.resolve("esbuild-wasm/esbuild.wasm");
const VERSION = (require("esbuild-wasm/package.json") as { version: string }).version;

function watkit(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("esbuild.wasm after go-wasi", () => {
  const work = mkdtempSync(join(tmpdir(), "watkit-esbuild-"));
  const out = join(work, "esbuild-wasi.wasm");

  it("is rewritten", () => {
    const module = decode(readFileSync(ESBUILD));
    goWasi(module);
    writeFileSync(out, encode(module));
  }, 120_000);

  it("prints its version", () => {
    expect(watkit(["run", out, "--", "--version"])).toEqual({ status: 0, stdout: `${VERSION}\n`, stderr: "" });
  }, 60_000);

  it("bundles a TypeScript project in a --dir as esbuild-wasm does on Node", () => {
    const project = join(work, "project");
    cpSync("corpus/go/esbuild-project/src", join(project, "src"), { recursive: true });
    const result = watkit(["run", out, "--dir", `${project}:/`, "--", "src/index.ts", "--bundle", "--outfile=out.js", "--log-level=warning"]);
    expect(result).toEqual({ status: 0, stdout: "", stderr: "" });
    expect(readFileSync(join(project, "out.js"), "utf8")).toBe(readFileSync("corpus/go/esbuild-project/expected/out.js", "utf8"));
  }, 60_000);
});
