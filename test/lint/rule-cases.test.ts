/**
 * Every rule on files: `rules/<rule>/valid*.wat` must give no finding of
 * the rule; `invalid*.wat` gives the findings in `invalid*.expected`
 * (`line:column-endLine:endColumn message`, `[fix]` when it offers one) and,
 * for a fixable rule, the text after `--fix` in `invalid*.fixed.wat`. A
 * fixed text validates, keeps every comment and has nothing left to fix for
 * the rule. A first line `;; options: [...]` gives the rule's options.
 *
 * `BLESS=1` rewrites the expected files: do it on purpose and read the diff.
 */
import { describe, expect, it } from "@jest/globals";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { lint } from "../../src/lint/lint.js";
import { RULES } from "../../src/lint/registry.js";
import type { LintMessage } from "../../src/lint/rule.js";
import { parseWat } from "../../src/syntax/parse.js";
import { validate } from "../../src/validate/validate.js";

const CASES = join(process.cwd(), "test/lint/rules");
const BLESS = process.env.BLESS === "1";

function configFor(rule: string, text: string) {
  const header = /^;; options: (.*)$/m.exec(text.split("\n")[0]);
  const options = header ? (JSON.parse(header[1]) as unknown[]) : [];
  return { rules: { [rule]: ["warn", ...options] as ["warn", ...unknown[]] } };
}

function show(messages: readonly LintMessage[]): string {
  return messages.map((m) => `${m.line}:${m.column}-${m.endLine ?? m.line}:${m.endColumn ?? m.column} ${m.message}${m.fix ? " [fix]" : ""}\n`).join("");
}

function expectFile(file: string, actual: string): void {
  if (BLESS || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, "utf8"));
}

function comments(text: string): string[] {
  const script = parseWat(text, { legacyNames: true });
  return script.comments.map((c) => text.slice(c.start, c.end));
}

describe("lint rules: every rule has valid and invalid cases", () => {
  for (const rule of RULES) {
    it(rule.id, () => {
      const files = existsSync(join(CASES, rule.id)) ? readdirSync(join(CASES, rule.id)) : [];
      expect(files.some((f) => /^valid.*\.wat$/.test(f))).toBe(true);
      expect(files.some((f) => /^invalid.*\.wat$/.test(f) && !f.endsWith(".fixed.wat"))).toBe(true);
    });
  }
});

for (const rule of RULES) {
  const dir = join(CASES, rule.id);
  if (!existsSync(dir)) continue;
  describe(`lint rule ${rule.id}`, () => {
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith(".wat") || name.endsWith(".fixed.wat")) continue;
      const file = join(dir, name);
      const text = readFileSync(file, "utf8");
      const config = configFor(rule.id, text);
      it(name, () => {
        const result = lint(text, { config });
        expect(result.messages.filter((m) => m.fatal)).toEqual([]);
        if (name.startsWith("valid")) {
          expect(show(result.messages)).toBe("");
          return;
        }
        expect(result.messages.length).toBeGreaterThan(0);
        expectFile(file.replace(/\.wat$/, ".expected"), show(result.messages));
        const fixedFile = file.replace(/\.wat$/, ".fixed.wat");
        if (!rule.meta.fixable) return;
        const fixed = lint(text, { config, fix: true });
        if (fixed.output === undefined) {
          if (BLESS) rmSync(fixedFile, { force: true });
          expect(existsSync(fixedFile)).toBe(false);
          return;
        }
        expectFile(fixedFile, fixed.output);
        expect(validate(fixed.output).errors).toEqual([]);
        expect(comments(fixed.output)).toEqual(comments(text));
        expect(lint(fixed.output, { config }).messages.filter((m) => m.fix)).toEqual([]);
      });
    }
  });
}
