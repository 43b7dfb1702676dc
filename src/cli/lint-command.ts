/**
 * `watkit lint [files|dirs|-]`: lints WebAssembly text and binaries with the
 * rules of `src/lint`, configured by `watkit.config.*` and the command line,
 * and reports through a formatter. Exit codes are ESLint's: 0 clean (or
 * only warnings within `--max-warnings`), 1 errors or too many warnings,
 * 2 a usage, configuration or input problem.
 */
import { readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { activeRules, ConfigError, parseRuleOption, type ConfigObject } from "../lint/config.js";
import { ignoredBy, isIgnored, isLintable, loadConfig, objectsFor, type LoadedConfig } from "../lint/config-file.js";
import { FORMATTERS } from "../lint/formatters/index.js";
import { matchesGlob } from "../lint/glob.js";
import { lint } from "../lint/lint.js";
import { configs, RULES } from "../lint/registry.js";
import type { LintResult } from "../lint/rule.js";
import { PROFILES } from "../isa/features.js";
import { featureListOf, helpText, OUTPUT_OPTION, UsageError, type CommandSpec, type OptionSpec, type ParsedArgs } from "./command.js";
import { hasByteOrderMark, readInput, writeOutput } from "./io.js";

const MAGIC = [0x00, 0x61, 0x73, 0x6d];
const GLOB_CHARS = /[*?{]/;

const OPTIONS: OptionSpec[] = [
  { name: "format", short: "f", value: "NAME", help: `${Object.keys(FORMATTERS).join(" | ")} (default stylish)` },
  { ...OUTPUT_OPTION, help: "write the report to FILE" },
  { name: "fix", help: "apply fixes to the files" },
  { name: "fix-dry-run", help: 'apply fixes in the report only (json: "output")' },
  { name: "quiet", help: "report errors only" },
  { name: "max-warnings", value: "N", help: "exit 1 when there are more than N warnings" },
  { name: "rule", value: "'ID: SEVERITY'", multiple: true, help: "set a rule (or a JSON object of rules); repeatable" },
  { name: "target", value: `${Object.keys(PROFILES).join("|")}[,+FEATURE|-FEATURE...]`, help: "report what the target lacks (rule target-features)" },
  { name: "config", value: "FILE", help: "use this config instead of looking for watkit.config.*" },
  { name: "stdin-filename", value: "NAME", help: "the name of the text read from -" },
  { name: "no-inline-config", help: "ignore watkit-disable comments" },
  { name: "report-unused-disable-directives", help: "report directives that silence nothing" },
  { name: "print-config", value: "FILE", help: "print the configuration for FILE" },
  { name: "no-ignore", help: "lint what the config's ignores and the defaults (node_modules, .git) leave out" },
  { name: "no-warn-ignored", help: "say nothing of a file given by name that is ignored" },
];

export const lintCommand: CommandSpec = {
  name: "lint",
  summary: "report problems and style in WebAssembly modules (.wat, .wasm), ESLint-style",
  usage: "watkit lint [files|dirs|globs|-] [-f stylish|json|compact|sarif|github] [--fix] [--max-warnings N] [--quiet] [--rule 'ID: SEVERITY']",
  options: OPTIONS,
  help: () => {
    const rules = RULES.map((r) => `  ${r.id.padEnd(34)} ${r.meta.docs.recommended ?? "   "}  ${r.meta.docs.description}`);
    process.stdout.write(`${helpText(lintCommand)}\nrules:\n${rules.join("\n")}\n`);
    return 0;
  },
  // Text needs its AST and the model at once, as for validate.
  heapPerInputByte: 40,
  async run(args) {
    try {
      return await run(args);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      process.stderr.write(`watkit lint: ${error.message}\n`);
      return 2;
    }
  },
};

async function run(args: ParsedArgs): Promise<number> {
  const files = args.positional;
  const format = last(args.values.get("format")) ?? "stylish";
  const formatter = FORMATTERS[format];
  if (formatter === undefined) throw new UsageError(`unknown format '${format}'; the formats are ${Object.keys(FORMATTERS).join(", ")}`);
  const maxWarnings = last(args.values.get("max-warnings"));
  if (maxWarnings !== undefined && !/^-?\d+$/.test(maxWarnings)) throw new ConfigError(`--max-warnings needs a number, found '${maxWarnings}'`);
  const config = await loadConfig(process.cwd(), last(args.values.get("config")));
  const cli = commandLineConfig(args);

  const printFor = last(args.values.get("print-config"));
  if (printFor !== undefined) {
    const objects = [configs.recommended, ...objectsFor(config, printFor), cli];
    const rules = Object.fromEntries(activeRules(RULES, objects.flatMap((o) => (o.rules ? [o.rules] : []))).map((a) => [a.rule.id, [a.severity === 2 ? "error" : "warn", ...a.options]]));
    process.stdout.write(JSON.stringify({ rules, linterOptions: Object.assign({}, ...objects.map((o) => o.linterOptions ?? {})) }, null, 2) + "\n");
    return 0;
  }
  if (files.length === 0) throw new UsageError(`expected files, directories or -\nusage: ${lintCommand.usage}`);
  const paths: string[] = [];
  const ignoring = !args.flags.has("no-ignore");
  // As ESLint: a file given by name and ignored is said so (a warning), not passed over in silence.
  const ignoredResults: LintResult[] = [];
  for (const input of files) {
    if (input === "-") paths.push("-");
    else if (!exists(input) && GLOB_CHARS.test(input)) {
      // A pattern the shell left unexpanded (quoted, or on Windows), as ESLint takes them.
      const matched = walk(".", config, ignoring, () => true).filter((path) => matchesGlob(relative(".", path).split("\\").join("/"), input.replace(/^\.\//, "")));
      if (matched.length === 0) return noFiles(input);
      paths.push(...matched);
    } else if (!exists(input)) {
      process.stderr.write(`watkit lint: no such file or directory: ${input}\n`);
      return 2;
    } else if (statSync(input).isDirectory()) {
      // As ESLint: a directory with nothing to lint is a mistake in the command, not a clean result.
      const found = walk(input, config, ignoring);
      if (found.length === 0) return noFiles(input);
      paths.push(...found);
    } else {
      const ignored = ignoring ? ignoredBy(config, input) : undefined;
      if (ignored === undefined) paths.push(input);
      else if (!args.flags.has("no-warn-ignored")) ignoredResults.push(ignoredResult(input, ignored));
    }
  }

  const unique = [...new Map(paths.map((p) => [p === "-" ? p : resolve(p), p])).values()];
  const fix = args.flags.has("fix");
  const dryRun = args.flags.has("fix-dry-run");
  const results: LintResult[] = [...ignoredResults];
  for (const path of unique) {
    const name = path === "-" ? (last(args.values.get("stdin-filename")) ?? "<stdin>") : path;
    const bytes = readInput(path);
    const binary = MAGIC.every((b, i) => bytes[i] === b);
    let input: string | Uint8Array = bytes;
    if (!binary) {
      try {
        input = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      } catch {
        process.stderr.write(`${name}: error: input is neither a binary module nor UTF-8 text\n`);
        return 2;
      }
    }
    const objects = [configs.recommended, ...objectsFor(config, path === "-" ? name : path), cli];
    const result = lint(input, { config: objects, filePath: name, fix: fix || dryRun });
    // The decoder drops a byte order mark; a fixed file gets it back.
    if (fix && path !== "-" && result.output !== undefined) writeOutput(path, Buffer.from((hasByteOrderMark(bytes) ? "\uFEFF" : "") + result.output, "utf8"));
    if (!dryRun) delete result.output;
    results.push(result);
  }

  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const shown = args.flags.has("quiet") ? results.map(errorsOnly) : results;
  const report = formatter(shown, RULES);
  if (args.output !== undefined) writeOutput(args.output, Buffer.from(report, "utf8"));
  else process.stdout.write(report);
  const limit = maxWarnings === undefined ? -1 : Number(maxWarnings);
  if (errors > 0) return 1;
  if (limit >= 0 && warnings > limit) {
    process.stderr.write(`watkit lint: too many warnings (${warnings}); maximum allowed is ${limit}.\n`);
    return 1;
  }
  return 0;
}

function commandLineConfig(args: ParsedArgs): ConfigObject {
  const rules = Object.assign({}, ...(args.values.get("rule") ?? []).map(parseRuleOption));
  const target = last(args.values.get("target"));
  if (target !== undefined) rules["target-features"] = ["error", { target: featureListOf(target, "--target") }];
  const linterOptions: ConfigObject["linterOptions"] = {};
  if (args.flags.has("no-inline-config")) linterOptions.noInlineConfig = true;
  if (args.flags.has("report-unused-disable-directives")) linterOptions.reportUnusedDisableDirectives = "warn";
  return { rules, linterOptions };
}

function errorsOnly(r: LintResult): LintResult {
  const messages = r.messages.filter((m) => m.severity === 2);
  return { ...r, messages, warningCount: 0, fixableWarningCount: 0 };
}

/** A glob or folder with nothing to lint: exit 2. */
function noFiles(input: string): number {
  process.stderr.write(`watkit lint: no files match the pattern '${input}'\n`);
  return 2;
}

function ignoredResult(filePath: string, by: { pattern: string; byDefault: boolean }): LintResult {
  const why = by.byDefault
    ? `File ignored by default because it is located under the ${by.pattern.replace(/^\*\*\/|\/$/g, "")} directory`
    : `File ignored because of a matching ignore pattern (${by.pattern})`;
  const message = `${why}. Use --no-ignore to lint it or --no-warn-ignored to suppress this warning`;
  return {
    filePath,
    messages: [{ ruleId: null, severity: 1, message, line: 0, column: 0, offset: 0 }],
    suppressedMessages: [],
    errorCount: 0,
    fatalErrorCount: 0,
    warningCount: 1,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  };
}

/** The files under `dir` that are not ignored (unless `ignoring` is false) and that `take` accepts (by default: those the config lints). */
function walk(dir: string, config: LoadedConfig, ignoring: boolean, take = (path: string) => isLintable(config, path)): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (ignoring && (isIgnored(config, path) || isIgnored(config, path + "/"))) continue;
    if (entry.isDirectory()) found.push(...walk(path, config, ignoring, take));
    else if (take(path)) found.push(path);
  }
  return found;
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

function last<T>(values: T[] | undefined): T | undefined {
  return values?.[values.length - 1];
}
