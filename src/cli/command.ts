/**
 * The shape every `watkit` command has, and the strict argument parser they
 * share: each command declares its options in one table, which drives both
 * parsing and `--help`.
 */
import { parseArgs as tokenize } from "node:util";
import { DEFAULT_PROFILE, FeatureSpecError, parseFeatures, PROFILES } from "../isa/features.js";
import { closest } from "../suggest.js";

/** One option of a command: a flag (`--folded`) or, with `value`, an option taking a value (`--dir PATH`). */
export interface OptionSpec {
  name: string;
  short?: string;
  /** The placeholder shown in help (`PATH`); absent for a flag. */
  value?: string;
  /** A value option given more than once collects every value in order; otherwise the last one counts. */
  multiple?: boolean;
  help: string;
}

export interface ParsedArgs {
  positional: string[];
  /** `-o FILE` / `--output FILE`, for commands that declare `OUTPUT_OPTION`. */
  output?: string;
  flags: Set<string>;
  /** Values of the value options, in order (`--dir a --dir b`). */
  values: Map<string, string[]>;
  /** What follows `--`, untouched (arguments for the program `watkit run` runs). */
  rest: string[];
}

export interface CommandSpec {
  name: string;
  summary: string;
  usage: string;
  options: readonly OptionSpec[];
  /**
   * Heap the command needs per byte of its input files (positional
   * arguments); a larger input relaunches the process with a larger heap.
   */
  heapPerInputByte?: number;
  /** Help of its own (`watkit rewrite --help PASS`); the exit status. Otherwise `helpText` is printed. */
  help?(args: ParsedArgs): number;
  /** The exit status (a promise of it for commands that wait on asynchronous APIs). */
  run(args: ParsedArgs): number | Promise<number>;
}

export const OUTPUT_OPTION: OptionSpec = { name: "output", short: "o", value: "FILE", help: "write the result to FILE (`-` is stdout)" };
export const NO_VALIDATE_OPTION: OptionSpec = {
  name: "no-validate",
  help: "write the module even when it is invalid (by default it is validated first and an invalid module is refused)",
};
/** `--features LIST`; `absent` says what holds without it. */
export function featuresOption(absent: string): OptionSpec {
  return {
    name: "features",
    value: "LIST",
    help: `the features the module may use: a profile (${Object.keys(PROFILES).join(", ")}; no option: ${absent}) then +FEATURE/-FEATURE, comma-separated`,
  };
}

export const FEATURES_OPTION = featuresOption(DEFAULT_PROFILE);
export const JOBS_OPTION: OptionSpec = {
  name: "jobs",
  short: "j",
  value: "N",
  help: "threads for a large module's function bodies (default: one per core once the module is large enough to gain from them)",
};

const HELP_OPTION: OptionSpec = { name: "help", short: "h", help: "show this help" };

/** A mistake in how the command was called (exit status 2), as opposed to bad input (1). */
export class UsageError extends Error {}

/**
 * Parses `argv` against the command's options. Unknown options, a missing
 * value and a value given to a flag are `UsageError`s, with the nearest
 * known option suggested. `-` is a positional (stdin); `--` ends the options.
 */
export function parseArgs(argv: string[], options: readonly OptionSpec[]): ParsedArgs {
  const known = [...options, HELP_OPTION];
  // Tokenized leniently so that an unknown option can be named and a
  // suggestion made; the strictness is enforced below, token by token.
  const config = Object.fromEntries(
    known.map((o) => [o.name, { type: o.value === undefined ? "boolean" : "string", multiple: true, ...(o.short !== undefined && { short: o.short }) }] as const),
  );
  const { tokens } = tokenize({ args: argv, options: config, strict: false, allowPositionals: true, tokens: true });
  const args: ParsedArgs = { positional: [], flags: new Set(), values: new Map(), rest: [] };
  for (const token of tokens) {
    if (token.kind === "option-terminator") {
      args.rest = argv.slice(token.index + 1);
      break;
    }
    if (token.kind === "positional") {
      args.positional.push(token.value);
      continue;
    }
    const option = known.find((o) => o.name === token.name);
    if (option === undefined) throw new UsageError(`unknown option '${token.rawName}'${suggestion(token.rawName, known)}`);
    if (option.value === undefined) {
      if (token.value !== undefined) throw new UsageError(`option '${token.rawName}' takes no value`);
      args.flags.add(option.name);
      continue;
    }
    if (token.value === undefined) throw new UsageError(`option '${token.rawName}' needs a value (${option.value})`);
    if (option.name === OUTPUT_OPTION.name) args.output = token.value;
    else if (option.multiple) args.values.set(option.name, [...(args.values.get(option.name) ?? []), token.value]);
    else args.values.set(option.name, [token.value]);
  }
  return args;
}

/**
 * The `--features` value, once it names only known profiles and features (a
 * mistake is a `UsageError` pointing at the item); undefined without the option.
 */
export function givenFeatures(args: ParsedArgs): string | undefined {
  const value = args.values.get(FEATURES_OPTION.name)?.at(-1);
  return value === undefined ? undefined : featureListOf(value, `--${FEATURES_OPTION.name}`);
}

/** The `--jobs` value: a whole number of threads, at least 1; undefined without the option. */
export function jobsOf(args: ParsedArgs): number | undefined {
  const value = args.values.get(JOBS_OPTION.name)?.at(-1);
  if (value === undefined) return undefined;
  if (!/^[1-9][0-9]{0,3}$/.test(value)) throw new UsageError(`--${JOBS_OPTION.name} ${value}: expected a number of threads, at least 1`);
  return Number(value);
}

/** The `--features` value, or the default profile without the option. */
export function featuresOf(args: ParsedArgs): string {
  return givenFeatures(args) ?? DEFAULT_PROFILE;
}

export function featureListOf(value: string, option: string): string {
  try {
    parseFeatures(value, closest);
  } catch (error) {
    if (!(error instanceof FeatureSpecError)) throw error;
    throw new UsageError(`${option} ${value}: ${error.reason}\n  ${option} ${value}\n  ${" ".repeat(option.length + error.column)}^`);
  }
  return value;
}

function suggestion(rawName: string, options: readonly OptionSpec[]): string {
  const long = rawName.replace(/^-+/, "").split("=")[0];
  const match = closest(long, options.map((o) => o.name));
  return match === undefined ? "" : `; did you mean '--${match}'?`;
}

/** `watkit CMD --help`: usage, summary and every option with what it does. */
export function helpText(command: CommandSpec): string {
  const rows = [...command.options, HELP_OPTION].map((o) => {
    const names = (o.short !== undefined ? `-${o.short}, ` : "    ") + `--${o.name}` + (o.value !== undefined ? ` ${o.value}` : "");
    return [names, o.help] as const;
  });
  const width = Math.max(...rows.map(([names]) => names.length));
  const lines = [`usage: ${command.usage}`, "", `${command.summary}.`, "", "options:"];
  for (const [names, help] of rows) lines.push(`  ${names.padEnd(width)}  ${help}`);
  return lines.join("\n") + "\n";
}
