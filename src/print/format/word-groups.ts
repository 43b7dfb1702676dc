/**
 * The formatter's layout of the commonest wide pieces of printed code, found
 * without building and printing a document: a folded instruction whose
 * operands are instructions of words only, such as
 * `(i64.store (local.get 1) (i64.const 268435456))` past the indentation
 * cap (compiler output holds tens of thousands of them), and a flat
 * instruction with many immediates, such as a `br_table` of thousands of
 * labels, whose words the formatter fills like a paragraph at a cost that
 * grows with every word.
 *
 * `groupDoc` makes such a list one group: on one line when it fits with
 * what follows it on its line, otherwise the head and its immediates on the
 * first line and each operand on a line of its own, one level deeper up to
 * the cap. None of its runs of words is long enough to be filled like a
 * paragraph (`fillsWords`), so nothing else can break. Anything else (a
 * comment, a string, an annotation, a nested operand, a block, an
 * immediate list) is not this shape, and `wordGroupLayout` leaves it to
 * the formatter.
 */
import { INDENT, MAX_INDENT_DEPTH } from "../layout.js";
import { filledWords, fillsWords } from "./filled-words.js";
import { blockRole, isGroupedInstr, isImmediateList, isImmediateWord } from "./layout-doc.js";

const SPACE = 0x20;
const OPEN = 0x28;
const CLOSE = 0x29;

/**
 * `text`, one line of printed code at nesting `depth` followed by `after` on
 * its line, as the formatter lays it out within `width` columns (without the
 * indentation of its first line); undefined when it is not of that shape.
 */
export function wordGroupLayout(text: string, depth: number, width: number, after: string): string | undefined {
  const lists = wordLists(text);
  if (lists === undefined) return undefined;
  const levels = Math.min(depth, MAX_INDENT_DEPTH);
  if (INDENT.length * levels + text.length + after.length <= width) return text + after;
  const operandIndent = INDENT.length * (depth < MAX_INDENT_DEPTH ? levels + 1 : levels);
  const lineBreak = "\n" + " ".repeat(operandIndent);
  let out = text.slice(lists[0], lists[1]);
  for (let k = 2; k < lists.length; k += 2) out += lineBreak + text.slice(lists[k], lists[k + 1]);
  return out + ")" + after;
}

/**
 * `text`, one line of printed code at nesting `depth` made of an instruction
 * that opens, continues or closes no block and its immediates, all words,
 * followed by `after` on its line, as the formatter lays it out within
 * `width` columns; undefined when it is not of that shape.
 *
 * Many words are filled: each goes on the line of the word before it when
 * it ends within the width (what follows the last one is not counted),
 * otherwise it starts a line one level deeper, up to the cap. Few are kept
 * on one line however wide.
 */
export function wordLineLayout(text: string, depth: number, width: number, after: string): string | undefined {
  const words = text.split(" ");
  const head = words[0];
  if (isImmediateWord(head) || blockRole(head) !== undefined) return undefined;
  let wordsWidth = 0;
  for (let k = 0; k < words.length; k++) {
    const word = words[k];
    if (word.length === 0 || (k > 0 && !isImmediateWord(word))) return undefined;
    for (let i = 0; i < word.length; i++) if (!isWordChar(word.charCodeAt(i))) return undefined;
    wordsWidth += word.length + 1;
  }
  if (!fillsWords(words.length, wordsWidth)) return text + after;
  const levels = Math.min(depth, MAX_INDENT_DEPTH);
  const continued = INDENT.length * (depth < MAX_INDENT_DEPTH ? levels + 1 : levels);
  return filledWords(words, INDENT.length * levels, continued, width) + after;
}

/**
 * `text`, one line of printed code made of an instruction whose immediates
 * include lists of a few words (`call_indirect 1 (type 4)`), followed by
 * `after`, as the formatter lays it out: whole, however wide. A run with a
 * list among its parts is filled only when it has many parts, and a list
 * of a few words is a group with nothing to break. Undefined when it is
 * not of that shape (no list, a list of many words, many parts).
 */
export function immediateListLine(text: string, after: string): string | undefined {
  const tokens = text.split(" ");
  const head = tokens[0];
  if (!isPlainWord(head) || isImmediateWord(head) || blockRole(head) !== undefined) return undefined;
  let parts = 1;
  let lists = 0;
  for (let k = 1; k < tokens.length; k++) {
    parts++;
    if (tokens[k].charCodeAt(0) !== OPEN) {
      if (!isPlainWord(tokens[k]) || !isImmediateWord(tokens[k])) return undefined;
      continue;
    }
    const listHead = tokens[k].slice(1);
    if (!isPlainWord(listHead) || !isImmediateList(listHead)) return undefined;
    let words = 1;
    let width = listHead.length + 1;
    for (let closed = false; !closed; ) {
      if (++k === tokens.length) return undefined;
      closed = tokens[k].endsWith(")");
      const word = closed ? tokens[k].slice(0, -1) : tokens[k];
      if (!isPlainWord(word) || !isImmediateWord(word)) return undefined;
      words++;
      width += word.length + 1;
    }
    if (fillsWords(words, width)) return undefined;
    lists++;
  }
  // A run with a list among its parts counts no width (`wordsWidth`): only its number of parts can fill it.
  return lists > 0 && !fillsWords(parts, 0) ? text + after : undefined;
}

function isPlainWord(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) if (!isWordChar(word.charCodeAt(i))) return false;
  return true;
}

/**
 * For `(head words... (word...) (word...))` with single spaces between its
 * tokens, the start and end of the head with its words (without the closing
 * parenthesis) and of each operand list; undefined for any other text.
 */
function wordLists(text: string): number[] | undefined {
  const n = text.length;
  if (n < 2 || text.charCodeAt(0) !== OPEN || text.charCodeAt(n - 1) !== CLOSE) return undefined;
  const bounds: number[] = [0];
  let i = 1;
  /** Where the list being read started, its words and their width with a space each. */
  let listStart = 0;
  let words = 0;
  let wordsWidth = 0;
  let inOperand = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === OPEN) {
      if (inOperand || words === 0 || text.charCodeAt(i - 1) !== SPACE || !staysOnOneLine(words, wordsWidth)) return undefined;
      if (bounds.length === 1) bounds.push(i - 1);
      listStart = i;
      inOperand = true;
      words = 0;
      wordsWidth = 0;
      i++;
    } else if (c === CLOSE) {
      if (words === 0 || !staysOnOneLine(words, wordsWidth)) return undefined;
      if (!inOperand) return i === n - 1 && bounds.length > 1 ? bounds : undefined;
      bounds.push(listStart, i + 1);
      inOperand = false;
      i++;
      if (i < n - 1) {
        if (text.charCodeAt(i) !== SPACE) return undefined;
        i++;
      }
    } else {
      // Words after an operand would start segments of their own.
      if (!inOperand && bounds.length > 1) return undefined;
      let end = i;
      while (end < n && isWordChar(text.charCodeAt(end))) end++;
      if (end === i) return undefined;
      const word = text.slice(i, end);
      if (words === 0 ? !isGroupedInstr(word) : !isImmediateWord(word)) return undefined;
      words++;
      wordsWidth += word.length + 1;
      i = end;
      if (i < n && text.charCodeAt(i) === SPACE) {
        i++;
        if (text.charCodeAt(i) === CLOSE) return undefined;
      }
    }
  }
  return undefined;
}

/** Whether a run of words stays on one line rather than being filled. */
function staysOnOneLine(words: number, width: number): boolean {
  return !fillsWords(words, width);
}

/** Characters of a word: printable ASCII except space, parentheses, quotes and `;` (comments). */
function isWordChar(c: number): boolean {
  return c > SPACE && c < 0x7f && c !== OPEN && c !== CLOSE && c !== 0x22 && c !== 0x3b;
}
