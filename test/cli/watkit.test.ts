/**
 * The `watkit` executable runs the command line on any Node, and on a Node
 * with a compile cache (the test engine's) it fills that cache, so the runs
 * after the first compile nothing.
 */
import { describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { engineNode } from "../helpers/engine.js";

const BIN = resolve(process.cwd(), "dist/src/cli/watkit.js");

/** Runs `watkit parse` with `tmp` as the temporary folder, where Node keeps its compile cache unless told otherwise. */
function run(node: string, tmp: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tmp };
  delete env.NODE_COMPILE_CACHE;
  return spawnSync(node, [BIN, "parse", "-", "-o", "-"], { input: "(module (func))", env });
}

describe("the watkit executable", () => {
  it("runs a command on the Node that runs the tests", () => {
    const result = run(process.execPath, mkdtempSync(join(tmpdir(), "watkit-cache-")));
    expect(result.stderr.toString()).toBe("");
    expect(result.status).toBe(0);
    expect(WebAssembly.validate(result.stdout)).toBe(true);
  });

  it("fills V8's compile cache on a Node that has one", () => {
    const tmp = mkdtempSync(join(tmpdir(), "watkit-cache-"));
    const result = run(engineNode().path, tmp);
    expect(result.status).toBe(0);
    const files = readdirSync(join(tmp, "node-compile-cache"), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(files.length).toBeGreaterThan(10);
  });
});
