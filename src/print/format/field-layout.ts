/**
 * The formatter's layout of a wide module field, function header or local
 * declaration of printed code, found without building and printing a
 * document: an import, an export, a type, a segment or a global whose line
 * is wider than the width, a function header with many parameters, a
 * function's many locals. Small modules printed one by one meet a few such
 * lines each, and the formatter's documents, seldom run, cost far more
 * there than the printing around them; a large module's segment of
 * thousands of function indices, filled like a paragraph, costs the
 * documents time that grows with every word.
 *
 * Such a field is a group (`groupDoc`): the head with its words on the
 * first line and each other segment (`segments`: a list, an instruction
 * with its immediates, a run of words) on a line of its own one level
 * deeper, the closing parenthesis ending the last. A segment whose line
 * fits the width stays flat, every group and run of words inside it too,
 * so it is the printed text as it is; a lone token (a long string) never
 * breaks; a lone list that does not fit is a group laid out the same way
 * one level deeper; a run of words that does not fit is filled
 * (`filledRun`). Anything else (an instruction's run of words that does
 * not fit, a comment or annotation other than an index comment, a string
 * with characters of more than one column, a body below a header, operands
 * with operands of their own) is left to the formatter.
 */
import { INDENT, MAX_INDENT_DEPTH } from "../layout.js";
import { filledWords, fillsWords } from "./filled-words.js";
import { blockRole, isFuncHeaderList, isHeadedList, isImmediateList, isInstrWord } from "./layout-doc.js";

const SPACE = 0x20;
const OPEN = 0x28;
const CLOSE = 0x29;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const SEMICOLON = 0x3b;
const AT = 0x40;

/** Lists nested deeper in a field than this are left to the formatter. */
const MAX_LIST_DEPTH = 16;

/** The module fields this layout knows, and the local declarations of a function, laid out as they are. */
const FIELDS: ReadonlySet<string> = new Set(["type", "import", "func", "table", "memory", "global", "export", "elem", "data", "tag", "local"]);

/**
 * `text`, one line of printed code at nesting `depth` (without its
 * indentation) holding a module field, or a function's header when
 * `header` (its list left open), followed by `after` on its line, as the
 * formatter lays it out within `width` columns; undefined when it is not
 * of that shape.
 */
export function fieldLayout(text: string, depth: number, header: boolean, width: number, after: string): string | undefined {
  const segs = new FieldScan(text, header, true).segments();
  return segs === undefined ? undefined : groupLayout(text, segs, INDENT.length * depth, header ? undefined : after, width);
}

/**
 * A group's `text` (its segments `segs`) starting at `column`, followed on
 * its last line by `closing`, or left open when that is undefined (a
 * header); undefined when some line cannot be laid out here.
 */
function groupLayout(text: string, segs: number[], column: number, closing: string | undefined, width: number): string | undefined {
  if (column + text.length + (closing?.length ?? 0) <= width) return text + (closing ?? "");
  // Past the cap bracket lines move left of the others: not this shape.
  if (column / INDENT.length + 2 >= MAX_INDENT_DEPTH) return undefined;
  const inner = column + INDENT.length;
  const lineBreak = "\n" + " ".repeat(inner);
  const head = text.slice(segs[0], segs[1]);
  // The head's words are filled with its continuation lines one level deeper, where the other segments go.
  const first = column + 1 + head.length > width ? filledRun(head, column + 1, inner, width) : head;
  if (first === undefined) return undefined;
  let out = text.slice(0, segs[0]) + first;
  for (let k = SEGMENT; k < segs.length; k += SEGMENT) {
    const seg = text.slice(segs[k], segs[k + 1]);
    const trailing = k === segs.length - SEGMENT && closing !== undefined ? ")" + closing : "";
    let line: string | undefined = seg + trailing;
    if (inner + line.length > width && segs[k + 2] === LIST) {
      const inside = new FieldScan(seg, false, false).segments();
      line = inside === undefined ? undefined : groupLayout(seg, inside, inner, trailing, width);
    } else if (inner + line.length > width && segs[k + 2] === MORE) {
      // An instruction's continuation lines go one level deeper: not this shape.
      const filled = isInstrWord(seg.slice(0, seg.indexOf(" "))) ? undefined : filledRun(seg, inner, inner, width);
      line = filled === undefined ? undefined : filled + trailing;
    }
    if (line === undefined) return undefined;
    out += lineBreak + line;
  }
  // The last segment's line ends with the closing parenthesis; without one, the first line does.
  return segs.length === SEGMENT && closing !== undefined ? out + ")" + closing : out;
}

/**
 * A run of words starting at `column`, filled as the formatter fills a
 * paragraph: each word after the first goes on the line of the one before
 * when it ends within the width (what follows the run is not counted),
 * otherwise it starts a line at `continued`; an index comment stays with
 * the word before it. A run too short to be filled (`fillsWords`) stays on
 * one line however wide. Undefined when the run holds anything but words
 * and index comments.
 */
function filledRun(run: string, column: number, continued: number, width: number): string | undefined {
  const parts: string[] = [];
  let runWidth = 0;
  for (const token of run.split(" ")) {
    const comment = token.startsWith("(;");
    if (comment ? !token.endsWith(";)") || parts.length === 0 : !isWord(token)) return undefined;
    if (comment) parts[parts.length - 1] += " " + token;
    else parts.push(token);
    runWidth += token.length + 1;
  }
  return fillsWords(parts.length, runWidth) ? filledWords(parts, column, continued, width) : run;
}

/** A word of printed code: printable ASCII but for parentheses, quotes and the starts of comments and annotations. */
function isWord(token: string): boolean {
  if (token.length === 0) return false;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c <= SPACE || c >= 0x7f || c === OPEN || c === CLOSE || c === QUOTE || c === SEMICOLON || c === AT) return false;
  }
  return true;
}

/** A segment in `FieldScan.segments`: its start, its end, and what it is: a lone token (a word or string, with the comments after it), a lone list, or more. */
const SEGMENT = 3;
const LONE = 1;
const LIST = 2;
const MORE = 0;

/** What a segment starts with, which decides what joins it (as `segments` does). */
const enum First {
  Word,
  Instr,
  List,
}

/** A scan of one field's text into its segments; undefined at the first thing that is not this shape. */
class FieldScan {
  private i = 0;

  constructor(
    private readonly text: string,
    private readonly header: boolean,
    /** The list is a module field (or a function's header), not a list inside one. */
    private readonly field: boolean,
  ) {}

  /** The segments of the field (see `SEGMENT`), the first after its opening parenthesis. */
  segments(): number[] | undefined {
    const text = this.text;
    if (text.charCodeAt(0) !== OPEN) return undefined;
    this.i = 1;
    const head = this.word();
    if (head === undefined || (this.field && !FIELDS.has(head))) return undefined;
    const func = head === "func";
    const segs = [1, this.i, MORE];
    let first = isInstrWord(head) ? First.Instr : First.Word;
    while (this.i < text.length) {
      const c = text.charCodeAt(this.i);
      if (c === CLOSE) {
        if (this.header || this.i !== text.length - 1) return undefined;
        return segs;
      }
      if (c !== SPACE) return undefined;
      const start = ++this.i;
      const next = text.charCodeAt(start);
      if (next === OPEN && text.charCodeAt(start + 1) === SEMICOLON) {
        // A block comment on the same line stays with what it follows.
        if (!this.blockComment()) return undefined;
      } else if (next === OPEN) {
        const listHead = this.list(0, 1);
        if (listHead === undefined || (func && !isFuncHeaderList(listHead))) return undefined;
        if (first === First.Instr && isImmediateList(listHead)) {
          this.extend(segs);
          continue;
        }
        segs.push(start, this.i, LIST);
        first = First.List;
        continue;
      } else {
        const word = next === QUOTE ? this.string() : this.word();
        if (word === undefined) return undefined;
        const instr = isInstrWord(word);
        if (func && instr) return undefined;
        if (!instr && first !== First.List) {
          this.extend(segs);
          continue;
        }
        segs.push(start, this.i, LONE);
        first = instr ? First.Instr : First.Word;
        continue;
      }
      // A comment joins its segment, which stays a lone token, but is no lone list any more.
      segs[segs.length - SEGMENT + 1] = this.i;
      if (segs[segs.length - 1] === LIST) segs[segs.length - 1] = MORE;
    }
    return this.header ? segs : undefined;
  }

  /** The last segment takes in what was read up to here. */
  private extend(segs: number[]): void {
    segs[segs.length - SEGMENT + 1] = this.i;
    segs[segs.length - 1] = MORE;
  }

  /**
   * A list nested in the field, from its opening parenthesis past its
   * closing one: its head word, or undefined when it is not a group of
   * groups and words. `instrs` counts the instruction-headed lists right
   * around it: a third inside two makes the outer one break
   * (`hasNestedOperands`). A function (an import's) must be all header.
   * `depth` counts the lists around it.
   */
  private list(instrs: number, depth: number): string | undefined {
    // Printed fields nest a few lists deep; deeper text is the formatter's, and the stack stays small.
    if (depth > MAX_LIST_DEPTH) return undefined;
    const text = this.text;
    this.i++;
    const head = this.word();
    if (head === undefined || (head !== "func" && isHeadedList(head)) || blockRole(head) === "open") return undefined;
    const func = head === "func";
    const instr = isInstrWord(head);
    if (instr && instrs === 2) return undefined;
    const inner = instr ? instrs + 1 : 0;
    while (this.i < text.length) {
      const c = text.charCodeAt(this.i);
      if (c === CLOSE) {
        this.i++;
        return head;
      }
      if (c !== SPACE) return undefined;
      const next = text.charCodeAt(++this.i);
      if (next === OPEN && text.charCodeAt(this.i + 1) === SEMICOLON) {
        if (!this.blockComment()) return undefined;
      } else if (next === OPEN) {
        const listHead = this.list(inner, depth + 1);
        if (listHead === undefined || (func && !isFuncHeaderList(listHead))) return undefined;
      } else {
        const word = next === QUOTE ? this.string() : this.word();
        if (word === undefined || (func && isInstrWord(word))) return undefined;
      }
    }
    return undefined;
  }

  /** A word (keyword, id, number): printable ASCII up to a space or parenthesis. */
  private word(): string | undefined {
    const text = this.text;
    const start = this.i;
    let i = start;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === SPACE || c === OPEN || c === CLOSE) break;
      if (c < SPACE || c >= 0x7f || c === QUOTE || c === SEMICOLON || c === AT) return undefined;
    }
    if (i === start) return undefined;
    this.i = i;
    return text.slice(start, i);
  }

  /** A string of printable ASCII (each character one column wide), escapes included. */
  private string(): string | undefined {
    const text = this.text;
    const start = this.i;
    for (let i = start + 1; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < SPACE || c >= 0x7f) return undefined;
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) {
        this.i = i + 1;
        return text.slice(start, this.i);
      }
    }
    return undefined;
  }

  /** `(;...;)` on one line. */
  private blockComment(): boolean {
    const end = this.text.indexOf(";)", this.i + 2);
    if (end < 0) return false;
    const body = this.text.slice(this.i + 2, end);
    if (body.includes("(;") || body.includes("\n")) return false;
    this.i = end + 2;
    return true;
  }
}
