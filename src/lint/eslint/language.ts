/**
 * The WAT language for ESLint (9.7+ `languages`, the way `@eslint/json`
 * does it): ESLint reads the file, this parses, resolves and validates it
 * (a syntax or validation error is a fatal parse error), and the source code
 * object gives ESLint locations, the one root node it traverses, and the
 * `watkit-disable` directives. ESLint's own types are not imported: ESLint
 * is an optional peer, and the shapes used are the few written here.
 */
import type { Module } from "../../module/model.js";
import { resolveModule } from "../../module/resolve.js";
import type { Comment, Script } from "../../syntax/ast.js";
import { WatError } from "../../syntax/errors.js";
import { parseWat } from "../../syntax/parse.js";
import { describeDiagnostic } from "../../validate/diagnostic.js";
import { validate } from "../../validate/validate.js";
import { ConfigError } from "../config.js";
import { readDirectives } from "../directives.js";
import { LineIndex } from "../../syntax/line-index.js";
import type { TextInput } from "../rule.js";
import { textInput } from "../text-input.js";

export interface Position {
  line: number;
  column: number;
}

export interface Location {
  start: Position;
  end: Position;
}

/** The root ESLint traverses: the whole file, holding the model and the AST rules read. */
export interface WatRoot {
  type: "Program";
  range: [number, number];
  loc: Location;
  module: Module;
  text: TextInput;
}

/** A comment as ESLint sees it, for directives. */
export interface CommentNode {
  type: "Comment";
  range: [number, number];
  loc: Location;
  value: string;
}

type ParseResult = { ok: true; ast: WatRoot } | { ok: false; errors: { message: string; line: number; column: number }[] };

export class WatSourceCode {
  readonly lines: string[];
  readonly #index: LineIndex;
  readonly visitorKeys = { Program: [] as string[] };

  constructor(
    readonly text: string,
    readonly ast: WatRoot,
    readonly comments: readonly Comment[],
  ) {
    this.#index = new LineIndex(text);
    this.lines = text.split(/\r?\n/);
  }

  getLoc(node: { range: [number, number] }): Location {
    return { start: this.#index.at(node.range[0]), end: this.#index.at(node.range[1]) };
  }

  locOf(start: number, end: number): Location {
    return { start: this.#index.at(start), end: this.#index.at(end) };
  }

  getRange(node: { range: [number, number] }): [number, number] {
    return node.range;
  }

  getParent(): undefined {
    return undefined;
  }

  getAncestors(): [] {
    return [];
  }

  /** The one root, entered and left: rules run their walk of the Module at its exit. */
  *traverse(): Iterable<{ kind: 1; target: WatRoot; phase: 1 | 2; args: [WatRoot] }> {
    yield { kind: 1, target: this.ast, phase: 1, args: [this.ast] };
    yield { kind: 1, target: this.ast, phase: 2, args: [this.ast] };
  }

  getDisableDirectives(): {
    problems: [];
    directives: { type: string; value: string; justification: string; node: CommentNode }[];
  } {
    const directives = readDirectives(this.text, this.comments, this.#index);
    return {
      problems: [],
      directives: directives.map((d) => ({
        type: d.kind,
        // ESLint names plugin rules with the plugin's prefix.
        value: (d.rules ?? []).map((r) => `wat/${r}`).join(", "),
        justification: d.justification,
        node: { type: "Comment", range: [d.start, d.end], loc: this.locOf(d.start, d.end), value: this.text.slice(d.start, d.end) },
      })),
    };
  }
}

export const watLanguage = {
  fileType: "text" as const,
  lineStart: 1,
  columnStart: 1,
  nodeTypeKey: "type",
  visitorKeys: { Program: [] as string[] },
  defaultLanguageOptions: {},

  validateLanguageOptions(options: Record<string, unknown>): void {
    const unknown = Object.keys(options ?? {});
    if (unknown.length > 0) throw new ConfigError(`watkit: unknown language option '${unknown[0]}'`);
  },

  parse(file: { body: string | Uint8Array }): ParseResult {
    const source = typeof file.body === "string" ? file.body : new TextDecoder().decode(file.body);
    let script: Script;
    try {
      // Old keyword spellings are read as `lint` reads them, so no-legacy-mnemonics reports the same.
      script = parseWat(source, { legacyNames: true });
      const first = script.commands[0];
      if (first?.kind !== "module" || first.module.kind !== "module") return { ok: false, errors: [{ message: "expected a text module", line: 1, column: 1 }] };
      const module = resolveModule(first.module, source);
      const { errors } = validate(module);
      const lines = new LineIndex(source);
      if (errors.length > 0) return { ok: false, errors: errors.map((d) => ({ message: describeDiagnostic(d), ...lines.at(d.offset ?? 0) })) };
      const root: WatRoot = {
        type: "Program",
        range: [0, source.length],
        loc: { start: lines.at(0), end: lines.at(source.length) },
        module,
        text: textInput(source, script, first.module),
      };
      return { ok: true, ast: root };
    } catch (error) {
      if (!(error instanceof WatError)) throw error;
      return { ok: false, errors: [{ message: error.reason, line: error.line, column: error.column }] };
    }
  },

  createSourceCode(file: { body: string | Uint8Array }, result: { ast: WatRoot }): WatSourceCode {
    const text = typeof file.body === "string" ? file.body : new TextDecoder().decode(file.body);
    return new WatSourceCode(text, result.ast, result.ast.text.script.comments);
  },
};
