/** `--jobs` of `print` and `validate`: the same text and the same verdict and messages whatever the number of threads. */
import { describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decodeDeferred } from "../../src/binary/decode.js";
import { CLI } from "../helpers/cli.js";

/** Go output over 2 MB: large enough that both commands use two threads. */
const GO = "corpus/go/files/files.wasm";

function watkit(args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });
}

describe("--jobs of print and validate", () => {
  const dir = mkdtempSync(join(tmpdir(), "watkit-cli-"));

  it("print writes the same text with --jobs 1 and --jobs 2", () => {
    const [one, two] = [join(dir, "one.wat"), join(dir, "two.wat")];
    expect(watkit(["print", GO, "-o", one, "--jobs", "1"]).status).toBe(0);
    expect(watkit(["print", GO, "-o", two, "--jobs", "2", "--folded"]).status).toBe(0);
    expect(watkit(["print", GO, "-o", two, "--jobs", "2"]).status).toBe(0);
    expect(readFileSync(one).equals(readFileSync(two))).toBe(true);
  });

  it("validate gives the same verdict and messages with --jobs 1 and --jobs 2", () => {
    expect(watkit(["validate", GO, "--jobs", "2"]).status).toBe(0);
    const bytes = readFileSync(GO);
    const { layout } = decodeDeferred(bytes);
    // A late body's `end` becomes an opcode that does not exist.
    bytes[layout.bodies[layout.bodies.length - 10].end - 1] = 0xff;
    const broken = join(dir, "broken.wasm");
    writeFileSync(broken, bytes);
    const one = watkit(["validate", broken, "--jobs", "1"]);
    expect(one.status).toBe(1);
    expect(watkit(["validate", broken, "--jobs", "2"])).toMatchObject({ status: 1, stderr: one.stderr });
  });

  it("refuses a --jobs that is not a number of threads", () => {
    for (const command of ["print", "validate"]) {
      const result = watkit([command, GO, "--jobs", "none"]);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain("--jobs none: expected a number of threads, at least 1");
    }
  });
});
