/**
 * The formatter's layout: concrete syntax tree -> Prettier document, with
 * the rules of `../layout.ts` that wasm2wat's printer follows:
 *
 * - a module field, a local, an instruction per line; flat block bodies one
 *   level deeper, `else`/`catch`/`end` back at the block's level;
 * - a function's or folded block's body one level deeper than its header,
 *   the closing parenthesis on a line of its own;
 * - everything else (types, imports, folded plain instructions, script
 *   commands) is a group: on one line when it fits, otherwise one part per
 *   line one level deeper, the closing parenthesis ending the last part;
 * - an instruction stays with its immediates (`br_table` labels and data
 *   strings wrap like words of a paragraph);
 * - a comment or annotation on the same line as the token before it stays
 *   there; one on a line of its own stays on a line of its own; a blank line
 *   between two parts is kept (runs of blank lines collapse to one);
 * - indentation stops growing at the printer's depth, with bracket lines one
 *   level to the left past it (`indentLevel`): every function of this file
 *   is told the level its node starts at.
 *
 * Tokens are printed as spelled; nothing is added, dropped or reordered.
 */
import { builders, utils } from "prettier/doc";
import { instrByName, type InstrDef } from "../../isa/instructions.js";
import { indentLevel, MAX_INDENT_DEPTH } from "../layout.js";
import { headWord, type CstList, type CstNode, type CstToken } from "./cst.js";
import { fillsWords } from "./filled-words.js";

type Doc = builders.Doc;

const { breakParent, conditionalGroup, dedent, fill, group, hardline, indent, line } = builders;

/** A list among a segment's parts: laid out once the level it starts at is known. */
interface ListPart {
  list: CstList;
  /** Comments and annotations on the same line after the list, kept on its last line. */
  after?: Doc[];
}

type Part = Doc | ListPart;

/** A run of tokens that stays together: an instruction and its immediates, a keyword and its words, a list, a comment. */
interface Segment {
  /** Index of its first node among the list's children. */
  index: number;
  parts: Part[];
  /** Its first part is an instruction mnemonic: words and immediate lists after it belong to it. */
  instr: boolean;
  /** The first word. */
  word?: string;
  /** What a line starting with the first word does to the indentation (flat block structure). */
  role: BlockRole;
  newlines: number;
  /** A comment on a line of its own. */
  comment: boolean;
  /** Comments after it on the same line. */
  trailing: Doc[];
  endsWithLineComment: boolean;
}

/** Lists that are immediates of the instruction before them: block types, type uses, catch and resume handler clauses, reference types, exact and shared heap types. */
const IMMEDIATE_LISTS: ReadonlySet<string> = new Set([
  "type", "param", "result", "catch", "catch_ref", "catch_all", "catch_all_ref", "ref", "on", "exact", "shared",
]);

/** Lists whose header words and lists go on the first line, and whose other parts go one per line below. */
const BLOCK_LISTS: ReadonlySet<string> = new Set([
  "block", "loop", "if", "try", "try_table", "then", "else", "do", "catch", "catch_all",
]);

const FUNC_HEADER_LISTS: ReadonlySet<string> = new Set(["export", "import", "type", "exact", "param", "result"]);
const BLOCK_HEADER_LISTS: ReadonlySet<string> = new Set(["type", "param", "result"]);
const TRY_TABLE_CLAUSES: ReadonlySet<string> = new Set(["catch", "catch_ref", "catch_all", "catch_all_ref"]);

/** How the layout may differ: `compactBodies` keeps a body of one instruction on its header's line when both fit. */
export interface LayoutOptions {
  compactBodies: boolean;
}

/** The layout of `node`, whose first line is indented `level` levels. */
export function nodeDoc(node: CstNode, options: LayoutOptions, level: number): Doc {
  return node.kind === "list" ? listDoc(node, options, level) : tokenDoc(node);
}

/**
 * Layouts of lists that take several lines at any width (a body below a
 * header, operands below an instruction): their first line is a bracket
 * line.
 */
const MULTI_LINE = new WeakSet<object>();

/** `doc` indented one level deeper than `level`, up to `MAX_INDENT_DEPTH`. */
function deeper(level: number, doc: Doc): Doc {
  return level < MAX_INDENT_DEPTH ? indent(doc) : doc;
}

/** `lineBreak` before a bracket line at `level`: one level to the left past the depth where indentation stops. */
function bracketBreak(level: number, lineBreak: Doc): Doc {
  return indentLevel(level, true) < indentLevel(level, false) ? dedent(lineBreak) : lineBreak;
}

function tokenDoc(node: CstToken): Doc {
  // A multi-line block comment or annotation cannot share a line with what follows a group.
  return node.text.includes("\n") ? [node.text, breakParent] : node.text;
}

/**
 * Layouts made, by list: a compact body is laid out both on one line and
 * expanded, and the two share the layouts of its parts (laying them out
 * again would double the work at each level of nesting). Without
 * `compactBodies` each list is laid out once, and nothing is kept (weakly
 * held keys cost the garbage collector more than the lookups save).
 */
const LAID_OUT = new WeakMap<CstList, { options: LayoutOptions; level: number; doc: Doc }>();

// Called once per level of nesting: kept to one frame (with `groupDoc` or `headedDoc`, `restDocs` or `bodyDoc`, and
// `listLine` or `laidOut`), so that the 1000 levels the parser reads stay within Node's default stack even unoptimised.
function listDoc(list: CstList, options: LayoutOptions, level: number): Doc {
  const known = options.compactBodies ? LAID_OUT.get(list) : undefined;
  if (known !== undefined && known.options === options && known.level === level) return known.doc;
  const head = headWord(list);
  let doc: Doc;
  if (head === "module") {
    const encoded = list.children.some((c) => c.kind === "atom" && (c.text === "binary" || c.text === "quote"));
    // The strings of a `binary`/`quote` module are lines of a source file: one per line when they do not all fit.
    doc = encoded ? groupDoc(list, options, level, true) : headedDoc(list, options, level, headerEnd(list, (c) => c.kind === "atom"));
  } else if (head === "func") {
    doc = headedDoc(list, options, level, headerEnd(list, funcHeaderPart));
  } else if (head === "rec") {
    doc = headedDoc(list, options, level, 1);
  } else if (head !== undefined && BLOCK_LISTS.has(head)) {
    doc = headedDoc(list, options, level, headerEnd(list, head === "try_table" ? tryTableHeaderPart : blockHeaderPart));
  } else {
    doc = groupDoc(list, options, level, false, head !== undefined && isInstrWord(head) && hasNestedOperands(list));
  }
  if (options.compactBodies) LAID_OUT.set(list, { options, level, doc });
  return doc;
}

/**
 * As wasm2wat prints (`foldsOnOneLine` in `../layout.ts`): a folded
 * instruction whose operands have operands of their own (or are blocks)
 * puts each operand on its own line.
 */
function hasNestedOperands(list: CstList): boolean {
  for (let i = 1; i < list.children.length; i++) {
    const operand = list.children[i];
    if (operand.kind !== "list") continue;
    const head = headWord(operand);
    const def = head === undefined ? undefined : instrByName(head);
    if (def === undefined) continue;
    if (def.imm === "block" || def.imm === "try" || def.imm === "try_table") return true;
    for (let k = 1; k < operand.children.length; k++) {
      const inner = operand.children[k];
      if (inner.kind === "list" && isInstrWord(headWord(inner) ?? "")) return true;
    }
  }
  return false;
}

function funcHeaderPart(node: CstNode): boolean {
  if (node.kind === "atom") return !isInstrWord(node.text);
  if (node.kind === "list") return FUNC_HEADER_LISTS.has(headWord(node) ?? "");
  return node.kind === "annotation";
}

function blockHeaderPart(node: CstNode): boolean {
  if (node.kind === "atom") return !isInstrWord(node.text);
  if (node.kind === "list") return BLOCK_HEADER_LISTS.has(headWord(node) ?? "");
  return node.kind === "annotation";
}

function tryTableHeaderPart(node: CstNode): boolean {
  if (node.kind === "list" && TRY_TABLE_CLAUSES.has(headWord(node) ?? "")) return true;
  return blockHeaderPart(node);
}

/**
 * Index after the last header part (the head word included); comments
 * between header parts are in the header. An annotation belongs to the
 * header only when a header part follows it: before the first instruction
 * it is the instruction's (a branch hint).
 */
function headerEnd(list: CstList, isHeader: (node: CstNode) => boolean): number {
  const children = list.children;
  let end = 1;
  let annotations = 0;
  for (let i = 1; i < children.length; i++) {
    const child = children[i];
    if (child.kind === "line-comment" || child.kind === "block-comment") continue;
    if (!isHeader(child)) break;
    if (child.kind === "annotation") {
      annotations++;
      continue;
    }
    annotations = 0;
    end = i + 1;
  }
  // Annotations at the very end of an empty body (`(func $f (@a))`) stay in the header.
  if (annotations > 0 && children.slice(end).every((c) => c.kind !== "atom" && c.kind !== "list")) return children.length;
  return end;
}

export function isInstrWord(text: string): boolean {
  return instrByName(text) !== undefined;
}

/** Whether a list headed by `word` joins the segment of the instruction before it (see `segments`). */
export function isImmediateList(word: string): boolean {
  return IMMEDIATE_LISTS.has(word);
}

/** Whether a list headed by `word` may put a body below its header (`headedDoc`) rather than be a group. */
export function isHeadedList(word: string): boolean {
  return word === "module" || word === "func" || word === "rec" || BLOCK_LISTS.has(word);
}

/** Whether a list headed by `word` is a header part of a function (`funcHeaderPart`). */
export function isFuncHeaderList(word: string): boolean {
  return FUNC_HEADER_LISTS.has(word);
}

/**
 * Whether a list headed by `word` is an instruction laid out by `groupDoc`
 * (not a block, whose body goes below it, nor an instruction's immediate).
 */
export function isGroupedInstr(word: string): boolean {
  return isInstrWord(word) && !BLOCK_LISTS.has(word) && !IMMEDIATE_LISTS.has(word);
}

/** Whether `word` following an instruction is one of its immediates (an instruction starts a segment of its own). */
export function isImmediateWord(word: string): boolean {
  return !isInstrWord(word);
}

type BlockRole = "open" | "middle" | "close" | undefined;

/** Flat block structure: what a line starting with this word, the instruction `def`, does to the indentation. */
export function blockRole(word: string, def: InstrDef | undefined = instrByName(word)): BlockRole {
  if (def === undefined) return undefined;
  if (def.imm === "block" || def.imm === "try" || def.imm === "try_table") return "open";
  if (def.imm !== "structural") return undefined;
  return word === "end" || word === "delegate" ? "close" : "middle";
}

/**
 * Groups a list's children into segments. Comments and annotations on the
 * line of the segment before them join it; `splitAt` starts a new segment
 * there (the end of a header).
 */
function segments(children: readonly CstNode[], splitAt = -1, stringsApart = false): Segment[] {
  const segs: Segment[] = [];
  let last: Segment | undefined;
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    const sameLine = node.newlines === 0 && last !== undefined;
    if (node.kind === "line-comment" || node.kind === "block-comment") {
      if (sameLine && last !== undefined) {
        if (node.kind === "line-comment") {
          last.trailing.push(" ", node.text, breakParent);
          last.endsWithLineComment = true;
        } else if (last.endsWithLineComment || last.trailing.length > 0) {
          last.trailing.push(" ", tokenDoc(node));
        } else {
          attach(last.parts, tokenDoc(node));
        }
        continue;
      }
      last = newSegment(i, node, tokenDoc(node), true);
      if (node.kind === "line-comment") {
        last.trailing.push(breakParent);
        last.endsWithLineComment = true;
      }
      segs.push(last);
      continue;
    }
    if (last !== undefined && i !== splitAt && !last.endsWithLineComment && last.trailing.length === 0) {
      if (node.kind === "annotation" && node.newlines === 0) {
        attach(last.parts, tokenDoc(node));
        continue;
      }
      const apart = stringsApart && node.kind === "atom" && node.text.startsWith('"');
      if (node.kind === "atom" && !apart && !last.comment && last.word !== undefined && !isInstrWord(node.text)) {
        last.parts.push(node.text);
        continue;
      }
      if (node.kind === "list" && last.instr && IMMEDIATE_LISTS.has(headWord(node) ?? "")) {
        last.parts.push({ list: node });
        continue;
      }
    }
    last = newSegment(i, node, node.kind === "list" ? { list: node } : tokenDoc(node), false);
    segs.push(last);
  }
  return segs;
}

/**
 * Adds a comment or annotation to the part before it: one on the same line
 * as the token before it stays there (a line break between them would make
 * it a comment on a line of its own, laid out differently next time).
 */
function attach(parts: Part[], doc: Doc): void {
  const prev = parts[parts.length - 1];
  if (isListPart(prev)) parts[parts.length - 1] = { list: prev.list, after: [...(prev.after ?? []), doc] };
  else parts[parts.length - 1] = typeof prev === "string" && typeof doc === "string" ? `${prev} ${doc}` : [prev, " ", doc];
}

function newSegment(index: number, node: CstNode, doc: Part, comment: boolean): Segment {
  const word = node.kind === "atom" ? node.text : undefined;
  const def = word === undefined ? undefined : instrByName(word);
  return {
    index,
    parts: [doc],
    instr: def !== undefined,
    word,
    role: word === undefined ? undefined : blockRole(word, def),
    newlines: node.newlines,
    comment,
    trailing: [],
    endsWithLineComment: false,
  };
}

/** A segment starting at `level`, and whether its first line is a bracket line (it opens a multi-line list). */
function laidOut(seg: Segment, options: LayoutOptions, level: number): { doc: Doc; opens: boolean } {
  const parts: Doc[] = [];
  for (const part of seg.parts) {
    if (!isListPart(part)) {
      parts.push(part);
      continue;
    }
    // The list's layout made here rather than by a helper: a frame fewer per level of nesting.
    const doc = listDoc(part.list, options, level);
    parts.push(part.after === undefined ? doc : [doc, ...part.after.flatMap((d) => [" ", d])]);
  }
  const first = parts[0];
  const opens = opensLines(first);
  let doc: Doc;
  const width = parts.length === 1 ? 0 : wordsWidth(parts);
  if (parts.length === 1) doc = first;
  // An instruction's or a list head's continuation lines are indented; a run of strings' are not.
  else if (fillsWords(parts.length, width)) doc = seg.instr || seg.index === 0 ? deeper(level, fill(joinParts(parts))) : fill(joinParts(parts));
  // Words on one line are one string: the printer then has one node to walk, not one per word and space.
  else doc = width > 0 ? parts.join(" ") : joinSpaced(parts);
  return { doc: seg.trailing.length > 0 ? [doc, ...seg.trailing] : doc, opens };
}

function isListPart(part: Part): part is ListPart {
  return typeof part === "object" && !Array.isArray(part) && "list" in part;
}

/** The width of a segment's parts when they are all words (0 otherwise: lists lay themselves out). */
function wordsWidth(parts: readonly Doc[]): number {
  let width = 0;
  for (const part of parts) {
    if (typeof part !== "string") return 0;
    width += part.length + 1;
  }
  return width;
}

function joinParts(parts: readonly Doc[]): Doc[] {
  const out: Doc[] = [parts[0]];
  for (let i = 1; i < parts.length; i++) out.push(line, parts[i]);
  return out;
}

function joinSpaced(parts: readonly Doc[]): Doc[] {
  const out: Doc[] = [parts[0]];
  for (let i = 1; i < parts.length; i++) out.push(" ", parts[i]);
  return out;
}

/** What goes between two segments of a group. */
function separator(prev: Segment, seg: Segment): Doc {
  if (seg.newlines >= 2) return [hardline, hardline];
  if (prev.endsWithLineComment || (seg.comment && seg.newlines > 0)) return hardline;
  return line;
}

/** The opening parenthesis: `(;` would start a block comment, so a line comment or `;` right after it is set apart. */
function open(list: CstList): string {
  const first = list.children[0];
  return first?.kind === "line-comment" || (first?.kind === "atom" && first.text.startsWith(";")) ? "( " : "(";
}

/** Segments after the first, each after its separator, at `level`. */
function restDocs(segs: readonly Segment[], options: LayoutOptions, level: number): Doc[] {
  const rest: Doc[] = [];
  for (let i = 1; i < segs.length; i++) {
    const { doc, opens } = loneList(segs[i]) ? listLine(segs[i], options, level) : laidOut(segs[i], options, level);
    const sep = separator(segs[i - 1], segs[i]);
    rest.push(opens ? bracketBreak(level, sep) : sep, doc);
  }
  return rest;
}

/** `(head parts...)`: one line if it fits, else one part per line. */
function groupDoc(list: CstList, options: LayoutOptions, level: number, stringsApart = false, shouldBreak = false): Doc {
  const words = stringsApart || shouldBreak ? undefined : wordsOnLine(list);
  if (words !== undefined) return words;
  const segs = segments(list.children, -1, stringsApart);
  if (segs.length === 0) return "()";
  const rest = restDocs(segs, options, level + 1);
  const last = segs[segs.length - 1];
  const close = last.endsWithLineComment ? [bracketBreak(level, hardline), ")"] : ")";
  const doc = group([open(list), laidOut(segs[0], options, level).doc, deeper(level, rest), close], { shouldBreak });
  if (shouldBreak) MULTI_LINE.add(doc);
  return doc;
}

/**
 * `groupDoc`'s layout of a list of words that make one segment too few or
 * narrow to fill, such as `(local.get 0)` or `(type 3)`: a group with no
 * line break in it, which prints as its text; undefined for other lists.
 */
function wordsOnLine(list: CstList): string | undefined {
  const children = list.children;
  if (children.length === 0) return undefined;
  let width = 0;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child.kind !== "atom" || child.newlines !== 0 || (i > 0 && isInstrWord(child.text))) return undefined;
    width += child.text.length + 1;
  }
  const head = (children[0] as CstToken).text;
  if (head.includes("\n") || fillsWords(children.length, width)) return undefined;
  let text = open(list) + head;
  for (let i = 1; i < children.length; i++) text += " " + (children[i] as CstToken).text;
  return text + ")";
}

/** A header (grouped like `groupDoc`) and a body of one part per line; a group when the body is empty. */
function headedDoc(list: CstList, options: LayoutOptions, level: number, bodyStart: number): Doc {
  const segs = segments(list.children, bodyStart);
  let split = segs.findIndex((s) => s.index >= bodyStart);
  if (split === -1) return groupDoc(list, options, level);
  // One instruction, no comment and no flat block: with `compactBodies`, a group like any other list.
  const body = segs.slice(split);
  const compact =
    options.compactBodies && body.length === 1 && !body[0].comment && !body[0].endsWithLineComment &&
    body[0].role === undefined && !isModule(list) && !utils.willBreak(laidOut(body[0], options, level + 1).doc);
  const header = segs.slice(0, split);
  // A comment trailing the header's last line does not make the header break.
  const last = header[header.length - 1];
  const trailing = last.trailing;
  header[header.length - 1] = { ...last, trailing: [] };
  const expanded = [
    headerGroup(list, header, options, level),
    trailing,
    deeper(level, bodyDoc(body, options, level + 1)),
    bracketBreak(level, hardline),
    ")",
  ];
  if (!compact) {
    MULTI_LINE.add(expanded);
    return expanded;
  }
  // On one line if it fits, else header and body laid out as usual.
  return conditionalGroup([groupDoc(list, options, level), expanded]);
}

/** The header of a list whose body goes below it: on one line if it fits, else one part per line. */
function headerGroup(list: CstList, header: readonly Segment[], options: LayoutOptions, level: number): Doc {
  return group([open(list), laidOut(header[0], options, level).doc, deeper(level, restDocs(header, options, level + 1))]);
}

/**
 * The layout of `list`'s header at `level` after the line break before it,
 * where `list` holds the header's parts only (its body and closing
 * parenthesis are laid out on lines of their own anyway).
 */
export function headerDoc(list: CstList, options: LayoutOptions, level: number): Doc {
  return [bracketBreak(level, hardline), headerGroup(list, segments(list.children), options, level)];
}

/** The layout of `nodes` as lines of a body at `level`, each after its line break. */
export function linesDoc(nodes: readonly CstNode[], options: LayoutOptions, level: number): Doc {
  return bodyDoc(segments(nodes), options, level);
}

/**
 * One segment per line at `level`, each after a line break; flat blocks
 * indent their bodies (up to `MAX_INDENT_DEPTH` levels, so deeply nested
 * code stays linear in size).
 */
function bodyDoc(segs: readonly Segment[], options: LayoutOptions, level: number): Doc[] {
  /** `frames[k]`: the lines of the k-th open flat block, at `level + k`. */
  const frames: Doc[][] = [[]];
  const close = (): void => {
    const body = frames.pop()!;
    frames[frames.length - 1].push(deeper(level + frames.length - 1, body));
  };
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    const role = seg.comment ? undefined : seg.role;
    if ((role === "close" || role === "middle") && frames.length > 1) close();
    const at = level + frames.length - 1;
    const { doc, opens } = loneList(seg) ? listLine(seg, options, at) : laidOut(seg, options, at);
    const lineBreak = i > 0 && seg.newlines >= 2 ? [hardline, hardline] : hardline;
    frames[frames.length - 1].push(role !== undefined || opens ? bracketBreak(at, lineBreak) : lineBreak, doc);
    if (role === "open" || role === "middle") frames.push([]);
  }
  while (frames.length > 1) close();
  return frames[0];
}

/** A segment that is one list and nothing after it: a nested block or operand, most often. */
function loneList(seg: Segment): boolean {
  return seg.parts.length === 1 && seg.trailing.length === 0 && isListPart(seg.parts[0]) && seg.parts[0].after === undefined;
}

/**
 * `laidOut` of a `loneList` segment, with a smaller frame: nested blocks
 * and operands recurse through it once per level, and a first,
 * unoptimised format must reach the parser's depth limit on Node's
 * default stack.
 */
function listLine(seg: Segment, options: LayoutOptions, level: number): { doc: Doc; opens: boolean } {
  const doc = listDoc((seg.parts[0] as ListPart).list, options, level);
  return { doc, opens: opensLines(doc) };
}

/** Whether a segment whose first part is `doc` starts with a bracket line (`doc` is a multi-line list's). */
function opensLines(doc: Doc): boolean {
  return typeof doc === "object" && MULTI_LINE.has(doc);
}

function isModule(list: CstList): boolean {
  return headWord(list) === "module";
}
