/**
 * The runner on hand-written scripts: every failing assertion is reported
 * with file:line, GC and exnref results are classed inside the engine (run
 * on the test engine), an engine without a feature skips what needs it and
 * says which feature, and validation goes through one seam.
 */
import { describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { engineFeatures } from "../../src/wast/features.js";
import { runScript } from "../../src/wast/run-script.js";
import { engineNode } from "../helpers/engine.js";
import { CLI } from "../helpers/cli.js";

const FAILING = "test/wast/fixtures/failing.wast";
const REFERENCES = "test/wast/fixtures/references.wast";

function wast(node: string, ...args: string[]) {
  return spawnSync(node, [CLI, "wast", ...args], { encoding: "utf8" });
}

describe("watkit wast on a script with failing assertions", () => {
  it("reports each failure with file:line and the closing counts, and exits 1", () => {
    const result = wast(process.execPath, FAILING);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("");
    expect(result.stdout.trimEnd().split("\n")).toEqual([
      `${FAILING}:13:1: failed: assert_return: expected (i32.const 4), got (i32.const 3)`,
      `${FAILING}:15:1: failed: assert_return: expected (f32.const nan:arithmetic), got (f32.const nan:0x200000)`,
      `${FAILING}:17:1: failed: assert_return: expected (v128.const f32x4 nan:canonical 1 2 4), got (v128.const f32x4 nan 1 2 3)`,
      `${FAILING}:19:1: failed: assert_return: expected (v128.const i64x2 1 2), got (v128.const i64x2 8589934593 17179869187)`,
      `${FAILING}:21:1: failed: assert_trap: expected the trap "unreachable", but it succeeded`,
      `${FAILING}:23:1: failed: assert_return: no export "missing"`,
      `${FAILING}:25:1: failed: assert_invalid: the validator accepts the invalid module`,
      `${FAILING}:27:1: failed: assert_malformed: watkit accepts the malformed module`,
      `${FAILING}:29:1: failed: assert_unlinkable: expected a link error, but it succeeded`,
      `${FAILING}:31:1: failed: assert_trap: expected the trap "integer divide by zero", got "unreachable"`,
      "12 passed, 10 failed, 0 skipped",
    ]);
  });

  it("exits 0 when nothing fails", () => {
    const result = wast(process.execPath, "../shared/spec-testsuite/i32.wast");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^\d+ passed, 0 failed, 0 skipped\n$/);
  });
});

describe("module definitions and instances", () => {
  it("instantiates a definition afresh each time, by name or the latest", () => {
    const result = wast(process.execPath, "test/wast/fixtures/instances.wast");
    expect(result.stdout).toBe("10 passed, 0 failed, 0 skipped\n");
  });
});

describe("references", () => {
  const expectedFailures = [
    `${REFERENCES}:24:1: failed: assert_return: expected (ref.array), got (ref.struct)`,
    `${REFERENCES}:25:1: failed: assert_return: expected (ref.struct), got (ref.i31)`,
    `${REFERENCES}:26:1: failed: assert_return: expected (ref.host 4), got (ref.host 3)`,
    `${REFERENCES}:27:1: failed: assert_return: expected (ref.null exn), got (ref.exn)`,
    "9 passed, 4 failed, 0 skipped",
  ];

  it("classes struct, array, i31, host and exnref results on an engine with all of WebAssembly 3.0", () => {
    const result = wast(engineNode().path, REFERENCES);
    expect(result.stdout.trimEnd().split("\n")).toEqual(expectedFailures);
  });

  it("on this process's engine: the same, or each command skipped with the features it lacks named", () => {
    const features = engineFeatures();
    const result = wast(process.execPath, REFERENCES);
    const lines = result.stdout.trimEnd().split("\n");
    if (features.has("gc") && features.has("exceptions")) {
      expect(lines).toEqual(expectedFailures);
    } else {
      const lacking = ["exceptions", "function-references", "gc"].filter((f) => !features.has(f as "gc"));
      expect(lines).toEqual([`${REFERENCES}: 13 skipped: engine lacks ${lacking.join(", ")}`, "0 passed, 0 failed, 13 skipped"]);
    }
  });
});

describe("the validation seam", () => {
  const source = readFileSync(FAILING, "utf8");
  const invalidAt = (verdict: boolean) =>
    runScript(source, FAILING, { validate: () => ({ valid: verdict, errors: [] }) })
      .commands.filter((c) => c.command === "assert_invalid")
      .map((c) => [c.line, c.outcome.kind]);

  it("decides assert_invalid when a validator is given", () => {
    expect(invalidAt(false)).toEqual([
      [24, "passed"],
      [25, "passed"],
    ]);
    expect(invalidAt(true)).toEqual([
      [24, "failed"],
      [25, "failed"],
    ]);
  });
});
