/**
 * The shape of a lint rule and of what it reports, after ESLint's: a rule is
 * `meta` (what it is, its messages, whether it fixes) plus `create(context)`
 * returning visitors that `walk.ts` calls over the resolved Module. Text
 * rules also read the AST (`context.text`); on a decoded binary there is none.
 *
 * Types only.
 */
import type { Feature, InstrDef } from "../isa/instructions.js";
import type { Data, Elem, Export, Func, Global, Instr, Memory, Module, Table, Tag, TypeDef } from "../module/model.js";
import type { InstrNode, ModuleField, ModuleNode, Script, Span } from "../syntax/ast.js";
import type { FuncAnalysis } from "./func-analysis.js";

/** `problem`: wrong or will misbehave; `suggestion`: could be better; `layout`: how it is written. */
export type RuleType = "problem" | "suggestion" | "layout";

/** 0 off, 1 warning, 2 error: ESLint's numbers. */
export type Severity = 0 | 1 | 2;

/** A severity as written in a configuration: ESLint's words and numbers, and wasm-language-tools' levels. */
export type SeverityName = "off" | "warn" | "error" | "allow" | "hint" | "deny" | Severity;

/** JSON Schema for a rule's options (one schema per positional option). */
export type OptionSchema = Record<string, unknown>;

export interface RuleMeta {
  type: RuleType;
  docs: {
    description: string;
    /** The severity in the `recommended` preset; absent: only in `all`. */
    recommended?: "warn" | "error";
    url?: string;
  };
  messages: Record<string, string>;
  fixable?: "code" | "whitespace";
  schema?: OptionSchema[];
  defaultOptions?: unknown[];
  /** The features whose instructions or types the rule is about; empty: any module. */
  features?: Feature[];
  /** The options the `all` preset sets, where it asks for more than the defaults. */
  allOptions?: unknown[];
}

/** Replace `range` (UTF-16 offsets into the source, end exclusive) with `text`. */
export interface Fix {
  range: [number, number];
  text: string;
}

export interface ReportDescriptor {
  /** Where: a source span (text), or an offset alone (a binary, or text without an AST node). */
  span?: Span;
  offset?: number;
  messageId: string;
  data?: Record<string, string | number>;
  /** Called only when the input is text; `null` when no safe edit exists. */
  fix?: () => Fix | null;
}

/**
 * Where an instruction is: its function (none in constant expressions) and
 * the sequence holding it. Valid during the visitor call only (the walk
 * reuses it).
 */
export interface InstrPlace {
  func?: Func;
  /** The structured instructions around it, innermost last. */
  parents: readonly Instr[];
  seq: readonly Instr[];
  index: number;
}

/** What a rule sees of its input. */
export interface TextInput {
  source: string;
  script: Script;
  module: ModuleNode;
  /** The AST instruction that starts at a model instruction's offset. */
  nodeAt(offset: number | undefined): InstrNode | undefined;
  /** The sequence (a body, or a folded instruction's operands) holding an AST instruction. */
  siblingsOf(node: InstrNode): { seq: readonly InstrNode[]; index: number } | undefined;
  /** The module field that starts at an entity's offset. */
  fieldAt(offset: number | undefined): ModuleField | undefined;
  /** Where an instruction's mnemonic is written (after the `(` of a folded one). */
  mnemonicAt(node: InstrNode): number;
  /** Comments whose span lies inside the range: a fix that deletes them must not be offered. */
  hasComment(start: number, end: number): boolean;
}

export interface RuleContext {
  readonly id: string;
  /** The rule's options: the configured ones, else `meta.defaultOptions`. */
  readonly options: readonly unknown[];
  readonly module: Module;
  /** Present for text input. */
  readonly text?: TextInput;
  /** What is worked out about a function body once, for every rule that asks. */
  analysis(func: Func): FuncAnalysis;
  report(descriptor: ReportDescriptor): void;
}

export interface Visitor {
  Module?(module: Module): void;
  "Module:exit"?(module: Module): void;
  Type?(type: TypeDef): void;
  Func?(func: Func): void;
  "Func:exit"?(func: Func): void;
  Table?(table: Table): void;
  Memory?(memory: Memory): void;
  Global?(global: Global): void;
  Tag?(tag: Tag): void;
  Export?(exp: Export): void;
  Elem?(elem: Elem): void;
  Data?(data: Data): void;
  /** Every instruction (or those `instrs` accepts), in function bodies and constant expressions, in order. */
  Instr?(instr: Instr, place: InstrPlace): void;
  /** Which kinds of instruction `Instr` is for, asked once per kind: most rules look at a few, and a call per instruction adds up on compiler output. */
  instrs?(op: InstrDef): boolean;
}

export interface LintRule {
  readonly id: string;
  readonly meta: RuleMeta;
  create(context: RuleContext): Visitor;
}

/** One finding, ESLint's message shape; `offset` is the byte offset for binaries, the UTF-16 offset for text. */
export interface LintMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  messageId?: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  offset: number;
  fatal?: boolean;
  fix?: Fix;
  suggestions?: { desc: string; fix: Fix }[];
}

/** A finding silenced by an inline directive, with the directive's reason. */
export interface SuppressedMessage extends LintMessage {
  suppressions: { kind: "directive"; justification: string }[];
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  suppressedMessages: SuppressedMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The text after fixes, when `fix` was asked for and something changed. */
  output?: string;
  /** The text linted (text input only), for reporters that show the source line. */
  source?: string;
}
