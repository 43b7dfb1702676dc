/**
 * The Go recipe of corpus/go/hello/README.md: the command as documented,
 * run by the CLI, gives a WASI command that prints Go's greeting under
 * node:wasi, with no `go` import left.
 */
import { describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checked } from "./helpers.js";
import { decode } from "../../src/binary/decode.js";
import { runWasi } from "./programs.js";
import { CLI } from "../helpers/cli.js";


/** The `watkit rewrite` arguments of the README's recipe (its first sh block). */
function documentedRecipe(): string[] {
  const readme = readFileSync("corpus/go/hello/README.md", "utf8");
  const block = /```sh\n([\s\S]*?)```/.exec(readme)![1];
  const words = block.replace(/\\\n/g, " ").match(/'[^']*'|\S+/g)!.map((w) => w.replace(/^'(.*)'$/, "$1"));
  expect(words.slice(0, 2)).toEqual(["watkit", "rewrite"]);
  return words.slice(1);
}

describe("Go's hello world on WASI", () => {
  const dir = mkdtempSync(join(tmpdir(), "watkit-go-"));
  const out = join(dir, "hello-wasi.wasm");
  const args = documentedRecipe().map((w) => (w === "hello-wasi.wasm" ? out : w));
  const result = spawnSync(process.execPath, [CLI, ...args]);

  it("is made by the documented recipe", () => {
    expect(result.stderr.toString()).toBe("");
    expect(result.status).toBe(0);
  });

  it("imports WASI only, validates and round-trips", () => {
    const bytes = new Uint8Array(readFileSync(out));
    const imports = WebAssembly.Module.imports(new WebAssembly.Module(bytes));
    expect(new Set(imports.map((i) => i.module))).toEqual(new Set(["wasi_snapshot_preview1"]));
    checked(decode(bytes));
  });

  it("prints its greeting under node:wasi and exits 0", () => {
    const bytes = new Uint8Array(readFileSync(out));
    expect(runWasi(bytes, ["hello"])).toEqual({ code: 0, stdout: "Hello, watkit!\n", stderr: "" });
    expect(runWasi(bytes, ["hello", "WebAssembly"])).toEqual({ code: 0, stdout: "Hello, WebAssembly!\n", stderr: "" });
  });
});
