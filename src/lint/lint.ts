/**
 * `lint(input, options)`: validates first (syntax, name and validation
 * errors are fatal messages with `ruleId: null`), then runs the configured
 * rules over what validated, in one walk of the Module, and returns an
 * ESLint-shaped result. Text input is located by line and column with fixes;
 * bytes are decoded and located by byte offset (line 1, column offset + 1).
 */
import type { Module } from "../module/model.js";
import { indexSpaces } from "../module/index-space.js";
import { resolveModule } from "../module/resolve.js";
import type { Script } from "../syntax/ast.js";
import { WatError } from "../syntax/errors.js";
import { parseWat } from "../syntax/parse.js";
import type { Diagnostic } from "../validate/diagnostic.js";
import { describeDiagnostic } from "../validate/diagnostic.js";
import { decodeValidated, validate } from "../validate/validate.js";
import { activeRules, severityOf, type ActiveRule, type ConfigObject } from "./config.js";
import { readDirectives, suppressing, type Directive } from "./directives.js";
import { applyFixes } from "./fix.js";
import { LineIndex } from "../syntax/line-index.js";
import { RULES, configs } from "./registry.js";
import type { LintMessage, LintResult, ReportDescriptor, RuleContext, SuppressedMessage, TextInput, Visitor } from "./rule.js";
import { textInput } from "./text-input.js";
import { walkModule, type WalkOptions } from "./walk.js";
import { decodeDeferred, readsApart } from "../binary/decode.js";
import { hasLinkingSection } from "../object/decode-object.js";
import { funcAnalyses } from "./func-analysis.js";
import { usesVisitor } from "./uses.js";
import { assignIndices } from "../module/indices.js";

export interface LintOptions {
  /** Flat configuration objects, later ones overriding earlier; default `[configs.recommended]`. */
  config?: ConfigObject | readonly ConfigObject[];
  /** Shown in results; default `<input>`. */
  filePath?: string;
  /** Apply fixes (text only) until none is left; the result's `output` is the fixed text. */
  fix?: boolean;
}

/** From this size a valid binary is linted a body at a time (`lintBytes`); a smaller one costs less decoded once, whole. */
const READ_APART_BYTES = 1 << 20;

/** Fixing stops after this many rounds even if fixes keep coming (two rules undoing each other). */
const MAX_FIX_ROUNDS = 10;

export function lint(input: string | ArrayBufferView | ArrayBuffer | Module, options: LintOptions = {}): LintResult {
  const objects = options.config === undefined ? [configs.recommended] : Array.isArray(options.config) ? options.config : [options.config as ConfigObject];
  const rules = activeRules(
    RULES,
    objects.flatMap((o) => (o.rules ? [o.rules] : [])),
  );
  const linterOptions = Object.assign({}, ...objects.map((o) => o.linterOptions ?? {})) as NonNullable<ConfigObject["linterOptions"]>;
  const filePath = options.filePath ?? "<input>";
  if (typeof input !== "string") {
    const module = isModule(input) ? input : undefined;
    const messages = module ? lintModule(module, undefined, rules) : lintBytes(toBytes(input as ArrayBufferView | ArrayBuffer), rules);
    return result(filePath, messages.sort(byPlace), []);
  }
  let text = input;
  if (options.fix) {
    for (let round = 0; round < MAX_FIX_ROUNDS; round++) {
      const { messages } = lintText(text, rules, linterOptions);
      const fixed = applyFixes(text, messages);
      if (fixed === text) break;
      text = fixed;
    }
  }
  const { messages, suppressed } = lintText(text, rules, linterOptions);
  const out = result(filePath, messages, suppressed);
  out.source = text;
  if (text !== input) out.output = text;
  return out;
}

function isModule(input: unknown): input is Module {
  return typeof input === "object" && input !== null && "imports" in input && "funcs" in input;
}

function toBytes(input: ArrayBufferView | ArrayBuffer): Uint8Array {
  if (input instanceof Uint8Array) return input;
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  return new Uint8Array(input);
}

/**
 * A valid module (checked from its bytes first) is linted a body at a time:
 * each is read as the walk reaches it and dropped after, where the model of
 * a large binary's whole code would outlive every scavenge of its decode (a
 * 34 MB binary took 1 GB and 15 s). Object files, whose relocations sit on
 * the instructions, modules whose label names or code metadata need their
 * bodies (`readsApart`), and invalid modules, whose rules skip the bodies
 * that failed and gather uses from all of them, are decoded whole,
 * validated in the same pass.
 */
function lintBytes(bytes: Uint8Array, rules: ActiveRule[]): LintMessage[] {
  if (bytes.length >= READ_APART_BYTES && !hasLinkingSection(bytes) && validate(bytes).valid) {
    const deferred = decodeDeferred(bytes);
    if (readsApart(deferred.module, true)) return lintModule(deferred.module, undefined, rules, undefined, [], { read: (i) => deferred.readBodies(i, i + 1) });
  }
  const { module, errors } = decodeValidated(bytes);
  if (module === undefined) return errors.map((d) => fromDiagnostic(d, undefined));
  return lintModule(module, undefined, rules, undefined, errors);
}

function lintText(
  source: string,
  rules: ActiveRule[],
  linterOptions: NonNullable<ConfigObject["linterOptions"]>,
): { messages: LintMessage[]; suppressed: SuppressedMessage[] } {
  const lines = new LineIndex(source);
  let script: Script;
  let module: Module;
  try {
    // Old keyword spellings are read so that no-legacy-mnemonics can report and fix them.
    script = parseWat(source, { legacyNames: true });
    const first = script.commands[0];
    if (first === undefined || first.kind !== "module" || first.module.kind !== "module") {
      return { messages: [fatal("expected a text module", 1, 1, first?.start ?? 0)], suppressed: [] };
    }
    module = resolveModule(first.module, source);
    const text = textInput(source, script, first.module);
    const directives = linterOptions.noInlineConfig ? [] : readDirectives(source, script.comments, lines);
    const found = lintModule(module, text, rules, lines);
    const messages: LintMessage[] = [];
    const suppressed: SuppressedMessage[] = [];
    for (const m of found) {
      const by = m.ruleId !== null ? suppressing(directives, m.ruleId, m.line, m.offset) : undefined;
      if (by) suppressed.push({ ...m, suppressions: [{ kind: "directive", justification: by.justification }] });
      else messages.push(m);
    }
    messages.push(...unusedDirectives(directives, linterOptions.reportUnusedDisableDirectives, lines));
    messages.sort(byPlace);
    return { messages, suppressed };
  } catch (error) {
    if (!(error instanceof WatError)) throw error;
    return { messages: [fatal(error.reason, error.line, error.column, error.offset)], suppressed: [] };
  }
}

/** Fatal messages first, then by place. */
function byPlace(a: LintMessage, b: LintMessage): number {
  return Number(b.fatal ?? 0) - Number(a.fatal ?? 0) || a.offset - b.offset;
}

function unusedDirectives(directives: readonly Directive[], level: unknown, lines: LineIndex): LintMessage[] {
  if (level === undefined || level === false) return [];
  const severity = severityOf(level === true ? "warn" : level, "reportUnusedDisableDirectives");
  if (severity === 0) return [];
  return directives
    .filter((d) => !d.used && d.kind !== "enable")
    .map((d) => {
      const { line, column } = lines.at(d.start);
      const end = lines.at(d.end);
      const what = d.rules ? ` for ${d.rules.map((r) => `'${r}'`).join(", ")}` : "";
      return {
        ruleId: null,
        severity,
        message: `unused watkit-${d.kind} directive (no problems were reported${what})`,
        line,
        column,
        endLine: end.line,
        endColumn: end.column,
        offset: d.start,
        fix: { range: [d.start, d.end], text: "" },
      };
    });
}

/**
 * Validation errors as fatal messages, then the rules' findings. A module
 * with errors outside function bodies gets no rule findings; otherwise only
 * the bodies that failed are left out.
 */
function lintModule(module: Module, text: TextInput | undefined, rules: ActiveRule[], lines?: LineIndex, errors = validate(module).errors, bodies?: WalkOptions["bodies"]): LintMessage[] {
  assignIndices(module);
  const messages = errors.map((d) => fromDiagnostic(d, lines));
  if (errors.some((d) => d.func === undefined)) return messages;
  const funcs = indexSpaces(module).funcs;
  const skipBodies = new Set(errors.map((d) => funcs[d.func!]));
  const visitors: Visitor[] = skipBodies.size === 0 ? [usesVisitor(module)] : [];
  const analysis = funcAnalyses();
  for (const active of rules) {
    const context: RuleContext = {
      id: active.rule.id,
      options: active.options,
      module,
      text,
      analysis,
      report: (r) => messages.push(finding(active, r, text, lines)),
    };
    visitors.push(active.rule.create(context));
  }
  walkModule(module, visitors, { skipBodies, bodies });
  return messages;
}

function finding(active: ActiveRule, r: ReportDescriptor, text: TextInput | undefined, lines: LineIndex | undefined): LintMessage {
  const template = active.rule.meta.messages[r.messageId];
  if (template === undefined) throw new Error(`rule ${active.rule.id}: no message '${r.messageId}'`);
  const message = template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (r.data && key in r.data ? String(r.data[key]) : whole));
  const start = r.span?.start ?? r.offset ?? 0;
  const m: LintMessage = { ruleId: active.rule.id, severity: active.severity, message, messageId: r.messageId, line: 1, column: start + 1, offset: start };
  if (lines) {
    Object.assign(m, lines.at(start));
    if (r.span) {
      const end = lines.at(r.span.end);
      m.endLine = end.line;
      m.endColumn = end.column;
    }
  } else if (r.span) {
    m.endLine = 1;
    m.endColumn = r.span.end + 1;
  }
  if (text && r.fix && active.rule.meta.fixable) {
    const fix = r.fix();
    if (fix) m.fix = fix;
  }
  return m;
}

function fromDiagnostic(d: Diagnostic, lines: LineIndex | undefined): LintMessage {
  const offset = d.offset ?? 0;
  const at = lines ? lines.at(offset) : { line: 1, column: offset + 1 };
  return fatal(describeDiagnostic(d), at.line, at.column, offset);
}

function fatal(message: string, line: number, column: number, offset: number): LintMessage {
  return { ruleId: null, severity: 2, fatal: true, message, line, column, offset };
}

function result(filePath: string, messages: LintMessage[], suppressedMessages: SuppressedMessage[]): LintResult {
  const count = (severity: number, fixable?: boolean) =>
    messages.filter((m) => m.severity === severity && (fixable === undefined || (m.fix !== undefined) === fixable)).length;
  return {
    filePath,
    messages,
    suppressedMessages,
    errorCount: count(2),
    fatalErrorCount: messages.filter((m) => m.fatal).length,
    warningCount: count(1),
    fixableErrorCount: count(2, true),
    fixableWarningCount: count(1, true),
  };
}
