/**
 * The `recommended` rules raise no error on compiler output or on the spec
 * testsuite's modules: every corpus binary, and every text module command
 * of the suite (modules of `assert_uninstantiable` are left out: trapping at
 * instantiation is what they are for, and saying so is the point of
 * `no-out-of-bounds-segment`). The findings per rule are printed.
 */
import { describe, expect, it } from "@jest/globals";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { lint } from "../../src/lint/lint.js";
import type { LintMessage } from "../../src/lint/rule.js";
import { readSpecFile, specFileNames, textOf } from "../helpers/spec-suite.js";

function binaries(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? binaries(path) : name.endsWith(".wasm") ? [path] : [];
  });
}

function tally(counts: Map<string, number>, messages: readonly LintMessage[]): void {
  for (const m of messages) counts.set(m.ruleId ?? "(invalid)", (counts.get(m.ruleId ?? "(invalid)") ?? 0) + 1);
}

function errors(messages: readonly LintMessage[]): string[] {
  return messages.filter((m) => m.severity === 2).map((m) => `${m.line}:${m.column} ${m.message} (${m.ruleId ?? "validation"})`);
}

describe("lint: no error-level finding under recommended", () => {
  it("on the corpus binaries", () => {
    const counts = new Map<string, number>();
    for (const file of binaries("corpus")) {
      const result = lint(readFileSync(file), { filePath: file });
      expect({ file, errors: errors(result.messages) }).toEqual({ file, errors: [] });
      tally(counts, result.messages);
    }
    console.log(`corpus binaries, findings per rule: ${JSON.stringify(Object.fromEntries([...counts].sort()))}`);
  });

  it("on the spec testsuite's text modules", () => {
    const counts = new Map<string, number>();
    let modules = 0;
    for (const name of specFileNames()) {
      const { source, script } = readSpecFile(name);
      for (const command of script.commands) {
        if (command.kind !== "module" || command.module.kind === "binary" || command.module.definition) continue;
        let text: string;
        try {
          text = textOf(source, command.module);
        } catch {
          continue;
        }
        const result = lint(text);
        modules++;
        // A module the suite only defines may still fail validation in watkit's eyes for features it leaves out; those are not rule findings.
        const found = result.messages.filter((m) => !m.fatal);
        expect({ name, line: command.start, errors: errors(found) }).toEqual({ name, line: command.start, errors: [] });
        tally(counts, found);
      }
    }
    console.log(`${modules} spec modules, findings per rule: ${JSON.stringify(Object.fromEntries([...counts].sort()))}`);
    expect(modules).toBeGreaterThan(1000);
  });
});
