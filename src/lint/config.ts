/**
 * Rule configuration: severities (ESLint's `off|warn|error|0|1|2`, and
 * wasm-language-tools' `allow|hint|warn|deny`), options, the `recommended`
 * and `all` presets, and how later settings override earlier ones.
 */
import { WatkitError } from "../errors.js";
import type { LintRule, Severity, SeverityName } from "./rule.js";

/** `"warn"`, or `["error", { ...options }]`. */
export type RuleSetting = SeverityName | [SeverityName, ...unknown[]];

export type RulesConfig = Record<string, RuleSetting>;

export interface LinterOptions {
  /** Ignore inline `watkit-disable` comments. */
  noInlineConfig?: boolean;
  /** Report directives that silenced nothing, at this severity. */
  reportUnusedDisableDirectives?: SeverityName | boolean;
}

/** One object of a flat configuration: which files it applies to, and the settings. */
export interface ConfigObject {
  name?: string;
  files?: string[];
  ignores?: string[];
  rules?: RulesConfig;
  linterOptions?: LinterOptions;
}

/** A rule switched on: its severity and options. */
export interface ActiveRule {
  rule: LintRule;
  severity: 1 | 2;
  options: unknown[];
}

const SEVERITIES: Record<string, Severity> = { off: 0, allow: 0, warn: 1, hint: 1, error: 2, deny: 2 };

export class ConfigError extends WatkitError {
  override name = "ConfigError";
}

export function severityOf(name: unknown, where: string): Severity {
  if (name === 0 || name === 1 || name === 2) return name;
  if (typeof name === "boolean") return name ? 1 : 0;
  if (typeof name === "string" && name in SEVERITIES) return SEVERITIES[name];
  throw new ConfigError(`${where}: severity must be off, warn, error (or allow, hint, deny, 0, 1, 2), found ${JSON.stringify(name)}`);
}

export function presetRules(rules: readonly LintRule[], preset: "recommended" | "all"): RulesConfig {
  const config: RulesConfig = {};
  for (const rule of rules) {
    const level = rule.meta.docs.recommended;
    if (preset === "all" && rule.meta.allOptions) config[rule.id] = [level ?? "warn", ...rule.meta.allOptions];
    else if (level !== undefined || preset === "all") config[rule.id] = level ?? "warn";
  }
  return config;
}

/** The rules switched on by `settings` (later entries win), each checked against the known rules. */
export function activeRules(known: readonly LintRule[], settings: readonly RulesConfig[]): ActiveRule[] {
  const merged = new Map<string, RuleSetting>();
  for (const config of settings) {
    for (const [id, setting] of Object.entries(config)) {
      if (!known.some((r) => r.id === id)) throw new ConfigError(`unknown rule '${id}'`);
      const previous = merged.get(id);
      // ESLint: a severity alone keeps the options set before it.
      if (!Array.isArray(setting) && Array.isArray(previous)) merged.set(id, [setting, ...previous.slice(1)]);
      else merged.set(id, setting);
    }
  }
  const active: ActiveRule[] = [];
  for (const rule of known) {
    const setting = merged.get(rule.id);
    if (setting === undefined) continue;
    const [level, ...options] = Array.isArray(setting) ? setting : [setting];
    const severity = severityOf(level, `rule '${rule.id}'`);
    if (severity === 0) continue;
    active.push({ rule, severity, options: options.length > 0 ? options : [...(rule.meta.defaultOptions ?? [])] });
  }
  return active;
}

/** A rule setting written on the command line: `--rule 'no-unused: error'`, `--rule 'id-match: ["warn", {...}]'`, or a JSON object of settings. */
export function parseRuleOption(text: string): RulesConfig {
  const trimmed = text.trim();
  if (trimmed.startsWith("{")) {
    try {
      return JSON.parse(trimmed) as RulesConfig;
    } catch {
      throw new ConfigError(`--rule: not valid JSON: ${text}`);
    }
  }
  const colon = trimmed.indexOf(":");
  if (colon < 0) throw new ConfigError(`--rule: expected 'rule-id: severity', found '${text}'`);
  const id = trimmed.slice(0, colon).trim();
  const value = trimmed.slice(colon + 1).trim();
  let setting: RuleSetting;
  try {
    setting = JSON.parse(value) as RuleSetting;
  } catch {
    setting = value as SeverityName;
  }
  return { [id]: setting };
}
