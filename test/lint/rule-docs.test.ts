/**
 * `docs/lint/`: one page per rule and the index, generated from the
 * registry, the rule sources and the rule cases, and kept current: a rule
 * added or changed without regenerating fails here. `BLESS=1` rewrites them.
 */
import { describe, expect, it } from "@jest/globals";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { RULES } from "../../src/lint/registry.js";
import { ruleDoc, ruleIndex, ruleTable, type RuleExamples } from "../../src/lint/rule-docs.js";

const DOCS = join(process.cwd(), "docs/lint");
const CASES = join(process.cwd(), "test/lint/rules");
const BLESS = process.env.BLESS === "1";

function read(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, "utf8") : undefined;
}

function examples(id: string): RuleExamples {
  const source = readFileSync(join(process.cwd(), "src/lint/rules", `${id}.ts`), "utf8");
  const comment = /^\/\*\*([\s\S]*?)\*\//.exec(source)?.[1] ?? "";
  const why = comment
    .split("\n")
    .map((l) => l.replace(/^\s*\* ?/, "").trim())
    .join("\n")
    .trim();
  const invalid = read(join(CASES, id, "invalid.wat"));
  const valid = read(join(CASES, id, "valid.wat"));
  return {
    why,
    invalid: invalid !== undefined ? { text: invalid, findings: read(join(CASES, id, "invalid.expected")) ?? "", fixed: read(join(CASES, id, "invalid.fixed.wat")) } : undefined,
    valid,
  };
}

function expectFile(path: string, text: string): void {
  if (BLESS || !existsSync(path)) {
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, text);
  }
  expect(text).toBe(readFileSync(path, "utf8"));
}

describe("docs/lint", () => {
  it("lists every rule", () => expectFile(join(DOCS, "README.md"), ruleIndex(RULES)));

  it("lists every rule in the project's README, between its rule-list markers", () => {
    const readme = join(process.cwd(), "README.md");
    const text = readFileSync(readme, "utf8");
    const [start, end] = ["<!-- lint-rules:start -->\n", "<!-- lint-rules:end -->"];
    const from = text.indexOf(start) + start.length;
    const to = text.indexOf(end);
    expect(from).toBeGreaterThan(start.length - 1);
    const current = text.slice(from, to);
    const table = ruleTable(RULES, "docs/lint/rules/");
    if (BLESS) writeFileSync(readme, text.slice(0, from) + table + text.slice(to));
    else expect(current).toBe(table);
  });
  for (const rule of RULES) {
    it(`has a current page for ${rule.id}`, () => expectFile(join(DOCS, "rules", `${rule.id}.md`), ruleDoc(rule, examples(rule.id))));
  }
});
