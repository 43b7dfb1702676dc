/**
 * Lines wider than the print width, broken where the formatter breaks them.
 *
 * The printer writes each construct on the lines `layout.ts` gives it, at
 * full speed, and tells `Wrap` where the pieces begin and end that the
 * formatter lays out on their own (`format/relayout.ts`): a module field, a
 * function's header, a local, an instruction of a body with its folded
 * operands, a folded operand, a folded block or its header, a flat block's
 * `block`/`else`/`end` line. When a piece ends and one of its own lines
 * (not one of a piece inside it) is wider than the width, the piece's text
 * is replaced by the formatter's layout of it. The last operand of a folded
 * instruction is a tail piece: the parentheses closing the lists around it
 * follow on its last line, and count for the width when it is laid out.
 *
 * A line that fits is already where the formatter puts it, so the output is
 * what `format` makes of it at the same width (`fmt --check` passes on it),
 * while the formatter only sees the few pieces with a wide line. While a
 * piece is open the output keeps its text rather than handing it on, so
 * what is held is at most the largest top-level piece (a folded block can
 * hold a function's body).
 */
import { objectList } from "../module/empty.js";
import { fillsWords } from "./format/filled-words.js";
import { MAX_INDENT_DEPTH } from "./layout.js";
import { relayouter } from "./on-first-use.js";
import type { TextOut } from "./text-out.js";

/**
 * Pieces no longer than this are remembered with their layout: compiler
 * output past the indentation cap repeats the same short expressions
 * (`(i32.sub (local.get 1) (i32.const 8))`) thousands of times, and modules
 * printed one after the other (a test suite's) repeat the same wide
 * headers and segments.
 */
const REMEMBERED_LENGTH = 160;

/** Layouts remembered at most; then they are forgotten together, which bounds the memory. */
const REMEMBERED_COUNT = 4096;

/** Layouts made of short pieces, by width, depth (past the cap all depths lay out alike), kind, what follows and text. */
const layouts = new Map<string, string>();

interface Piece {
  /** Where its text starts in the output, after its first line's indentation. */
  start: number;
  /** The nesting depth of its first line. */
  depth: number;
  /** It is the header of a list whose body follows on lines of its own. */
  header: boolean;
  /** One of its own lines is wider than the width. */
  wide: boolean;
  /** Its last line goes on with the closing parentheses of the lists around it. */
  tail: boolean;
  /** For a tail piece that has ended: where its own text ends. */
  end: number;
  /** Its lines are laid out already (`laidOut`). */
  laidOut: boolean;
}

export class Wrap {
  private readonly open: Piece[] = objectList();
  /** Tail pieces ended on the line being written, innermost first; they are settled at the end of the line. */
  private readonly ending: Piece[] = objectList();
  /** Where the line being written starts in the output. */
  private lineStart = 0;
  /** Pieces settled, for `begin` to take again: a body begins one per instruction. */
  private readonly spare: Piece[] = objectList();

  constructor(
    private readonly out: TextOut,
    private readonly width: number,
  ) {}

  /** Call before writing a line break: notes whether the line it ends is too wide for the piece it belongs to. */
  lineBreak(): void {
    if (this.ending.length > 0) this.settle();
    const at = this.out.length;
    const open = this.open;
    if (at - this.lineStart > this.width && open.length > 0) open[open.length - 1].wide = true;
    this.lineStart = at + 1;
  }

  /** A piece starts here, at nesting `depth`, after its line's indentation. */
  begin(depth: number, header = false, tail = false): void {
    const start = this.out.length;
    const piece = this.spare.pop();
    if (piece === undefined) this.open.push({ start, depth, header, wide: false, tail, end: -1, laidOut: false });
    else {
      piece.start = start;
      piece.depth = depth;
      piece.header = header;
      piece.wide = false;
      piece.tail = tail;
      piece.end = -1;
      piece.laidOut = false;
      this.open.push(piece);
    }
    this.out.hold = true;
  }

  /**
   * The innermost piece's lines are the formatter's already: the printer
   * wrote them so (line breaks without `lineBreak` included), and `end`
   * keeps them.
   */
  laidOut(): void {
    this.open[this.open.length - 1].laidOut = true;
  }

  /** The innermost piece ends here: at the end of a line (a line break or the end of the text follows), or a tail piece's own text. */
  end(): void {
    const piece = this.open.pop()!;
    const out = this.out;
    if (piece.tail) {
      piece.end = out.length;
      this.ending.push(piece);
      return;
    }
    if (this.ending.length > 0) this.settle();
    if (!piece.laidOut && (piece.wide || (out.length - this.lineStart > this.width && !this.unbreakable(piece.start, out.length)))) {
      const text = this.relaid(out.textFrom(piece.start), piece.depth, piece.header, "");
      out.truncate(piece.start);
      out.text(text);
    }
    // The piece's lines are settled: none of them makes the piece around it wide.
    this.spare.push(piece);
    this.lineStart = out.length;
    out.hold = this.open.length > 0;
  }

  /**
   * `begin(depth)` at `start` and `end()` here, for a piece of one line
   * (its line begun `indent` columns before `start`) written while no piece
   * is open: bodies printed from the model (`flat-body.ts`) lay out each
   * instruction's line so, without a piece for it.
   */
  oneLine(start: number, indent: number, depth: number): void {
    const out = this.out;
    if (out.length - start + indent <= this.width) return;
    this.lineStart = start - indent;
    if (!this.unbreakable(start, out.length)) {
      const text = this.relaid(out.textFrom(start), depth, false, "");
      out.truncate(start);
      out.text(text);
    }
    this.lineStart = out.length;
  }

  /**
   * At the end of a line: lays out again the tail pieces ended on it that
   * have a wide line, the innermost one also when the line itself is wide,
   * each with the rest of the line after it.
   */
  private settle(): void {
    const out = this.out;
    const wideLine = out.length - this.lineStart > this.width;
    /** How much the pieces inside the next one grew or shrank. */
    let shift = 0;
    for (let k = 0; k < this.ending.length; k++) {
      const piece = this.ending[k];
      if (!piece.wide && !(k === 0 && wideLine && !this.unbreakable(piece.start, piece.end))) continue;
      const before = out.length;
      const text = out.textFrom(piece.start);
      const after = text.length - (before - (piece.end + shift));
      out.truncate(piece.start);
      out.text(this.relaid(text.slice(0, after), piece.depth, false, text.slice(after)));
      shift += out.length - before;
    }
    for (const piece of this.ending) this.spare.push(piece);
    this.ending.length = 0;
    this.lineStart = out.length;
    out.hold = this.open.length > 0;
  }

  /** `relayout` at this width, remembered for short pieces. */
  private relaid(text: string, depth: number, header: boolean, after: string): string {
    if (text.length > REMEMBERED_LENGTH) return relayouter().relayout(text, depth, header, this.width, after);
    const key = `${this.width} ${Math.min(depth, MAX_INDENT_DEPTH)} ${header ? "h" : "b"} ${after}\n${text}`;
    let laidOut = layouts.get(key);
    if (laidOut === undefined) {
      laidOut = relayouter().relayout(text, depth, header, this.width, after);
      if (layouts.size >= REMEMBERED_COUNT) layouts.clear();
      layouts.set(key, laidOut);
    }
    return laidOut;
  }

  /**
   * A piece of one line of words, or one list of words (no other list, no
   * string), that the formatter keeps on one line however wide: most wide
   * lines of deeply nested code, such as `i64.load offset=8` or
   * `(local.get 0)))` past the indentation cap.
   */
  private unbreakable(start: number, end: number): boolean {
    if (start < this.lineStart) return false;
    const bytes = this.out.bytesFrom(start).subarray(0, end - start);
    const list = bytes[0] === OPEN && bytes[bytes.length - 1] === CLOSE ? 1 : 0;
    let words = 1;
    for (let i = list; i < bytes.length - list; i++) {
      const c = bytes[i];
      if (c === SPACE) words++;
      else if (c === OPEN || c === QUOTE) return false;
    }
    return !fillsWords(words, bytes.length - 2 * list + 1);
  }
}

const SPACE = 0x20;
const OPEN = 0x28;
const CLOSE = 0x29;
const QUOTE = 0x22;
