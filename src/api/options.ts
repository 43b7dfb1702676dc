/**
 * Options of the public functions, checked against one table per function:
 * an option the function does not have, or a value outside what it accepts,
 * is an `ArgumentError` naming the option and what it takes, before any
 * work is done. An option given as `undefined` counts as not given.
 */
import { FeatureSpecError } from "../isa/features.js";
import { restrictedSet } from "../module/feature-check.js";
import { ChunkedText } from "../syntax/source-text.js";
import { ArgumentError } from "../errors.js";
import { describeValue } from "./describe-value.js";

/** What one option accepts. */
export type OptionRule =
  | { kind: "boolean" }
  | { kind: "integer"; min: number; max?: number }
  | { kind: "choice"; values: readonly string[] }
  /** An object the caller passes for the function to read (a lint configuration). */
  | { kind: "object" }
  /** A function the caller passes for the function to call (a file reader, a warning sink). */
  | { kind: "function" }
  | { kind: "string" }
  /** An array of strings (names). */
  | { kind: "strings" }
  /** Source text: a string, or a ChunkedText. */
  | { kind: "text" }
  /** A feature list: `"wasm2,+simd"` or `["wasm2", "+simd"]`. */
  | { kind: "features" };

export type OptionRules = Readonly<Record<string, OptionRule>>;

/**
 * The rules of exactly the options of type `T`, no more, no fewer: an
 * option added to a public options type without a rule here, or a rule for
 * an option the type does not have, does not compile.
 */
export type RulesOf<T> = { readonly [K in keyof Required<T>]: OptionRule };

export const BOOLEAN: OptionRule = { kind: "boolean" };
export const OBJECT: OptionRule = { kind: "object" };
export const FUNCTION: OptionRule = { kind: "function" };
export const STRING: OptionRule = { kind: "string" };
export const STRINGS: OptionRule = { kind: "strings" };
export const TEXT: OptionRule = { kind: "text" };
export const FEATURES: OptionRule = { kind: "features" };

export function integer(min: number, max?: number): OptionRule {
  return { kind: "integer", min, max };
}

export function choice(...values: string[]): OptionRule {
  return { kind: "choice", values };
}

/** Returns `options` (or `{}` when not given) once every option in it has passed its rule. */
export function checkOptions<T extends object>(fn: string, options: T | undefined, rules: OptionRules): T {
  if (options === undefined) return {} as T;
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new ArgumentError(fn, "options", `must be an object, not ${describeValue(options)}`);
  }
  for (const [key, value] of Object.entries(options)) {
    const rule = Object.hasOwn(rules, key) ? rules[key] : undefined;
    if (rule === undefined) {
      const known = Object.keys(rules);
      const list = known.length === 0 ? "it takes none" : `it takes ${known.join(", ")}`;
      throw new ArgumentError(fn, `options.${key}`, `is not an option of ${fn} (${list})`);
    }
    if (value === undefined) continue;
    const problem = breach(rule, value);
    if (problem !== undefined) throw new ArgumentError(fn, `options.${key}`, `${problem}, not ${describeValue(value)}`);
  }
  return options;
}

/** What the value should have been, or undefined when it is fine. */
function breach(rule: OptionRule, value: unknown): string | undefined {
  switch (rule.kind) {
    case "boolean":
      return typeof value === "boolean" ? undefined : "must be true or false";
    case "integer": {
      const fits = typeof value === "number" && Number.isInteger(value) && value >= rule.min && (rule.max === undefined || value <= rule.max);
      if (fits) return undefined;
      return rule.max === undefined ? `must be an integer of at least ${rule.min}` : `must be an integer from ${rule.min} to ${rule.max}`;
    }
    case "choice":
      return typeof value === "string" && rule.values.includes(value) ? undefined : `must be one of ${rule.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "object":
      return typeof value === "object" && value !== null ? undefined : "must be an object";
    case "function":
      return typeof value === "function" ? undefined : "must be a function";
    case "string":
      return typeof value === "string" ? undefined : "must be a string";
    case "strings":
      return Array.isArray(value) && value.every((v) => typeof v === "string") ? undefined : "must be an array of strings";
    case "text":
      return typeof value === "string" || value instanceof ChunkedText ? undefined : "must be a string or a ChunkedText";
    case "features":
      return featuresBreach(value);
  }
}

function featuresBreach(value: unknown): string | undefined {
  const list = typeof value === "string" || (Array.isArray(value) && value.every((v) => typeof v === "string"));
  if (!list) return "must be a feature list (a string such as \"wasm2,+simd\" or an array of its items)";
  try {
    restrictedSet(value as string | string[]);
  } catch (error) {
    if (!(error instanceof FeatureSpecError)) throw error;
    return `must name known profiles and features: ${error.message}`;
  }
  return undefined;
}
