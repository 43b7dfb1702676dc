/**
 * `watkit/eslint`: an ESLint plugin with the WAT language and watkit's
 * rules, so `eslint.config.js` users lint `.wat` files with ESLint's CLI,
 * cache, formatters and editors:
 *
 *   import wat from "watkit/eslint";
 *   export default [{ files: ["**\/*.wat"], plugins: { wat }, language: "wat/wat", ...wat.configs.recommended }];
 *
 * Each rule is the watkit rule itself, wrapped: it walks the Module when
 * ESLint leaves the root node and hands its reports to ESLint.
 *
 * @module watkit/eslint
 */
import { walkModule } from "../walk.js";
import { funcAnalyses } from "../func-analysis.js";
import { RULES } from "../registry.js";
import { presetRules, type RulesConfig } from "../config.js";
import type { LintRule, ReportDescriptor, RuleContext } from "../rule.js";
import { watLanguage, type WatRoot, type WatSourceCode } from "./language.js";

interface EslintFixer {
  replaceTextRange(range: [number, number], text: string): unknown;
}

interface EslintContext {
  options: unknown[];
  sourceCode: WatSourceCode;
  report(descriptor: {
    loc: { start: { line: number; column: number }; end: { line: number; column: number } };
    messageId: string;
    data?: Record<string, string | number>;
    fix?: (fixer: EslintFixer) => unknown;
  }): void;
}

function wrap(rule: LintRule) {
  return {
    meta: { ...rule.meta, docs: { ...rule.meta.docs, recommended: rule.meta.docs.recommended !== undefined } },
    create(eslint: EslintContext) {
      return {
        "Program:exit"(root: WatRoot) {
          const source = eslint.sourceCode;
          const context: RuleContext = {
            id: rule.id,
            options: eslint.options.length > 0 ? eslint.options : (rule.meta.defaultOptions ?? []),
            module: root.module,
            text: root.text,
            analysis: funcAnalyses(),
            report(r: ReportDescriptor) {
              const start = r.span?.start ?? r.offset ?? 0;
              const fix = r.fix?.();
              eslint.report({
                loc: source.locOf(start, r.span?.end ?? start),
                messageId: r.messageId,
                data: r.data,
                fix: fix ? (fixer) => fixer.replaceTextRange(fix.range, fix.text) : undefined,
              });
            },
          };
          walkModule(root.module, [rule.create(context)]);
        },
      };
    },
  };
}

const rules = Object.fromEntries(RULES.map((r) => [r.id, wrap(r)]));

function preset(all: boolean): RulesConfig {
  const rules = presetRules(RULES, all ? "all" : "recommended");
  return Object.fromEntries(Object.entries(rules).map(([id, setting]) => [`wat/${id}`, setting]));
}

const plugin = {
  meta: { name: "watkit", version: "0.1.0" },
  languages: { wat: watLanguage },
  rules,
  configs: {} as Record<"recommended" | "all", { plugins: Record<string, unknown>; language: string; rules: RulesConfig }>,
};
plugin.configs.recommended = { plugins: { wat: plugin }, language: "wat/wat", rules: preset(false) };
plugin.configs.all = { plugins: { wat: plugin }, language: "wat/wat", rules: preset(true) };

export default plugin;
