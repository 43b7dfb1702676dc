/**
 * ESLint itself, with `watkit/eslint` in an `eslint.config.mjs`, reports on
 * every rule case what `lint` reports under the same rules. ESLint runs as
 * its own process (its CLI, as users run it), over the `.wat` cases.
 */
import { describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { lint } from "../../src/lint/lint.js";
import { configs } from "../../src/lint/registry.js";

const CASES = resolve("test/lint/rules");
const PLUGIN = resolve("dist/src/lint/eslint/plugin.js");
const ESLINT = resolve("node_modules/eslint/bin/eslint.js");

interface EslintMessage {
  ruleId: string | null;
  line: number;
  column: number;
  message: string;
}

function caseFiles(): string[] {
  return readdirSync(CASES).flatMap((rule) =>
    readdirSync(join(CASES, rule))
      .filter((f) => f.endsWith(".wat"))
      .map((f) => join(CASES, rule, f)),
  );
}

function key(ruleId: string | null, line: number, column: number, message: string): string {
  return `${line}:${column} ${ruleId ?? "fatal"} ${message}`;
}

describe("watkit/eslint under ESLint's CLI", () => {
  it("reports what watkit lint reports, on every rule case, with every rule on", () => {
    const dir = mkdtempSync(join(tmpdir(), "watkit-eslint-"));
    writeFileSync(
      join(dir, "eslint.config.mjs"),
      `import wat from ${JSON.stringify(PLUGIN)};\n` +
        `export default [{ files: ["**/*.wat"], plugins: { wat }, language: "wat/wat", rules: wat.configs.all.rules }];\n`,
    );
    const files = caseFiles();
    const run = spawnSync(process.execPath, [ESLINT, "--config", join(dir, "eslint.config.mjs"), "--no-warn-ignored", "-f", "json", ...files], {
      encoding: "utf8",
      maxBuffer: 64 << 20,
    });
    expect(run.stderr).toBe("");
    const results = JSON.parse(run.stdout) as { filePath: string; messages: EslintMessage[] }[];
    expect(results.map((r) => r.filePath).sort()).toEqual([...files].sort());
    let compared = 0;
    for (const result of results) {
      const text = readFileSync(result.filePath, "utf8");
      const ours = lint(text, { config: [configs.all], filePath: result.filePath }).messages;
      const viaEslint = result.messages.map((m) => key(m.ruleId?.replace(/^wat\//, "") ?? null, m.line, m.column, m.message)).sort();
      const viaWatkit = ours.map((m) => key(m.ruleId, m.line, m.column, m.message)).sort();
      expect({ file: result.filePath, messages: viaEslint }).toEqual({ file: result.filePath, messages: viaWatkit });
      compared += viaWatkit.length;
    }
    expect(compared).toBeGreaterThan(50);
  });
});
