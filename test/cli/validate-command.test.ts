/** `watkit validate`: text and binary from files and stdin, located errors, exit codes. */
import { describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { wat2wasm } from "../../src/wat2wasm.js";
import { CLI } from "../helpers/cli.js";


function watkit(args: string[], input?: Uint8Array | string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { input: input === undefined ? undefined : Buffer.from(input) });
  return { status: result.status, stdout: result.stdout.toString(), stderr: result.stderr.toString() };
}

const INVALID = ["(module", "  (func $add (param i32) (result i32)", "    local.get 0", "    i64.const 1", "    i32.add))", ""].join("\n");

describe("watkit validate", () => {
  const dir = mkdtempSync(join(tmpdir(), "watkit-validate-"));

  it("exits 0 and prints nothing for a valid module", () => {
    expect(watkit(["validate", "corpus/hand/fib.wat"])).toEqual({ status: 0, stdout: "", stderr: "" });
    expect(watkit(["validate", "corpus/hand/gc-list.wat"]).status).toBe(0);
  });

  it("reports a text error at its line and column with the source line, the function and the instruction", () => {
    const file = join(dir, "add.wat");
    writeFileSync(file, INVALID);
    const result = watkit(["validate", file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `${file}:5:5: error: type mismatch: expected i32, found i64 (in func $add, at i32.add)\n      i32.add))\n      ^\n`,
    );
  });

  it("reports a binary error at its byte offset", () => {
    const file = join(dir, "add.wasm");
    const bytes = wat2wasm(INVALID);
    writeFileSync(file, bytes);
    const result = watkit(["validate", file]);
    expect(result.status).toBe(1);
    const offset = Number.parseInt(/:0x([0-9a-f]+): error/.exec(result.stderr)![1], 16);
    expect(bytes[offset]).toBe(0x6a); // i32.add
    expect(result.stderr).toContain("(in func $add, at i32.add)");
  });

  it("reads text or binary from stdin, told apart by the magic bytes", () => {
    expect(watkit(["validate", "-"], INVALID).stderr).toMatch(/^<stdin>:5:5: error: type mismatch/);
    expect(watkit(["validate", "-"], wat2wasm(INVALID)).stderr).toMatch(/^<stdin>:0x[0-9a-f]+: error: type mismatch/);
    expect(watkit(["validate", "-"], "(module)").status).toBe(0);
  });

  it("reports every broken function", () => {
    const result = watkit(["validate", "-"], "(module (func $a (result i32)) (func $b (result i64)))");
    expect(result.stderr.match(/error:/g)).toHaveLength(2);
  });

  it("calls an empty or blank input no module (issue 17, item 5)", () => {
    for (const [content, what] of [["", "empty"], [" \n\t\r\n", "blank"]]) {
      const file = join(dir, `${what}.wasm`);
      writeFileSync(file, content);
      expect(watkit(["validate", file])).toEqual({ status: 1, stdout: "", stderr: `${file}: error: no module: the input is ${what}\n` });
    }
    expect(watkit(["validate", "-"], "")).toMatchObject({ status: 1, stderr: "<stdin>: error: no module: the input is empty\n" });
  });

  it("rejects malformed input with a located error", () => {
    expect(watkit(["validate", "-"], new Uint8Array([0, 0x61, 0x73, 0x6d, 2, 0, 0, 0]))).toMatchObject({ status: 1, stderr: expect.stringMatching(/^<stdin>:0x4: error: malformed binary/) });
    expect(watkit(["validate", "-"], "(module (func")).toMatchObject({ status: 1, stderr: expect.stringMatching(/^<stdin>:1:\d+: error: /) });
  });

  it("needs exactly one input", () => {
    expect(watkit(["validate"]).status).toBe(2);
  });
});
