/**
 * What every part of the AST builder reads from tokens: spans, ids and
 * references, numbers, strings and names (decoded, range-checked, located
 * errors), and the `@name` annotation after a token.
 */
import { ParserRuleContext, TerminalNode, type ParseTree, type Token } from "antlr4ng";
import { WatLexer } from "../../generated/WatLexer.js";
import { IdxContext } from "../../generated/WatParser.js";
import type { Id, NumLit, Ref, Span, StringLit } from "./ast.js";
import type { NameAnnotation, SourceAnnotations } from "./annotations.js";
import { lineColumn, WatSyntaxError } from "./errors.js";
import type { SourceText } from "./source-text.js";
import { LiteralError, parseName, parseNat32, parseString, shortDecimal } from "./literals.js";
import { LEGACY_NAMES, type LegacyName } from "./legacy-names.js";

export class TokenReader {
  /** `@name` annotations by the index of the token they follow, for those of `annotations.names` up to `#namesIndexed`. */
  readonly #namesByToken = new Map<number, NameAnnotation[]>();
  #namesIndexed = 0;
  readonly #usedNames = new Set<NameAnnotation>();

  /** Where old spellings were read as current ones; `undefined`: they are errors. */
  readonly legacyNames: LegacyName[] | undefined;

  constructor(
    readonly source: SourceText,
    readonly annotations: SourceAnnotations,
    readLegacyNames = false,
  ) {
    this.legacyNames = readLegacyNames ? [] : undefined;
  }

  /** The current spelling of an old keyword, read as it when old ones are accepted, else an error naming it. */
  current(token: Token, what: "instruction" | "type"): string {
    const old = token.text!;
    const current = LEGACY_NAMES.get(old);
    if (current === undefined) return old;
    if (this.legacyNames === undefined) this.error(`unknown ${what} ${old} (\`${old}\` is the old name of \`${current}\`)`, token);
    this.legacyNames.push({ start: token.start, end: token.stop + 1, old, current });
    return current;
  }

  error(message: string, at: number | Span | Token): never {
    const offset = typeof at === "number" ? at : "start" in at && "stop" in at ? (at as Token).start : (at as Span).start;
    throw new WatSyntaxError(message, this.source, offset);
  }

  span(ctx: ParserRuleContext): Span {
    return { start: startOf(ctx), end: endOf(ctx) };
  }

  literal<T>(token: Token, read: (text: string) => T): T {
    try {
      return read(token.text!);
    } catch (error) {
      if (error instanceof LiteralError) this.error(error.message, token);
      throw error;
    }
  }

  id(token: Token | null | undefined): Id | undefined {
    if (!token) return undefined;
    return { name: this.idName(token), start: token.start, end: token.stop + 1 };
  }

  /** The name an `$id` token spells, read from the source after the `$` (a quoted one unescaped). */
  private idName(token: Token): string {
    const name = this.source.slice(token.start + 1, token.stop + 1);
    if (name === "") this.error("empty identifier", token);
    if (name.charCodeAt(0) !== 0x22) return name;
    const unquoted = this.literal(token, (t) => parseName(t.slice(1)));
    if (unquoted === "") this.error("empty identifier", token);
    return unquoted;
  }

  ref(ctx: IdxContext): Ref {
    return this.refToken(ctx.start!);
  }

  refToken(token: Token): Ref {
    if (token.type === WatLexer.ID) return { kind: "id", name: this.idName(token), start: token.start, end: token.stop + 1 };
    const value = this.shortDecimal(token) ?? this.literal(token, parseNat32);
    return { kind: "index", value, start: token.start, end: token.stop + 1 };
  }

  /**
   * A number token read from the source when `shortDecimal` reads it
   * (most are); undefined for any other spelling, which the literal
   * parsers read.
   */
  shortDecimal(token: Token): number | undefined {
    const source = this.source;
    return typeof source === "string" ? shortDecimal(source, token.start, token.stop + 1) : undefined;
  }

  num(token: Token): NumLit {
    return { text: token.text!, start: token.start, end: token.stop + 1 };
  }

  string(token: Token): StringLit {
    return { bytes: this.literal(token, parseString), start: token.start, end: token.stop + 1 };
  }

  name(token: Token): string {
    return this.literal(token, parseName);
  }

  /** The `(@name "...")` annotation right after a token (only whitespace and comments between). */
  nameAfter(token: Token | null): string | undefined {
    const names = this.annotations.names;
    if (!token || names.length === 0) return undefined;
    // Indexed by token as they are read: every parameter and local asks, so a scan per question would be quadratic.
    for (; this.#namesIndexed < names.length; this.#namesIndexed++) {
      const name = names[this.#namesIndexed];
      const list = this.#namesByToken.get(name.after);
      if (list === undefined) this.#namesByToken.set(name.after, [name]);
      else list.push(name);
    }
    const found = this.#namesByToken.get(token.tokenIndex);
    if (found === undefined) return undefined;
    if (found.length > 1) this.error("@name annotation: multiple names", found[1].start);
    this.#usedNames.add(found[0]);
    return found[0].name;
  }

  token(ctx: ParserRuleContext, type: number): Token | undefined {
    for (const child of ctx.children) if (child instanceof TerminalNode && child.symbol.type === type) return child.symbol;
    return undefined;
  }

  /** `line:column` of an offset, for messages that point at a second place. */
  at(offset: number): string {
    const { line, column } = lineColumn(this.source, offset);
    return `${line}:${column}`;
  }

  /** Every `@name` annotation must have followed a token that takes a name. */
  checkLeftoverNames(): void {
    for (const name of this.annotations.names) {
      if (!this.#usedNames.has(name)) this.error("misplaced @name annotation", name.start);
    }
  }
}

/*
 * A node's span is written as two properties rather than spread in from a
 * `Span`: on Node 20 an object literal ending in a spread took about 50 ns,
 * a literal with the two numbers about 1.
 */
export function startOf(ctx: ParserRuleContext): number {
  return ctx.start!.start;
}

export function endOf(ctx: ParserRuleContext): number {
  return ctx.stop!.stop + 1;
}

/** The token of a child that is a terminal of the given type. */
export function terminalOf(child: ParseTree | null | undefined, type: number): Token | undefined {
  return child instanceof TerminalNode && child.symbol.type === type ? child.symbol : undefined;
}

/** Where a child's last token ends. An empty rule's stop token is the one before it, which is what a span wants. */
export function endOfChild(child: ParseTree): number {
  return child instanceof TerminalNode ? child.symbol.stop + 1 : (child as ParserRuleContext).stop!.stop + 1;
}
