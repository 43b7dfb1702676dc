/**
 * lint: findings about a module beyond validity, ESLint's way. Takes text
 * (AST and resolved Module), bytes (decoded Module) or a Module; runs the
 * rules of `registry.ts` (one file each under `rules/`) configured by
 * `config.ts`, honours inline directives (`directives.ts`), applies fixes
 * (`fix.ts`), and reports through the formatters in `formatters/`.
 * It reads the syntax and module layers; nothing reads it but the CLI.
 */
export { lint, type LintOptions } from "./lint.js";
export { RULES, configs, findRule } from "./registry.js";
export { ConfigError, type ConfigObject, type RuleSetting, type RulesConfig } from "./config.js";
export type {
  Fix,
  LintMessage,
  LintResult,
  LintRule,
  ReportDescriptor,
  RuleContext,
  RuleMeta,
  RuleType,
  Severity,
  SeverityName,
  SuppressedMessage,
  Visitor as LintVisitor,
} from "./rule.js";
