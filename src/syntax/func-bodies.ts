/**
 * Where the function bodies of a module's text are, found without parsing:
 * a scan of the top-level fields that steps over strings, comments and
 * annotations (`token-ends.ts`) and reads only a function's header (its id
 * and its `export`, `import`, `type`, `param`, `result` and `local`
 * groups). What is left when the bodies are cut out, the skeleton, parses
 * into the same module with every function's code empty; each body can then
 * be parsed on its own, in the skeleton's scope.
 *
 * The scan decides nothing about validity: text it cannot follow (a quoted
 * or binary module, a script, an annotation other than `(@name ...)`
 * followed by more of a function's header, anything unclosed) has no
 * split, and is left to the parser to accept or report. Other annotations
 * after the header begin the body: they belong to its first instruction.
 */
import { annotationEnd, blockCommentEnd, type CharAt, isIdChar, lineCommentEnd, stringEnd } from "./token-ends.js";
import { ChunkedText, type SourceText } from "./source-text.js";

/** The body of a function field that defines its function: [start, end) of the text, between its header and its closing `)` (empty for an empty body). */
export interface BodySlot {
  /** Which function field it is, counting every function field of the module (imports included) in text order. */
  field: number;
  start: number;
  end: number;
}

/** A top-level data field: [start, end) of the text, and where its id ends (`kept`: what `bodySkeleton` keeps of it, before its `)`). */
export interface DataSlot {
  start: number;
  kept: number;
  end: number;
}

export interface FuncSplit {
  /** The text without the bodies. */
  skeleton: string;
  /** Top-level data fields, for `bodySkeleton`. */
  datas: DataSlot[];
  /** Function fields of the module, imports included. */
  funcFields: number;
  bodies: BodySlot[];
}

/** The groups a function's header may hold, before its first instruction. */
const HEADER_GROUPS: ReadonlySet<string> = new Set(["export", "import", "type", "param", "result", "local"]);

const OPEN = 0x28;
const CLOSE = 0x29;
const SEMICOLON = 0x3b;
const QUOTE = 0x22;
const AT = 0x40;
const DOLLAR = 0x24;
const SPECIAL = /[()";]/g;

/** Thrown inside the scan for text it does not follow. */
class NoSplit extends Error {}

function noSplit(): never {
  throw new NoSplit();
}

/** The split of a module's text, or undefined when the text is not one module of plain fields the scan can follow. */
export function splitFuncBodies(text: SourceText): FuncSplit | undefined {
  try {
    return new Scan(text).run();
  } catch (error) {
    if (error instanceof NoSplit) return undefined;
    throw error;
  }
}

class Scan {
  private readonly charAt: CharAt;
  private readonly chunked: ChunkedText | undefined;
  private funcFields = 0;
  private readonly bodies: BodySlot[] = [];
  private readonly datas: DataSlot[] = [];

  constructor(private readonly text: SourceText) {
    this.chunked = text instanceof ChunkedText ? text : undefined;
    this.charAt = this.chunked !== undefined ? chunkedChars(this.chunked) : stringChars(text as string);
  }

  run(): FuncSplit {
    const { charAt } = this;
    let at = this.trivia(0);
    const wrapped = this.keywordAt(at) === "module";
    if (wrapped) {
      at = this.trivia(at + 1 + "module".length);
      if (charAt(at) === DOLLAR) at = this.trivia(this.idEnd(at));
      // `(module quote ...)`, `(module binary ...)` and `(module definition ...)` are not plain fields.
      if (isIdChar(charAt(at))) noSplit();
    }
    for (;;) {
      at = this.trivia(at);
      const c = charAt(at);
      if (c < 0) {
        if (wrapped) noSplit();
        break;
      }
      if (c === CLOSE && wrapped) {
        if (charAt(this.trivia(at + 1)) >= 0) noSplit();
        break;
      }
      if (c !== OPEN) noSplit();
      if (charAt(at + 1) === AT) {
        at = annotationEnd(charAt, at, noSplit);
        if (at < 0) noSplit();
        continue;
      }
      const keyword = this.keywordAt(at);
      if (keyword === "func") at = this.func(at);
      else if (keyword === "data") at = this.data(at);
      else at = this.close(at + 1, 1);
    }
    return { skeleton: without(this.text, this.bodies), funcFields: this.funcFields, bodies: this.bodies, datas: this.datas };
  }

  /** Reads the data field at `at` (its `(`); returns where it ends. */
  private data(at: number): number {
    let kept = this.trivia(at + 1 + "data".length);
    if (this.charAt(kept) === DOLLAR) kept = this.idEnd(kept);
    const end = this.close(at + 1, 1);
    this.datas.push({ start: at, kept, end });
    return end;
  }

  /** Reads the function field at `at` (its `(`); returns where it ends. */
  private func(at: number): number {
    const { charAt } = this;
    const field = this.funcFields++;
    at = this.trivia(at + 1 + "func".length);
    if (charAt(at) === DOLLAR) at = this.idEnd(at);
    let imported = false;
    for (;;) {
      at = this.trivia(at);
      if (charAt(at) !== OPEN) break;
      if (charAt(at + 1) === AT) {
        const end = this.headerAnnotationEnd(at);
        if (end < 0) break;
        at = end;
        continue;
      }
      const keyword = this.keywordAt(at);
      if (keyword === undefined || !HEADER_GROUPS.has(keyword)) break;
      if (keyword === "import") imported = true;
      at = this.close(at + 1, 1);
    }
    const end = this.close(at, 1);
    if (!imported) this.bodies.push({ field, start: at, end: end - 1 });
    return end;
  }

  /**
   * Past the annotation at `at` in a function's header when it is the
   * header's, `(@name ...)`; -1 when it starts the body. Apart from `func`,
   * which most fields take without one, so that it is compiled small.
   */
  private headerAnnotationEnd(at: number): number {
    const { charAt } = this;
    if (this.isName(at)) {
      const end = annotationEnd(charAt, at, noSplit);
      return end < 0 ? noSplit() : end;
    }
    // Other annotations belong to the first instruction, the body's, unless a header group or name follows them (code metadata there describes the whole function).
    let after = at;
    while (charAt(after) === OPEN && charAt(after + 1) === AT) {
      if (this.isName(after)) noSplit();
      after = annotationEnd(charAt, after, noSplit);
      if (after < 0) noSplit();
      after = this.trivia(after);
    }
    const next = this.keywordAt(after);
    if (next !== undefined && HEADER_GROUPS.has(next)) noSplit();
    return -1;
  }

  /** Whether the annotation at `at` is `(@name ...)`. */
  private isName(at: number): boolean {
    return this.text.startsWith("(@name", at) && !isIdChar(this.charAt(at + "(@name".length));
  }

  /** The keyword after the `(` at `at`, if a run of identifier characters follows it directly. */
  private keywordAt(at: number): string | undefined {
    const { charAt } = this;
    if (charAt(at) !== OPEN) return undefined;
    let end = at + 1;
    while (isIdChar(charAt(end))) end++;
    return end > at + 1 ? this.text.slice(at + 1, end) : undefined;
  }

  /** End of the `$id` (or `$"..."`) at `at`. */
  private idEnd(at: number): number {
    const { charAt } = this;
    if (charAt(at + 1) === QUOTE) {
      at = stringEnd(charAt, at + 1);
      if (at < 0) noSplit();
    } else {
      at++;
      while (isIdChar(charAt(at))) at++;
    }
    // An id run into more of a token (`$"a"nop`, `$a"b"`) is one malformed token, which the parser reports: cut
    // there, the pieces would read as an id and the body's first instruction.
    const next = charAt(at);
    return isIdChar(next) || next === QUOTE ? noSplit() : at;
  }

  /** Past whitespace and comments. */
  private trivia(at: number): number {
    const { charAt } = this;
    for (;;) {
      const c = charAt(at);
      if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d) at++;
      else if (c === SEMICOLON && charAt(at + 1) === SEMICOLON) at = lineCommentEnd(charAt, at);
      else if (c === OPEN && charAt(at + 1) === SEMICOLON) at = blockCommentEnd(charAt, at, noSplit);
      else return at;
    }
  }

  /** Where the text from `at`, inside `depth` open parentheses, closes the outermost of them (just past its `)`). */
  private close(at: number, depth: number): number {
    const { charAt } = this;
    for (;;) {
      at = this.nextSpecial(at);
      const c = charAt(at);
      if (c === OPEN) {
        const next = charAt(at + 1);
        if (next === SEMICOLON) {
          at = blockCommentEnd(charAt, at, noSplit);
        } else if (next === AT) {
          const end = annotationEnd(charAt, at, noSplit);
          if (end < 0) {
            depth++;
            at++;
          } else {
            at = end;
          }
        } else {
          depth++;
          at++;
        }
      } else if (c === CLOSE) {
        at++;
        if (--depth === 0) return at;
      } else if (c === QUOTE) {
        at = stringEnd(charAt, at);
        if (at < 0) noSplit();
      } else if (charAt(at + 1) === SEMICOLON) {
        at = lineCommentEnd(charAt, at);
      } else {
        at++;
      }
    }
  }

  /** The next `(`, `)`, `"` or `;` from `at`: the only characters that change what the scan is in. */
  private nextSpecial(at: number): number {
    // A regular expression finds it far faster than a loop over the characters.
    const chunked = this.chunked;
    if (chunked === undefined) {
      SPECIAL.lastIndex = at;
      return SPECIAL.test(this.text as string) ? SPECIAL.lastIndex - 1 : noSplit();
    }
    for (let chunk = at < chunked.length ? chunked.chunkAt(at) : chunked.chunks.length; chunk < chunked.chunks.length; chunk++) {
      const base = chunked.chunkStart(chunk);
      SPECIAL.lastIndex = Math.max(0, at - base);
      if (SPECIAL.test(chunked.chunks[chunk])) return base + SPECIAL.lastIndex - 1;
    }
    return noSplit();
  }
}

/**
 * The skeleton of `text` with each top-level data field also cut to its id,
 * `(data $id)`: the same index spaces and scopes for the bodies, without the
 * bytes of the segments (most of a compiler's skeleton), for a thread that
 * only converts bodies.
 */
export function bodySkeleton(text: SourceText, split: FuncSplit): string {
  const cuts = [...split.bodies, ...split.datas.map((d) => ({ start: d.kept, end: d.end - 1 }))].sort((a, b) => a.start - b.start);
  return without(text, cuts);
}

/** The text without the ranges `cuts` (in order, apart). */
function without(text: SourceText, cuts: readonly { start: number; end: number }[]): string {
  const parts: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    parts.push(text.slice(from, cut.start));
    from = cut.end;
  }
  parts.push(text.slice(from));
  return parts.join("");
}

function stringChars(text: string): CharAt {
  const length = text.length;
  return (offset) => (offset < length ? text.charCodeAt(offset) : -1);
}

/** Characters of a chunked text, remembering the chunk last read (the scan reads forwards). */
function chunkedChars(text: ChunkedText): CharAt {
  let chunk = 0;
  let base = 0;
  let limit = text.chunks.length > 0 ? text.chunks[0].length : 0;
  return (offset) => {
    if (offset < base || offset >= limit) {
      if (offset >= text.length || offset < 0) return -1;
      chunk = text.chunkAt(offset);
      base = text.chunkStart(chunk);
      limit = base + text.chunks[chunk].length;
    }
    return text.chunks[chunk].charCodeAt(offset - base);
  };
}
