/**
 * `watkit/eslint` gives the same findings as `lint` on every rule case,
 * driven here the way ESLint drives a language plugin (parse, create the
 * source code, run each rule's visitors over `traverse()`, fill message
 * templates). Running it under ESLint itself needs ESLint as a devDependency.
 */
import { describe, expect, it } from "@jest/globals";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import plugin from "../../src/lint/eslint/plugin.js";
import { lint } from "../../src/lint/lint.js";
import { RULES } from "../../src/lint/registry.js";

const CASES = join(process.cwd(), "test/lint/rules");

interface Report {
  loc: { start: { line: number; column: number }; end: { line: number; column: number } };
  messageId: string;
  data?: Record<string, string | number>;
}

/** Messages in ESLint's order: by line, then column. */
function byPlace(messages: string[]): string[] {
  const key = (m: string) => m.split(" ")[0].split(/[:-]/).map(Number);
  return [...messages].sort((a, b) => key(a)[0] - key(b)[0] || key(a)[1] - key(b)[1]);
}

/** What ESLint would print for one rule on one text: `line:column-endLine:endColumn message`. */
function viaPlugin(ruleId: string, text: string, options: unknown[]): string[] {
  const file = { body: text };
  const parsed = plugin.languages.wat.parse(file);
  if (!parsed.ok) return parsed.errors.map((e) => `${e.line}:${e.column} ${e.message}`);
  const sourceCode = plugin.languages.wat.createSourceCode(file, parsed);
  const rule = plugin.rules[ruleId];
  const reports: Report[] = [];
  const visitor = rule.create({ options, sourceCode, report: (r: Report) => reports.push(r) }) as Record<string, (node: unknown) => void>;
  for (const step of sourceCode.traverse()) visitor[step.phase === 1 ? "Program" : "Program:exit"]?.(step.target);
  return reports.map((r) => {
    const message = rule.meta.messages[r.messageId].replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => String(r.data?.[k]));
    return `${r.loc.start.line}:${r.loc.start.column}-${r.loc.end.line}:${r.loc.end.column} ${message}`;
  });
}

describe("watkit/eslint", () => {
  it("has the WAT language, every rule, and the presets under the wat/ prefix", () => {
    expect(Object.keys(plugin.rules).sort()).toEqual(RULES.map((r) => r.id).sort());
    expect(plugin.configs.recommended.language).toBe("wat/wat");
    expect(plugin.configs.recommended.rules["wat/no-unused"]).toBe("warn");
    expect(Object.keys(plugin.configs.all.rules)).toHaveLength(RULES.length);
  });

  it("reports a syntax or validation error as a failed parse, located", () => {
    expect(plugin.languages.wat.parse({ body: "(module (func (result i32)))" })).toEqual({ ok: false, errors: [expect.objectContaining({ line: 1, column: 9 })] });
  });

  it("gives directives with the plugin's rule names", () => {
    const text = "(module\n  ;; watkit-disable-next-line no-unused -- why\n  (func $a))\n";
    const file = { body: text };
    const parsed = plugin.languages.wat.parse(file);
    if (!parsed.ok) throw new Error("parse failed");
    const { directives } = plugin.languages.wat.createSourceCode(file, parsed).getDisableDirectives();
    expect(directives.map((d) => [d.type, d.value, d.justification, d.node.loc.start.line])).toEqual([["disable-next-line", "wat/no-unused", "why", 2]]);
  });

  for (const rule of RULES) {
    const dir = join(CASES, rule.id);
    if (!existsSync(dir)) continue;
    it(`reports what lint reports: ${rule.id}`, () => {
      for (const name of readdirSync(dir).filter((f) => f.endsWith(".wat") && !f.endsWith(".fixed.wat"))) {
        const text = readFileSync(join(dir, name), "utf8");
        const header = /^;; options: (.*)$/m.exec(text.split("\n")[0]);
        const options = header ? (JSON.parse(header[1]) as unknown[]) : [];
        const expected = lint(text, { config: { rules: { [rule.id]: ["warn", ...options] as ["warn"] } } }).messages.map(
          (m) => `${m.line}:${m.column}-${m.endLine ?? m.line}:${m.endColumn ?? m.column} ${m.message}`,
        );
        expect({ name, messages: byPlace(viaPlugin(rule.id, text, options)) }).toEqual({ name, messages: byPlace(expected) });
      }
    });
  }
});
