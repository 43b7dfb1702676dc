/** Every lint rule by id: drives `lint`, the presets, `watkit lint --help` and the rule docs. */
import { presetRules, type ConfigObject } from "./config.js";
import type { LintRule } from "./rule.js";
import { noUnused } from "./rules/no-unused.js";

export const RULES: readonly LintRule[] = [noUnused];

export function findRule(id: string): LintRule | undefined {
  return RULES.find((r) => r.id === id);
}

/** The presets: `recommended` (the rules worth their findings on any module) and `all`. */
export const configs: { recommended: ConfigObject; all: ConfigObject } = {
  recommended: { rules: presetRules(RULES, "recommended") },
  all: { rules: presetRules(RULES, "all") },
};
