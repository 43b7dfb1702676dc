/**
 * `watkit run`: a WASI command (corpus/c/wc.wasm, clang + wasi-libc) sees
 * only the directories given, gets its arguments and environment, inherits
 * stdin/stdout/stderr, and its exit code is watkit's.
 */
import { describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const CLI = resolve(process.cwd(), "dist/src/cli/main.js");
const WC = "corpus/c/wc.wasm";

function watkit(args: string[], input?: string) {
  return spawnSync(process.execPath, [CLI, "run", ...args], { encoding: "utf8", input });
}

describe("watkit run", () => {
  const root = mkdtempSync(join(tmpdir(), "watkit-run-"));
  const visible = join(root, "visible");
  const hidden = join(root, "hidden");
  mkdirSync(visible);
  mkdirSync(hidden);
  writeFileSync(join(visible, "a.txt"), "one two\nthree\n");
  writeFileSync(join(hidden, "secret.txt"), "x\n");

  it("passes arguments and reads files in a directory given with --dir", () => {
    const result = watkit([WC, "--dir", visible, "--", join(visible, "a.txt")]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(`      2       3      14 ${join(visible, "a.txt")}\n`);
    expect(result.status).toBe(0);
  });

  it("maps a directory to the guest path after the colon", () => {
    const result = watkit([WC, `--dir=${visible}:/data`, "--", "/data/a.txt"]);
    expect(result.stdout).toBe("      2       3      14 /data/a.txt\n");
    expect(result.status).toBe(0);
  });

  it("shows the program nothing outside the directories given, and passes its exit code 1 through", () => {
    const result = watkit([WC, "--dir", visible, "--", join(hidden, "secret.txt")]);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^wc: .*secret\.txt: /);
    expect(result.status).toBe(1);
  });

  it("passes exit code 2 (a bad option) through", () => {
    const result = watkit([WC, "--", "-x"]);
    expect(result.stderr).toBe("wc: unknown option -x\n");
    expect(result.status).toBe(2);
  });

  it("inherits stdin", () => {
    const result = watkit([WC], "a b\nc\n");
    expect(result.stdout).toBe("      2       3       6\n");
    expect(result.status).toBe(0);
  });

  it("gives the program exactly the --env variables, runs .wat text, and passes proc_exit's code through", () => {
    const result = watkit(["test/cli/fixtures/env.wat", "--env", "GREETING=hello world", "--env=EMPTY="]);
    expect(result.stdout).toBe("GREETING=hello world\nEMPTY=\n");
    expect(result.status).toBe(3);
  });

  it("reports a module that does not parse with its location", () => {
    const bad = join(root, "bad.wat");
    writeFileSync(bad, "(module (func (i32.add)))\n(oops");
    const result = watkit([bad]);
    expect(result.stderr).toMatch(new RegExp(`^${bad.replace(/[.]/g, "\\.")}:2:`));
    expect(result.status).toBe(1);
  });
});
