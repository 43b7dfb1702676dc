/**
 * Inputs (issue 17, items 8 and 9): a missing file or a directory is named
 * in plain words, text given to a binary command (and the other way round)
 * gets a hint naming the command that reads it, an error in a file a pass
 * reads is located in that file, and a reader that stops early ends the
 * output quietly.
 */
import { describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLI, watkit } from "../helpers/cli.js";

describe("inputs", () => {
  const dir = mkdtempSync(join(tmpdir(), "watkit-in-"));

  it.each([
    ["print", "missing.wasm", "no such file"],
    ["parse", "missing.wat", "no such file"],
    ["validate", "missing.wasm", "no such file"],
    ["run", "missing.wasm", "no such file"],
    ["rewrite", "missing.wasm", "no such file"],
    ["print", ".", "is a directory"],
    ["parse", ".", "is a directory"],
  ])("`watkit %s %s` says it cannot read the file: %s", (command, file, reason) => {
    const args = command === "rewrite" ? [command, file, join(dir, "never.wasm"), "--pass", "dce"] : [command, file];
    const result = watkit(args);
    expect(result).toMatchObject({ status: 1, stdout: "" });
    expect(result.stderr).toBe(`watkit ${command}: cannot read '${file}': ${reason}\n`);
  });

  it("tells text given to `print` and a binary given to `parse` apart, naming the command to use", () => {
    expect(watkit(["print", "corpus/hand/fib.wat"]).stderr).toBe(
      "watkit print: corpus/hand/fib.wat is WebAssembly text, not a binary; use `watkit parse` to turn it into a binary\n",
    );
    expect(watkit(["parse", "corpus/c/wc.wasm", "-o", join(dir, "x.wasm")]).stderr).toBe(
      "watkit parse: corpus/c/wc.wasm is a WebAssembly binary, not text; use `watkit print` to turn it into text\n",
    );
    expect(watkit(["print", "-"], { input: "" }).stderr).toBe("watkit print: <stdin> is empty; a WebAssembly binary starts with the bytes \\0asm\n");
    expect(watkit(["print", "-"], { input: "hello" }).stderr).toBe("watkit print: <stdin> is not a WebAssembly binary (it does not start with the bytes \\0asm)\n");
  });

  it("refuses a .wasm file that is neither a binary nor text, in every command that takes both", () => {
    const file = join(dir, "junk.wasm");
    writeFileSync(file, new Uint8Array([1, 2, 3]));
    for (const command of [["validate"], ["run"], ["rewrite", "--pass", "dce", "-o", join(dir, "j.wasm")]]) {
      const result = watkit([...command, file]);
      expect(result).toMatchObject({ status: 1, stderr: `watkit ${command[0]}: ${file} is not a WebAssembly binary (it does not start with the bytes \\0asm)\n` });
    }
  });

  it("locates a syntax error in a snippet a pass reads in the snippet, with its line and caret", () => {
    const snippet = join(dir, "snippet.wat");
    writeFileSync(snippet, "(func (export \"g\")\n  i32.frobnicate)\n");
    const result = watkit(["rewrite", "corpus/c/wc.wasm", join(dir, "out.wasm"), "--pass", `add-wat=${snippet}`]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`${snippet}:2:3: error: unknown instruction i32.frobnicate\n    i32.frobnicate)\n    ^\n`);
  });

  it("names a snippet that is not UTF-8", () => {
    const snippet = join(dir, "latin1.wat");
    writeFileSync(snippet, Buffer.from([0x28, 0x66, 0x75, 0x6e, 0x63, 0x20, 0xe9, 0x29]));
    const result = watkit(["rewrite", "corpus/c/wc.wasm", join(dir, "out.wasm"), "--pass", `add-wat=${snippet}`]);
    expect(result).toMatchObject({ status: 1, stderr: `${snippet}: error: not UTF-8 text\n` });
  });

  it("names a data file a pass cannot read", () => {
    const result = watkit(["rewrite", "corpus/c/wc.wasm", join(dir, "out.wasm"), "--pass", "add-wat=nowhere.wat"]);
    expect(result).toMatchObject({ status: 1, stderr: "watkit rewrite: cannot read 'nowhere.wat': no such file\n" });
  });

  it("ends quietly when the reader of its output goes away (`| head`)", () => {
    const result = spawnSync("bash", ["-c", `set -o pipefail; "${process.execPath}" "${CLI}" print corpus/go/hello/hello.wasm | head -n 1`], { encoding: "utf8" });
    expect(result).toMatchObject({ status: 0, stdout: "(module\n", stderr: "" });
  });
});
